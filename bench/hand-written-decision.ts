/**
 * The default ruleset (brighton-hove-cse 1.1.0) decided by hand, decision only: the level, the ids of the
 * rules that fired and the ids of the pathway's steps, for a screening that has already passed validation
 * and carries no judgement (the bench's generated set has none). The 34 rules are TypeScript below; only
 * data is read from the parsed ruleset, once, at creation: indicator positions selected by filter, level
 * ranks, step positions. Issue 14 measures `screen(input, { detail: 'decision' })` against it.
 */
import type { Ruleset, Screening } from '../src/index.js';

type Indicator = Ruleset['indicators'][number];
type Truth = 0 | 1 | 2;
const F = 0;
const T = 1;
const U = 2;
const UNANSWERED = 0;
const NO = 1;
const POSSIBLE = 2;
const YES = 3;
const UNKNOWN = 4;

/** The rule ids this file implements, in the ruleset's order. Creation fails if the ruleset has drifted. */
const RULE_IDS = [
  'tier-low', 'tier-medium', 'tier-high', 'several-low-indicators', 'several-medium-indicators', 'significant-indicator-confirmed',
  'under-13-any-concern', 'under-13-sexual-activity', 'learning-disability-floor', 'disclosure-override', 'model-inappropriate-relationship',
  'inappropriate-relationship-sexual-activity', 'model-boyfriend', 'model-organised-exploitation', 'significant-harm-escalation', 'immediate-danger',
  'movement-between-places', 'missing-episodes', 'online-sexual-abuse', 'sexual-health-needs', 'identified-adult-disruption', 'abduction-notice-under-16',
  'abduction-notice-looked-after', 'looked-after-child', 'care-leaver-support', 'sexual-activity-under-16', 'grooming-under-16', 'possible-sexual-assault',
  'possible-exploitation-offence', 'possible-position-of-trust-offence', 'possible-familial-offence', 'possible-abduction-offence', 'route-open-to-csc', 'route-not-open-to-csc',
] as const;

/** What the decision function returns: the final level's id, the fired rules' ids and the steps' ids in pathway order. */
export interface HandDecision {
  readonly level: string;
  readonly firedRules: string[];
  readonly steps: string[];
}

/** A decision function for the default ruleset, written by hand. */
export type HandWrittenDecide = (screening: Screening) => HandDecision;

/** Builds the hand-written decision function from the parsed default ruleset. */
export function createHandWrittenDecide(ruleset: Ruleset): HandWrittenDecide {
  if (ruleset.meta.id !== 'brighton-hove-cse' || ruleset.rules.map((rule) => rule.id).join() !== RULE_IDS.join() || ruleset.scores.length > 0) {
    throw new Error('bench/hand-written-decision.ts implements brighton-hove-cse as of 1.1.0; the ruleset has changed');
  }
  const indicators = ruleset.indicators;
  const N = indicators.length;
  const ids = indicators.map((indicator) => indicator.id);
  const pick = (test: (indicator: Indicator) => boolean): Int32Array => Int32Array.from(indicators.flatMap((indicator, position) => (test(indicator) ? [position] : [])));
  const rs = (indicator: Indicator): boolean => indicator.kind === 'risk' || indicator.kind === 'significant';
  const tagged = (indicator: Indicator, ...tags: string[]): boolean => tags.some((tag) => indicator.tags.includes(tag));
  const named = (...names: string[]): Int32Array => pick((indicator) => names.includes(indicator.id));
  const at = (id: string): number => {
    const position = ids.indexOf(id);
    if (position < 0) throw new Error(`no indicator ${id}`);
    return position;
  };
  const LOW_RS = pick((i) => rs(i) && i.suggestedLevel === 'low');
  const MEDIUM_RS = pick((i) => rs(i) && i.suggestedLevel === 'medium');
  const HIGH_RS = pick((i) => rs(i) && i.suggestedLevel === 'high');
  const SIGNIFICANT = pick((i) => i.kind === 'significant');
  const RS = pick(rs);
  const SEXUAL_RS = pick((i) => rs(i) && tagged(i, 'sexual-activity'));
  const OLDER_RS = pick((i) => rs(i) && tagged(i, 'older-adult'));
  const RELATIONSHIP_RS = pick((i) => rs(i) && tagged(i, 'relationship'));
  const GIFTS_RS = pick((i) => rs(i) && tagged(i, 'gifts'));
  const PARTIES_RS = pick((i) => rs(i) && tagged(i, 'parties', 'multiple-perpetrators', 'recruiting'));
  const MOVEMENT_RS = pick((i) => rs(i) && tagged(i, 'movement'));
  const EXCHANGE_RS = pick((i) => rs(i) && tagged(i, 'multiple-perpetrators', 'recruiting', 'exchange'));
  const ADULT_RS = pick((i) => rs(i) && tagged(i, 'older-adult', 'adult-contact', 'venue'));
  const ADULT_CONTACT_RS = pick((i) => rs(i) && tagged(i, 'older-adult', 'adult-contact'));
  const MOVEMENT = pick((i) => tagged(i, 'movement'));
  const MISSING = pick((i) => tagged(i, 'missing'));
  const ONLINE_SIGNIFICANT = pick((i) => i.kind === 'significant' && tagged(i, 'online'));
  const SEXUAL_HEALTH = pick((i) => tagged(i, 'sexual-health'));
  const SEXUAL_HEALTH_ITEMS = named('known-sexually-active', 'sex-for-money-goods-or-shelter', 'sex-for-affection-or-belonging', 'passed-between-abusers',
    'passed-bought-or-sold', 'peer-pressure-into-sex', 'disclosure-of-exploitation', 'position-of-trust', 'exploitation-within-family');
  const GROOMING = named('sexual-communication-with-adult', 'meets-online-contacts');
  const ASSAULT = named('sexual-assault', 'peer-pressure-into-sex');
  const EXPLOITATION = named('sex-for-money-goods-or-shelter', 'selling-sexual-content-online', 'passed-between-abusers', 'passed-bought-or-sold');
  const LEARNING_DISABILITY = at('learning-disability');
  const DISCLOSURE = at('disclosure-of-exploitation');
  const BOUGHT_OR_SOLD = at('passed-bought-or-sold');
  const LOOKED_AFTER_NOW = at('looked-after-now');
  const CARE_LEAVER = at('care-leaver');
  const POSITION_OF_TRUST = at('position-of-trust');
  const FAMILIAL = at('exploitation-within-family');
  const ABDUCTION = at('abduction-or-held');
  // The unknown-answers policy watches high risk and significant items.
  const WATCHED = new Uint8Array(N);
  for (const position of HIGH_RS) WATCHED[position] = 1;
  // The items a rule that decides the level reads: risk and significant items, and learning disability (vulnerability factors are context only).
  const MOVES_LEVEL = new Uint8Array(N);
  for (const position of RS) MOVES_LEVEL[position] = 1;
  MOVES_LEVEL[LEARNING_DISABILITY] = 1;

  const levelIds = ruleset.levels.map((level) => level.id);
  const rank = (id: string): number => levelIds.indexOf(id);
  const stepAt = (id: string): number => ruleset.steps.findIndex((step) => step.id === id);
  const stepIds = ruleset.steps.map((step) => step.id);
  const levelSteps = ruleset.levels.map((level) => Int32Array.from(level.steps.map(stepAt)));
  const ruleSteps = ruleset.rules.map((rule) => Int32Array.from(rule.steps.map(stepAt)));
  const ruleRank = ruleset.rules.map((rule) => (rule.effect.kind === 'actions' ? 0 : rank(rule.effect.level)));
  const concernSteps = Int32Array.from(ruleset.policy.concernSteps.map(stepAt));
  const unknownSteps = Int32Array.from((ruleset.policy.unknownAnswers?.steps ?? []).map(stepAt));
  const outOfScopeSteps = Int32Array.from(ruleset.scope.outOfScope.steps.map(stepAt));
  const RANK_LOW = rank('low');
  const RANK_MEDIUM = rank('medium');
  const { from: scopeFrom, below: scopeBelow } = ruleset.scope.ages;
  const R = RULE_IDS.length;

  return function decide(screening: Screening): HandDecision {
    if (screening.judgement !== undefined) throw new Error('bench/hand-written-decision.ts takes screenings without a judgement');
    const answers = screening.answers;
    const state = new Uint8Array(N);
    let concern = false;
    let levelConcern = false;
    let watchedOpen = false;
    let watchedUnknown = false;
    for (let i = 0; i < N; i++) {
      const answer = answers[ids[i] as string];
      if (answer === undefined) {
        if (WATCHED[i] === 1) watchedOpen = true;
        continue;
      }
      const value = typeof answer === 'object' ? answer.value : answer;
      const s = value === 'no' ? NO : value === 'yes' ? YES : value === 'possible' ? POSSIBLE : UNKNOWN;
      state[i] = s;
      if (s === YES || s === POSSIBLE) {
        concern = true;
        if (MOVES_LEVEL[i] === 1) levelConcern = true;
      } else if (s === UNKNOWN && WATCHED[i] === 1) watchedUnknown = true;
    }
    const { ageYears, dateOfBirth, attributes } = screening.subject;
    const context = screening.context;
    const age = ageYears ?? (dateOfBirth !== undefined && screening.assessedOn !== undefined ? ageInYears(dateOfBirth, screening.assessedOn) : undefined);

    /** known << 8 | open: how many of a group are present, how many are still open. */
    const tally = (group: Int32Array, yesOnly: boolean): number => {
      let known = 0;
      let open = 0;
      for (let k = 0; k < group.length; k++) {
        const s = state[group[k] as number];
        if (s === YES || (s === POSSIBLE && !yesOnly)) known++;
        else if (s === UNANSWERED || s === UNKNOWN) open++;
      }
      return (known << 8) | open;
    };
    const atLeast = (counted: number, min: number): Truth => {
      const known = counted >> 8;
      return known >= min ? T : known + (counted & 255) < min ? F : U;
    };
    const one = (group: Int32Array): Truth => atLeast(tally(group, false), 1);
    const item = (position: number, yesOnly: boolean): Truth => {
      const s = state[position];
      return s === YES || (s === POSSIBLE && !yesOnly) ? T : s === UNANSWERED || s === UNKNOWN ? U : F;
    };
    const fact = (value: boolean | undefined, is: boolean): Truth => (value === undefined ? U : value === is ? T : F);
    const ageUnder = (years: number): Truth => (age === undefined ? U : age < years ? T : F);

    const lowRs = tally(LOW_RS, false);
    const mediumRs = tally(MEDIUM_RS, false);
    const anyRs = one(RS);
    const olderRs = one(OLDER_RS);
    const sexualRs = one(SEXUAL_RS);
    const adultContact = one(ADULT_CONTACT_RS);
    const lookedAfter = or(fact(attributes.lookedAfter, true), item(LOOKED_AFTER_NOW, false));
    const truths = new Uint8Array(R);
    truths[0] = atLeast(lowRs, 1);
    truths[1] = atLeast(mediumRs, 1);
    truths[2] = one(HIGH_RS);
    truths[3] = atLeast(lowRs, 5);
    truths[4] = atLeast(mediumRs, 3);
    truths[5] = atLeast(tally(SIGNIFICANT, true), 1);
    truths[6] = and(ageUnder(13), anyRs);
    truths[7] = and(ageUnder(13), sexualRs);
    truths[8] = and(or(fact(attributes.learningDisability, true), item(LEARNING_DISABILITY, false)), anyRs);
    truths[9] = item(DISCLOSURE, true);
    truths[10] = olderRs;
    truths[11] = and(olderRs, sexualRs);
    truths[12] = and(and(one(RELATIONSHIP_RS), one(GIFTS_RS)), one(PARTIES_RS));
    truths[13] = or(and(one(MOVEMENT_RS), one(EXCHANGE_RS)), item(BOUGHT_OR_SOLD, false));
    truths[15] = fact(context.immediateDanger, true);

    // Rules 0-13 and 15 decide the level: the highest that fires; what is undecided could raise it.
    let computedRank = 0;
    let potentialRank = 0;
    for (let r = 0; r <= 15; r++) {
      if (r === 14) continue;
      const ruleRankR = ruleRank[r] as number;
      if (truths[r] === T) { if (ruleRankR > computedRank) computedRank = ruleRankR; } else if (truths[r] === U && ruleRankR > potentialRank) potentialRank = ruleRankR;
    }
    const openRank = potentialRank > computedRank ? potentialRank : 0;
    const finalRank = computedRank;

    const harm = fact(context.significantHarmSuspected, true);
    const open = context.openToChildrensSocialCare;
    truths[14] = and(harm, finalRank <= RANK_MEDIUM ? T : F);
    truths[16] = one(MOVEMENT);
    truths[17] = one(MISSING);
    truths[18] = one(ONLINE_SIGNIFICANT);
    truths[19] = or(one(SEXUAL_HEALTH), one(SEXUAL_HEALTH_ITEMS));
    truths[20] = one(ADULT_RS);
    truths[21] = and(ageUnder(16), adultContact);
    truths[22] = and(lookedAfter, adultContact);
    truths[23] = and(lookedAfter, anyRs);
    truths[24] = and(or(fact(attributes.careLeaver, true), item(CARE_LEAVER, false)), anyRs);
    truths[25] = and(and(age === undefined ? U : age >= 13 ? T : F, ageUnder(16)), sexualRs);
    truths[26] = and(ageUnder(16), one(GROOMING));
    truths[27] = one(ASSAULT);
    truths[28] = one(EXPLOITATION);
    truths[29] = item(POSITION_OF_TRUST, false);
    truths[30] = item(FAMILIAL, false);
    truths[31] = item(ABDUCTION, false);
    truths[32] = and(fact(open, true), finalRank >= RANK_LOW ? T : F);
    truths[33] = and(and(age === undefined || age < 18 ? T : F, open === undefined || !open ? T : F), or(finalRank >= RANK_MEDIUM ? T : F, harm));

    const insufficient = !levelConcern && finalRank === 0 && openRank > 0 && (watchedOpen || watchedUnknown);
    const inScope = age === undefined || (age >= scopeFrom && age < scopeBelow);
    const brought = new Uint8Array(stepIds.length);
    const bring = (positions: Int32Array): void => {
      for (let k = 0; k < positions.length; k++) brought[positions[k] as number] = 1;
    };
    if (concern) bring(concernSteps);
    if (watchedUnknown || insufficient) bring(unknownSteps);
    bring(levelSteps[finalRank] as Int32Array);
    const firedRules: string[] = [];
    for (let r = 0; r < R; r++) {
      if (truths[r] !== T) continue;
      firedRules.push(RULE_IDS[r] as string);
      if (r === 14) bring(levelSteps[ruleRank[r] as number] as Int32Array);
      bring(ruleSteps[r] as Int32Array);
    }
    if (!inScope) bring(outOfScopeSteps);
    const steps: string[] = [];
    for (let s = 0; s < brought.length; s++) if (brought[s] === 1) steps.push(stepIds[s] as string);
    return { level: levelIds[finalRank] as string, firedRules, steps };
  };
}

function and(a: Truth, b: Truth): Truth {
  return a === F || b === F ? F : a === U || b === U ? U : T;
}

function or(a: Truth, b: Truth): Truth {
  return a === T || b === T ? T : a === U || b === U ? U : F;
}

function ageInYears(dateOfBirth: string, on: string): number {
  const by = Number(dateOfBirth.slice(0, 4));
  const bm = Number(dateOfBirth.slice(5, 7));
  const bd = Number(dateOfBirth.slice(8, 10));
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const d = Number(on.slice(8, 10));
  return y - by - (m > bm || (m === bm && d >= bd) ? 0 : 1);
}
