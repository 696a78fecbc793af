import type { AnswerCode } from '../../schema/answer-code.js';
import type { Condition } from '../../schema/condition.js';
import type { Indicator } from '../../schema/indicator.js';
import type { LevelRef, PathwayEntry } from '../../schema/result.js';
import type { Rule } from '../../schema/rule.js';
import type { AnswerRules } from './answer-rules.js';
import type { Ruleset } from '../../schema/ruleset.js';
import type { RulesetStamp } from '../../schema/ruleset-stamp.js';
import type { Score } from '../../schema/score.js';
import type { RulesetIndex } from '../../ruleset/ruleset-index.js';

/** An answer match with its defaults filled in and its lists turned into sets. */
export interface CompiledMatch {
  readonly answers: ReadonlySet<AnswerCode>;
  readonly windows: ReadonlySet<string> | undefined;
  readonly minScore: number;
  readonly atMax: boolean;
  /** The match asks for a score (minScore or atMax), so only ordinal items can meet it. */
  readonly scored: boolean;
  /** The match written as text: two matches with the same key match the same answers. */
  readonly key: string;
}

/**
 * A condition with its ids resolved to positions, built once per ruleset. Each node has a `slot`, its
 * place in the per-screening memo of truth values, so that explaining a rule never evaluates it twice.
 */
export type CompiledCondition = { readonly slot: number } & (
  | { readonly kind: 'all' | 'any'; readonly of: readonly CompiledCondition[] }
  | { readonly kind: 'not'; readonly condition: CompiledCondition }
  | { readonly kind: 'at-least'; readonly count: number; readonly of: readonly CompiledCondition[] }
  | { readonly kind: 'answer'; readonly position: number; readonly match: CompiledMatch }
  | { readonly kind: 'count'; readonly positions: readonly number[]; readonly match: CompiledMatch; readonly min: number; readonly max: number }
  | { readonly kind: 'score'; readonly position: number; readonly min: number; readonly max: number }
  | { readonly kind: 'age'; readonly source: Extract<Condition, { kind: 'age' }> }
  | { readonly kind: 'attribute'; readonly attribute: string; readonly is: boolean; readonly ifUnknown: boolean | undefined }
  | { readonly kind: 'context'; readonly fact: string; readonly is: boolean; readonly ifUnknown: boolean | undefined }
  | { readonly kind: 'level'; readonly minRank: number; readonly maxRank: number });

/** A score term with its indicators resolved. */
export type CompiledScoreTerm =
  | { readonly kind: 'answers'; readonly positions: readonly number[]; readonly match: CompiledMatch; readonly weight: number; readonly windowWeights: ReadonlyMap<string, number>; readonly maxWeights: readonly number[] }
  | { readonly kind: 'ordinal'; readonly positions: readonly number[]; readonly maxScores: readonly number[] }
  | { readonly kind: 'attribute'; readonly attribute: string; readonly weight: number };

/** A score ready to compute. */
export interface CompiledScore {
  readonly source: Score;
  readonly terms: readonly CompiledScoreTerm[];
  /** Band upper bounds and level ranks, ascending: the band of a value is the first whose max is at least the value. */
  readonly bands: readonly { readonly min: number; readonly max: number; readonly rank: number }[];
}

/** A rule ready to evaluate. */
export interface CompiledRule {
  readonly source: Rule;
  readonly when: CompiledCondition;
  readonly rank: number;
  readonly stepPositions: readonly number[];
  /** Level, floor and override rules decide the level; escalate and actions rules run once it is known. */
  readonly decidesLevel: boolean;
  /** The rule names a statute that limits its steps to some ages (legalAgeLimit): 16 and 17 year olds may go without them. */
  readonly ageLimited: boolean;
  /** The census factors the rule suggests when it fires, by their place in the ruleset's censusFactors.codes. */
  readonly factors: readonly number[];
}

/**
 * The protections the engine applies to every screening, resolved from what the ruleset declares (its floor
 * levels, its indicator kinds and tags): no rule, policy setting or combination of answers can switch them off.
 */
export interface CompiledProtections {
  /** By position: a risk or significant indicator, whose yes, possible or score above zero is a concern (never a vulnerability factor). */
  readonly concern: readonly boolean[];
  /** The level any concern gives at least: the one above "no concern". */
  readonly concernRank: number;
  /** The level any concern gives a child under 13 at least. */
  readonly under13Rank: number;
  /** By position: a concern indicator tagged as sexual activity. */
  readonly sexualActivity: readonly boolean[];
  /** The level sexual activity gives a child under 13 at least (the top level unless declared). */
  readonly sexualActivityRank: number;
  /** The steps sexual activity brings in for a child under 13 (the police step). */
  readonly sexualActivitySteps: readonly number[];
  /** The declared learning-disability floor, with the attribute and the indicator that record it. */
  readonly learningDisability: { readonly attribute: string; readonly position: number | undefined; readonly rank: number } | undefined;
  /** Some rule or score reads the child's age: a 16 or 17 year old is then also screened as a 15 year old. */
  readonly readsAge: boolean;
}

/** Everything the engine needs, resolved once from a valid ruleset. Read only, shared by every screening. */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  readonly stamp: RulesetStamp;
  readonly index: RulesetIndex;
  readonly indicators: readonly Indicator[];
  readonly positions: ReadonlyMap<string, number>;
  /** What an answer to each indicator may be (its position, scale and windows), by id: read for every answer checked. */
  readonly answerRules: ReadonlyMap<string, AnswerRules>;
  /** The path of each indicator's answer in a screening (`answers.<id>`), by position, formatted once. */
  readonly answerPaths: readonly string[];
  /** The top score of each indicator's ordinal scale, by position; undefined for presence indicators. */
  readonly ordinalMax: readonly (number | undefined)[];
  readonly levels: readonly LevelRef[];
  readonly levelSteps: readonly (readonly number[])[];
  /** Each pathway step as a result lists it (without its description), built once. */
  readonly stepEntries: readonly Omit<PathwayEntry, 'broughtInBy'>[];
  readonly rules: readonly CompiledRule[];
  readonly scores: readonly CompiledScore[];
  readonly concernSteps: readonly number[];
  /** How many condition nodes the rules hold: the size of the per-screening memo. */
  readonly slotCount: number;
  readonly outOfScopeSteps: readonly number[];
  /** The steps an unknown answer on a watched indicator brings in (policy.unknownAnswers, or the concern steps). */
  readonly unknownSteps: readonly number[];
  /** By position: whether an unknown answer on this indicator brings the unknown steps in. */
  readonly unknownWatched: readonly boolean[];
  /** By position: whether the indicator can move the level (read by a level rule or a banded score). */
  readonly levelRelevant: readonly boolean[];
  /** The level ranks that bind a judgement whatever fired: the lowest level that is not "no concern" (1), when any concern is recorded. */
  readonly concernRank: number;
  /** By step position, the positions of the steps it presupposes (its `requires`), each brought in with it. */
  readonly stepRequires: readonly (readonly number[])[];
  readonly protections: CompiledProtections;
  /** The census factor codes and labels the ruleset declares, or undefined where it declares none. */
  readonly censusCodes: readonly { readonly code: string; readonly label: string }[] | undefined;
  /** By indicator position, the census factors a yes or possible answer suggests (places in censusCodes). */
  readonly indicatorFactors: readonly (readonly number[])[];
  /** The arrays a screening starts from, copied rather than filled anew on every screening (see BlankArrays). */
  readonly blanks: BlankArrays;
}

/**
 * Arrays of a ruleset's sizes with nothing in them yet. A screening takes a copy of each it needs (`slice()`):
 * copying is cheaper than filling a new array, and these are never written to.
 */
export interface BlankArrays {
  /** By indicator: no answer. */
  readonly answers: readonly undefined[];
  /** By indicator: 0 (a count, a class). */
  readonly zeros: readonly number[];
  /** By step: not brought in. */
  readonly noSteps: readonly boolean[];
}
