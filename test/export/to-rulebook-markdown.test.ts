import { describe, expect, test } from 'vitest';
import { compileRuleset, type ScreeningInput } from '../../src/index.js';
import { toRulebookMarkdown } from '../../src/export/to-rulebook-markdown.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { loadFixture } from '../support/load-fixture.js';
import { plantCanary } from '../support/plant-canary.js';
import { screeningWith } from '../support/screening-with.js';

const screener = fixtureScreener('tiered');
const { ruleset } = screener;
const markdown = toRulebookMarkdown(ruleset, { fingerprint: screener.stamp.fingerprint });

describe('toRulebookMarkdown', () => {
  test('states the draft status and the sign-off statement before anything else', () => {
    const notice = markdown.indexOf('Draft: not signed off for use with children');
    expect(notice).toBeGreaterThan(0);
    expect(notice).toBeLessThan(markdown.indexOf('## Contents'));
    expect(markdown).toContain(ruleset.meta.approval);
    expect(markdown).toContain('A local safeguarding lead must review it and sign it off before it is used');
  });

  test('gives the version, effective date, publisher, provenance and fingerprint', () => {
    for (const text of [ruleset.meta.version, ruleset.meta.effectiveFrom, ruleset.meta.publisher, ruleset.meta.provenance, screener.stamp.fingerprint]) {
      expect(markdown).toContain(text);
    }
  });

  test('computes the fingerprint when none is given, the same as the screener\'s', () => {
    expect(toRulebookMarkdown(ruleset)).toBe(markdown);
  });

  test('contains every indicator id and text, with its guidance', () => {
    for (const indicator of ruleset.indicators) {
      expect(markdown).toContain(`\`${indicator.id}\``);
      expect(markdown).toContain(`**${indicator.text}**`);
    }
  });

  test('contains every level label, every rule title and id, and every step title', () => {
    for (const level of ruleset.levels) expect(markdown).toContain(level.label);
    for (const rule of ruleset.rules) {
      expect(markdown).toContain(`### ${rule.title}`);
      expect(markdown).toContain(`\`${rule.id}\``);
    }
    for (const step of ruleset.steps) expect(markdown).toContain(`### ${step.title}`);
  });

  test('writes every rule out in plain English', () => {
    expect(markdown).toContain('**At least Medium, and a judgement may not go lower, when the child is under 13 and at least one risk or significant indicator is answered Yes or Possible**');
    expect(markdown).toContain('**At least Medium when all of the following are true:**\n\n- at least one risk or significant indicator whose suggested level is Low is answered Yes or Possible\n');
  });

  test('explains how the rules combine, naming this ruleset\'s floors and its under-13 floor', () => {
    for (const text of ['The highest level wins.', 'Floors and overrides bind a judgement.', 'Unknown is not No.', 'Escalation adds steps.', 'Action rules add steps.',
      '16 and 17 year olds are children.', 'Under 13 there is always a floor.', 'In this ruleset: “Under 13 with any concern”.']) {
      expect(markdown).toContain(text);
    }
  });

  test('lists the pathway by level and by trigger', () => {
    expect(markdown).toContain('| **High** | “Refer”<br>“Strategy meeting” |');
    expect(markdown).toContain('| **Disclosure**<br>`disclosure-override` | Override: at least High; a judgement may not go lower | “Tell the police” |');
    expect(markdown).toContain('| **Any concern**<br>`policy.concernSteps` |');
  });

  test('is deterministic: the same input gives the same text', () => {
    expect(toRulebookMarkdown(structuredClone(ruleset), { fingerprint: screener.stamp.fingerprint })).toBe(markdown);
  });

  test('escapes ruleset text, so that it cannot become HTML, a link or a table column', () => {
    const planted = compileRuleset(plantCanary(loadFixture('tiered'), '<img src=x onerror=alert(1)> | [link](javascript:alert(1))')).ruleset;
    const text = toRulebookMarkdown(planted);
    // Only the line breaks the generator writes in tables may be raw HTML; every < from the ruleset is backslash-escaped.
    expect(text.replaceAll('<br>', '')).not.toMatch(/(^|[^\\])</m);
    expect(text).not.toMatch(/(^|[^\\])\]\(javascript/m);
    expect(text).toContain('\\<img src=x onerror=alert(1)\\> \\| \\[link\\](javascript:alert(1))');
  });

  describe('worked examples', () => {
    const worked = (name: string, screening: ScreeningInput) => ({ name, rationale: `Why ${name}.`, screening, result: screener.screen(screening) });
    const cases = [
      worked('Learning disability and going missing', screeningWith(ruleset, {
        missing: { value: 'yes', evidence: 'SECRET-EVIDENCE seen on Tuesday' }, 'older-friend': 'possible', disclosure: 'unknown',
      }, { attributes: { learningDisability: true }, judgement: { level: 'low', rationale: 'SECRET-RATIONALE', agreedBy: { role: 'team-manager', name: 'SECRET-NAME' } } })),
      worked('Nothing found', screeningWith(ruleset, {}, { fill: false, ageYears: 15 })),
    ];
    const text = toRulebookMarkdown(ruleset, { cases });

    test('show the answers in brief, the facts, the level, why and the next steps', () => {
      const first = text.slice(text.indexOf('### Example 1: Learning disability and going missing'), text.indexOf('### Example 2'));
      expect(first).toContain('**Answered Yes:** “Goes missing” (missing)');
      expect(first).toContain('**Answered Possible:** “Older friend” (older-friend)');
      expect(first).toContain('**Answered Unknown:** “Disclosure” (disclosure)');
      expect(first).toContain('**About the child:** Learning disability: yes');
      expect(first).toContain('**Professional judgement:** Low, lowered from the level the rules gave; agreed by a second person in the role “team-manager”; not applied: it is below a floor or override that fired');
      expect(first).toContain('**Level:** **Medium**');
      expect(first).toContain('- **“Learning disability with any concern”**: Floor: at least Medium; a judgement may not go lower');
      expect(first).toContain('**Level:** **Medium**; insufficient information: too little is known to rule a higher level out');
      expect(first).toContain('1. Talk to the DSL (Must; the same working day; Practitioner), brought in by any concern, an Unknown answer that matters and insufficient information\n'
        + '2. Refer (Must; the same working day; DSL), brought in by the level Medium (a level step)');
      expect(text).toContain('**Answered No or unanswered:** 0 answered No; 4 unanswered');
    });

    test('never show evidence or a judgement\'s rationale', () => {
      expect(text).not.toContain('SECRET-EVIDENCE');
      expect(text).not.toContain('SECRET-RATIONALE');
      expect(text).not.toContain('SECRET-NAME');
    });
  });
});
