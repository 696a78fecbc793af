import type { AnswerCode } from '../../schema/answer-code.js';
import type { AnswerMatch } from '../../schema/answer-match.js';
import type { Indicator } from '../../schema/indicator.js';
import type { Condition } from '../../schema/condition.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { assertNever } from '../../assert-never.js';
import type { RulesetIndex } from '../../ruleset/ruleset-index.js';
import { selectIndicators } from '../../ruleset/select-indicators.js';
import type { CompiledCondition, CompiledMatch } from './compiled-ruleset.js';

/** Fills in a match's defaults: the ruleset's present answers, any window, a minimum score of 1. */
export function compileMatch(match: AnswerMatch | undefined, presentAnswers: readonly AnswerCode[]): CompiledMatch {
  const answers = new Set(match?.answers ?? presentAnswers);
  const windows = match?.windows === undefined ? undefined : new Set(match.windows);
  const minScore = match?.minScore ?? 1;
  const atMax = match?.atMax === true;
  const scored = match?.minScore !== undefined || atMax;
  const key = [[...answers].sort().join(','), windows === undefined ? '*' : [...windows].sort().join(','), minScore, atMax, scored].join('|');
  return { answers, windows, minScore, atMax, scored, key };
}

/**
 * The positions of a selection of indicators, worked out once per selection and shared by every count
 * that makes it (selectIndicators returns one list per distinct filter): a ruleset of 40,000 count
 * conditions over 1,000 indicators no longer resolves 40 million ids.
 */
const SELECTED_POSITIONS = new WeakMap<ReadonlyMap<string, number>, WeakMap<readonly Indicator[], readonly number[]>>();

function positionsOf(selected: readonly Indicator[], positions: ReadonlyMap<string, number>): readonly number[] {
  let bySelection = SELECTED_POSITIONS.get(positions);
  if (bySelection === undefined) {
    bySelection = new WeakMap();
    SELECTED_POSITIONS.set(positions, bySelection);
  }
  let found = bySelection.get(selected);
  if (found === undefined) {
    found = Object.freeze(selected.map((indicator) => positions.get(indicator.id) ?? -1));
    bySelection.set(selected, found);
  }
  return found;
}

/** Hands out memo slots, one per condition node, across all the rules of a ruleset. */
export interface SlotCounter { next: number }

/** Resolves a condition's ids to positions and gives each node a memo slot. The ruleset must already have passed checkRuleset. */
export function compileCondition(
  condition: Condition, ruleset: Ruleset, index: RulesetIndex, positions: ReadonlyMap<string, number>, slots: SlotCounter,
): CompiledCondition {
  const recurse = (inner: Condition): CompiledCondition => compileCondition(inner, ruleset, index, positions, slots);
  return { slot: slots.next++, ...compileNode(condition, ruleset, index, positions, recurse) } as CompiledCondition;
}

type CompiledNode = CompiledCondition extends infer C ? C extends CompiledCondition ? Omit<C, 'slot'> : never : never;

function compileNode(
  condition: Condition, ruleset: Ruleset, index: RulesetIndex, positions: ReadonlyMap<string, number>,
  recurse: (inner: Condition) => CompiledCondition,
): CompiledNode {
  const position = (id: string): number => positions.get(id) ?? -1;
  switch (condition.kind) {
    case 'all': case 'any': return { kind: condition.kind, of: condition.of.map(recurse) };
    case 'not': return { kind: 'not', condition: recurse(condition.condition) };
    case 'at-least': return { kind: 'at-least', count: condition.count, of: condition.of.map(recurse) };
    case 'answer':
      return { kind: 'answer', position: position(condition.indicator), match: compileMatch(condition.match, ruleset.policy.presentAnswers) };
    case 'count':
      return {
        kind: 'count',
        positions: positionsOf(selectIndicators(ruleset.indicators, condition.where), positions),
        match: compileMatch(condition.match, ruleset.policy.presentAnswers),
        min: condition.min ?? 0,
        max: condition.max ?? Number.POSITIVE_INFINITY,
      };
    case 'score':
      return {
        kind: 'score',
        position: ruleset.scores.findIndex((score) => score.id === condition.score),
        min: condition.min ?? Number.NEGATIVE_INFINITY,
        max: condition.max ?? Number.POSITIVE_INFINITY,
      };
    case 'age': return { kind: 'age', source: condition };
    case 'attribute': return { kind: 'attribute', attribute: condition.attribute, is: condition.is, ifUnknown: condition.ifUnknown };
    case 'context': return { kind: 'context', fact: condition.fact, is: condition.is, ifUnknown: condition.ifUnknown };
    case 'level':
      return {
        kind: 'level',
        minRank: condition.atLeast === undefined ? 0 : index.levelRank.get(condition.atLeast) ?? 0,
        maxRank: condition.atMost === undefined ? Number.POSITIVE_INFINITY : index.levelRank.get(condition.atMost) ?? 0,
      };
    default:
      return assertNever(condition);
  }
}
