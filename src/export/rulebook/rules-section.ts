import type { Rule } from '../../schema/rule.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { phraseRule } from '../describe-rule.js';
import { describeEffect } from './describe-values.js';
import { sourcesCell } from './indicators-section.js';
import { asSentence, countOf, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, phraseItem, strong, text, type Block, type Rich, type Section } from './rulebook-document.js';

/** The steps a rule brings in when it fires: an escalation's level steps, then its own. */
export function stepsOfRule(rule: Rule, ruleset: Ruleset): string[] {
  const { effect } = rule;
  const escalated = effect.kind === 'escalate' ? ruleset.levels.find((level) => level.id === effect.level)?.steps ?? [] : [];
  return [...new Set([...escalated, ...rule.steps])];
}

/** Every rule: a table at a glance, then each rule in plain English with its effect, steps and sources. */
export function buildRulesSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const stepsCell = (rule: Rule): Rich => {
    const ids = stepsOfRule(rule, ruleset);
    return [text(ids.length === 0 ? 'None' : labels.steps(ids))];
  };
  const kinds = (...which: Rule['effect']['kind'][]): number => ruleset.rules.filter((rule) => which.includes(rule.effect.kind)).length;
  const details: Block[] = ruleset.rules.flatMap((rule): Block[] => {
    const phrase = phraseRule(rule, labels);
    return [
      { kind: 'heading', depth: 3, id: `rule-${rule.id}`, text: rule.title },
      paragraph(strong(phrase.text)),
      ...(phrase.items.length === 0 ? [] : [{ kind: 'list' as const, ordered: false, items: phrase.items.map(phraseItem) }]),
      ...(rule.description === undefined ? [] : [paragraph(text(rule.description))]),
      {
        kind: 'facts',
        rows: [
          ['Rule', [code(rule.id)]],
          ['Effect', [text(describeEffect(rule.effect, labels))]],
          ['Steps it brings in', stepsCell(rule)],
          ...(rule.legalAgeLimit === undefined ? [] : [['Legal age limit', [text(`${asSentence(rule.legalAgeLimit)} A statute limits these steps to some ages, so they are the only `
            + 'steps a 16 or 17 year old may lack that a 15 year old gets; the level never has such an exception.')]] as const]),
          ...(rule.censusFactors === undefined ? [] : [['Census factors it suggests', [text(rule.censusFactors.join(', '))]] as const]),
          ['Sources', sourcesCell(rule.sources, labels)],
        ],
      },
    ];
  });
  return {
    id: 'section-rules',
    title: 'Threshold rules',
    blocks: [
      paragraph(text(`This ruleset has ${countOf(ruleset.rules.length, 'rule')}. Set a level: ${kinds('level')}. Set a floor or override that binds a judgement: `
        + `${kinds('floor', 'override')}. Escalate the steps: ${kinds('escalate')}. Only add steps: ${kinds('actions')}. The next section explains how they combine.`)),
      {
        kind: 'table',
        id: 'rules',
        caption: 'Rules at a glance, in the order the ruleset declares them',
        head: ['Rule', 'Effect', 'Steps it brings in'],
        rows: ruleset.rules.map((rule) => ({
          kind: 'row' as const,
          cells: [
            [strong(rule.title), { kind: 'break' as const }, code(rule.id)],
            [text(describeEffect(rule.effect, labels) + (rule.legalAgeLimit === undefined ? '' : `. Legal age limit: ${rule.legalAgeLimit}`))],
            stepsCell(rule),
          ],
        })),
      },
      ...details,
    ],
  };
}
