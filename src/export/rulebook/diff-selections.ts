import * as z from 'zod/mini';
import { assertNever } from '../../assert-never.js';
import type { Condition } from '../../schema/condition.js';
import type { IndicatorFilter } from '../../schema/indicator-filter.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { selectIndicators } from '../../ruleset/select-indicators.js';
import { walkCondition } from '../../ruleset/walk-condition.js';
import type { RulesetLabels } from './ruleset-labels.js';

/**
 * A rule or score in both rulesets that now counts other indicators: because an indicator was added,
 * removed, re-levelled, re-kinded, moved to another domain or re-tagged, or because its own filter changed.
 */
export const SelectionChangeSchema = z.strictObject({
  owner: z.enum(['rule', 'score']),
  id: z.string(),
  name: z.string(),
  nowCounts: z.array(z.string()),
  noLongerCounts: z.array(z.string()),
});

/** A rule or score that now counts other indicators. */
export type SelectionChange = z.output<typeof SelectionChangeSchema>;

/**
 * Every rule and score in both rulesets whose counts (or score terms) select other indicators in the new
 * ruleset than in the old. Counts are paired by position, so a rule whose number of counts changed is left out:
 * its condition change is reported on its own.
 */
export function diffSelections(old: Ruleset, next: Ruleset, oldLabels: RulesetLabels, newLabels: RulesetLabels): SelectionChange[] {
  const changes: SelectionChange[] = [];
  const compare = (owner: 'rule' | 'score', id: string, name: string, before: readonly string[][], after: readonly string[][]): void => {
    const nowCounts = new Set<string>();
    const noLongerCounts = new Set<string>();
    after.forEach((selected, i) => {
      const earlier = before[i] ?? [];
      for (const indicator of selected) if (!earlier.includes(indicator)) nowCounts.add(newLabels.indicator(indicator));
      for (const indicator of earlier) if (!selected.includes(indicator)) noLongerCounts.add(oldLabels.indicator(indicator));
    });
    if (nowCounts.size + noLongerCounts.size > 0) changes.push({ owner, id, name, nowCounts: [...nowCounts], noLongerCounts: [...noLongerCounts] });
  };
  for (const rule of next.rules) {
    const earlier = old.rules.find((candidate) => candidate.id === rule.id);
    if (earlier === undefined) continue;
    const [before, after] = [countSelections(earlier.when, old), countSelections(rule.when, next)];
    if (before.length === after.length) compare('rule', rule.id, rule.title, before, after);
  }
  for (const score of next.scores) {
    const earlier = old.scores.find((candidate) => candidate.id === score.id);
    if (earlier === undefined) continue;
    const [before, after] = [termSelections(earlier, old), termSelections(score, next)];
    if (before.length === after.length) compare('score', score.id, score.label, before, after);
  }
  return changes;
}

/** The indicator ids each count inside a condition selects, in the order of the counts. */
function countSelections(when: Condition, ruleset: Ruleset): string[][] {
  const selections: string[][] = [];
  walkCondition(when, [], (condition) => {
    if (condition.kind === 'count') selections.push(ids(ruleset, condition.where));
  });
  return selections;
}

/** The indicator ids each term of a score adds, as the engine selects them (answers terms: yes/no items; ordinal terms: rated items). */
function termSelections(score: Ruleset['scores'][number], ruleset: Ruleset): string[][] {
  return score.terms.map((term) => {
    switch (term.kind) {
      case 'answers': return ids(ruleset, term.where, 'presence');
      case 'ordinal': return ids(ruleset, term.where, 'ordinal');
      case 'attribute': return [];
      default: return assertNever(term);
    }
  });
}

function ids(ruleset: Ruleset, where: IndicatorFilter, scale?: 'presence' | 'ordinal'): string[] {
  return selectIndicators(ruleset.indicators, where).filter((indicator) => scale === undefined || indicator.answer.kind === scale).map((indicator) => indicator.id);
}
