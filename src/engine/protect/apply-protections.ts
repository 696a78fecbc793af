import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { evaluateLevelRulesAtAge, type LevelDecision } from '../evaluate/evaluate-level-rules.js';
import type { NormalizedAnswer, ScreeningFacts } from '../read/screening-facts.js';
import type { ProtectionId } from './protection-ids.js';

/** The age a 16 or 17 year old is also screened at: they never get less than a 15 year old. */
const COMPARISON_AGE = 15;

/** What a protection rests on: an answer (by indicator position), the child's age, or an attribute. */
export type ProtectionReason =
  | { readonly kind: 'answer'; readonly position: number }
  | { readonly kind: 'age'; readonly years: number }
  | { readonly kind: 'attribute'; readonly attribute: string; readonly value: boolean };

/** A protection that changed the result: it raised the level, raised the floor a judgement may not go below, or brought in steps. */
export interface ListedProtection {
  readonly id: ProtectionId;
  /** floor: a judgement may not go below `rank`; level: at least `rank`, as a level rule gives it; actions: steps only. */
  readonly effect: 'floor' | 'level' | 'actions';
  readonly rank: number;
  readonly steps: readonly number[];
  readonly reasons: readonly ProtectionReason[];
  /** It raised the level or the floor: it is listed whatever steps the rules bring in. */
  readonly raised: boolean;
}

/** The level once the protections are applied on top of the rules. */
export interface ProtectedLevel {
  /** The highest of the rules' level and every protection's. */
  readonly computedRank: number;
  /** The highest floor: the rules' floors and overrides, and every protection that binds a judgement. */
  readonly bindingRank: number;
  /** The highest level still within reach: undetermined rules, and protections waiting on an age, attribute or answer not given. */
  readonly potentialRank: number;
  /** The protections that changed something, in the order they are applied. */
  readonly listed: ListedProtection[];
  /** For a 16 or 17 year old, where a rule reads age: the rules evaluated as if the child were 15, whose steps the child keeps too. */
  readonly at15: LevelDecision | undefined;
}

/**
 * Applies the protections no ruleset can switch off, on top of what the rules gave, from what the ruleset
 * declares (its floors, kinds and tags) and never from its rules: any concern is above the lowest level;
 * under 13, any concern reaches the under-13 floor and sexual activity the top level with the police step;
 * a learning disability with a concern reaches its floor; a 16 or 17 year old gets at least what the same
 * screening gives at 15. "Possible" counts as a concern for every protection, whatever the policy says.
 * Unknown is not no: a protection waiting on a fact not given leaves its level within reach.
 */
export function applyProtections(compiled: CompiledRuleset, facts: ScreeningFacts, rules: LevelDecision): ProtectedLevel {
  const own = protectAtAge(compiled, facts, rules);
  const age = facts.age;
  if (!compiled.protections.readsAge || age === undefined || age <= COMPARISON_AGE || age >= 18) return own;
  const at15 = evaluateLevelRulesAtAge(compiled, rules, COMPARISON_AGE);
  const young = protectAtAge(compiled, at15.env.facts, at15);
  const listed = [...own.listed];
  if (young.computedRank > own.computedRank || young.bindingRank > own.bindingRank) {
    listed.push({
      id: 'protection-older-child', effect: young.bindingRank > own.bindingRank ? 'floor' : 'level',
      rank: Math.max(young.computedRank, own.computedRank), steps: [], reasons: [{ kind: 'age', years: age }], raised: true,
    });
  }
  return {
    computedRank: Math.max(own.computedRank, young.computedRank),
    bindingRank: Math.max(own.bindingRank, young.bindingRank),
    potentialRank: Math.max(own.potentialRank, young.potentialRank),
    listed,
    at15,
  };
}

/** Whether an answer records a concern: yes, possible or a score above zero, whatever the ruleset counts as present. */
function isConcern(answer: NormalizedAnswer | undefined): boolean {
  return answer !== undefined && (answer.code === 'yes' || answer.code === 'possible' || (answer.score ?? 0) > 0);
}

/** Whether an answer leaves the item open: unanswered or unknown. */
function isOpen(answer: NormalizedAnswer | undefined): boolean {
  return answer === undefined || answer.code === 'unknown';
}

function protectAtAge(compiled: CompiledRuleset, facts: ScreeningFacts, rules: LevelDecision): ProtectedLevel {
  const p = compiled.protections;
  const concerns: ProtectionReason[] = [];
  const sexual: ProtectionReason[] = [];
  let concernOpen = false;
  let sexualOpen = false;
  for (let position = 0; position < p.concern.length; position++) {
    if (p.concern[position] !== true) continue;
    const answer = facts.answers[position];
    const sexualItem = p.sexualActivity[position] === true;
    if (isConcern(answer)) {
      concerns.push({ kind: 'answer', position });
      if (sexualItem) sexual.push({ kind: 'answer', position });
    } else if (isOpen(answer)) {
      concernOpen = true;
      if (sexualItem) sexualOpen = true;
    }
  }
  let computedRank = rules.computedRank;
  let bindingRank = rules.bindingRank;
  let potentialRank = rules.potentialRank;
  const listed: ListedProtection[] = [];
  // A floor that holds: it raises the level and binds a judgement; listed when it changes either, or brings steps.
  const floor = (id: ProtectionId, rank: number, reasons: readonly ProtectionReason[], steps: readonly number[] = []): void => {
    const raised = rank > computedRank || rank > bindingRank;
    if (raised || steps.length > 0) listed.push({ id, effect: 'floor', rank, steps, reasons, raised });
    computedRank = Math.max(computedRank, rank);
    bindingRank = Math.max(bindingRank, rank);
  };
  // A floor that may yet hold once an open answer or a fact not given is known: within reach, never read as not holding.
  const reach = (rank: number): void => { potentialRank = Math.max(potentialRank, rank); };

  // Any concern is never the lowest level. It binds a judgement through the judgement's own concern floor.
  if (concerns.length > 0 && p.concernRank > computedRank) {
    listed.push({ id: 'protection-any-concern', effect: 'level', rank: p.concernRank, steps: [], reasons: concerns, raised: true });
    computedRank = p.concernRank;
  } else if (concernOpen) reach(p.concernRank);

  const age = facts.age;
  const under13 = age !== undefined && age < 13;
  const ageOpen = age === undefined;
  if (under13 && concerns.length > 0) floor('protection-under-13', p.under13Rank, [{ kind: 'age', years: age }, ...concerns]);
  else if ((under13 || ageOpen) && (concerns.length > 0 || concernOpen)) reach(p.under13Rank);
  if (under13 && sexual.length > 0) floor('protection-under-13-sexual-activity', p.sexualActivityRank, [{ kind: 'age', years: age }, ...sexual], p.sexualActivitySteps);
  else if ((under13 || ageOpen) && (sexual.length > 0 || sexualOpen)) reach(p.sexualActivityRank);

  const disability = p.learningDisability;
  if (disability !== undefined) {
    const attribute = facts.attributes.get(disability.attribute);
    const item = disability.position === undefined ? undefined : facts.answers[disability.position];
    const recorded = attribute === true || isConcern(item);
    if (recorded && concerns.length > 0) {
      const because: ProtectionReason = attribute === true
        ? { kind: 'attribute', attribute: disability.attribute, value: true }
        : { kind: 'answer', position: disability.position ?? 0 };
      floor('protection-learning-disability', disability.rank, [because, ...concerns]);
    } else {
      // Not recorded either way: neither the attribute nor the indicator that records it says no.
      const notKnown = attribute === undefined && (disability.position === undefined || isOpen(item));
      if ((recorded || notKnown) && (concerns.length > 0 || concernOpen)) reach(disability.rank);
    }
  }
  return { computedRank, bindingRank, potentialRank, listed, at15: undefined };
}
