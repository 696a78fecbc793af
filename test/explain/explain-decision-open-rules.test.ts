import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, explainResult } from '../../src/index.js';
import { QUESTIONS_SHOWN } from '../../src/explain/open-questions.js';

// What could still change a result is said as the few questions that would change it, in plain words, most
// important first: never the list of every open rule with its raw paths.
const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
const screening = { subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' } };
const questionLines = (text: string): string[] => {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('What could still change this result'));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
};

describe('what could still change a result, explained from each form of result', () => {
  test('from a decision, it says how many rules wait on what is not recorded, never "needs" with nothing after it', () => {
    const text = explainResult(screener.screen(screening, { detail: 'decision' }), screener.ruleset);
    expect(text).toMatch(/^Could still apply: \d+ rule\(s\) wait on answers or facts not recorded \(this form of result does not list which; none was read as no\)\.$/mu);
    expect(text).not.toMatch(/needs\s*$/mu);
  });

  test('from the full and ids results, it asks at most five questions in the ruleset\'s words, most important first, and counts the rest', () => {
    for (const detail of ['full', 'ids'] as const) {
      const text = explainResult(screener.screen(screening, { detail }), screener.ruleset);
      const lines = questionLines(text);
      const questions = lines.filter((line) => !line.startsWith('- and '));
      expect(questions.length).toBeGreaterThan(0);
      expect(questions.length).toBeLessThanOrEqual(QUESTIONS_SHOWN);
      // In plain words: the indicator's own question, never a raw path or id.
      expect(text).not.toMatch(/answers\.[a-z-]+/u);
      const texts = new Set(screener.ruleset.indicators.map((indicator) => indicator.text));
      for (const line of questions) expect(texts.has(line.replace(/^- /u, '').replace(/ \(could [^)]*\)$/u, '')) || line.includes('How old') || line.includes(': is this so?')).toBe(true);
      // The question that could raise the level furthest comes first.
      expect(questions[0]).toContain('(could make the level High');
      expect(lines.at(-1)).toMatch(/^- and \d+ more item\(s\) not yet answered or known\.$/u);
      expect(text).not.toContain('this form of result does not list which');
    }
  });
});
