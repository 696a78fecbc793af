/**
 * The bench's lean reference (issue 27): brighton-hove-cse 1.2.0 decided by hand, as an engineer outside the
 * project would write it for speed. It takes the raw input, validates it by hand (read-lean-screening.ts) and
 * returns the decision: the final level's id, the ids of the rules that fired in the ruleset's order followed
 * by the engine's protections that `screen` lists, and the pathway's step ids in the ruleset's order; the same
 * as `screener.screen(input, { detail: 'decision' })` gives in `level`, `firedRules` and `steps`.
 *
 * The 41 rules are TypeScript below. Only data is read from the parsed ruleset, once, at creation: indicator
 * positions and groups, level ranks, the steps each level, rule and policy brings in, and the steps a step
 * requires. Creation fails if the ruleset is not brighton-hove-cse 1.2.0 as written here. Each screening is
 * read into flat typed arrays reused from one screening to the next; only the decision returned is new.
 */
import type { Ruleset, RulesetStamp } from '../../src/index.js';
import {
  ADULT_CONTACT_RS, ADULT_RS, ANY, ASSAULT, EXCHANGE_RS, EXPLOITATION_OFFENCE, EXPLOITATION_SIGN, GIFTS_RS, GROOMING, groupsOf, HIGH_RS, LEVEL_READ,
  MISSING, MOVEMENT, MOVEMENT_RS, OLDER_RS, ONLINE_SIGNIFICANT, PARTIES_RS, RELATIONSHIP_RS, RS, SEXUAL_HEALTH, SEXUAL_HEALTH_ITEMS, SEXUAL_RS,
  SIBLINGS, SIGNIFICANT, tierOf,
} from './indicator-groups.js';
import { OLDER_CHILD, PROTECTION_IDS, protectAtAge, UNDER_13_SEXUAL_ACTIVITY, type ProtectionRanks } from './protect-at-age.js';
import { createLeanFacts, createLeanReader, NO, POSSIBLE, UNKNOWN, YES } from './read-lean-screening.js';
import { checkRuleset, RULE_IDS } from './rules-written-here.js';
import { createStepSets } from './step-sets.js';

/** The decision: the final level's id, the fired rules' ids (protections last) and the steps' ids in pathway order. */
export interface LeanDecision {
  readonly level: string;
  readonly firedRules: string[];
  readonly steps: string[];
}

/** Decides one raw input, or throws RefusedScreening. */
export type LeanReference = (input: unknown) => LeanDecision;

/** The rules that decide the level and read the age: under-13-any-concern, under-13-sexual-activity, sexual-activity-aged-13. */
const AGE_LEVEL_RULES = [6, 7, 13];

/**
 * Three-valued truth: unanswered, unknown and facts not given are neither true nor false. Written as two bits,
 * "true for certain" (1) and "may be true" (2), so that Kleene's "and" is `&` and his "or" is `|`.
 */
const F = 0;
const U = 2;
const T = 3;

/** Whether a group has an item that counts (T), else one still open (U), else neither (F). */
const some = (counted: number, open: number, group: number): number => ((counted & group) !== 0 ? T : (open & group) !== 0 ? U : F);
const atLeast = (known: number, open: number, min: number): number => (known >= min ? T : known + open < min ? F : U);
const ageUnder = (age: number, years: number): number => (age < 0 ? U : age < years ? T : F);
const ageAtLeast = (age: number, years: number): number => (age < 0 ? U : age >= years ? T : F);
const ranked = (holds: boolean): number => (holds ? T : F);
/** By answer code (unanswered, yes, no, possible, unknown): one item answered yes or possible; one answered a clear yes. */
const ITEM = Uint8Array.of(U, T, F, T, U);
const CLEAR_YES = Uint8Array.of(U, T, F, F, U);
/** By fact value plus one (not given, false, true): the fact is true; is true or not given; is false or not given. */
const IS_TRUE = Uint8Array.of(U, F, T);
const TRUE_OR_NOT_GIVEN = Uint8Array.of(T, F, T);
const FALSE_OR_NOT_GIVEN = Uint8Array.of(T, T, F);
const isTrue = (value: number | undefined): number => IS_TRUE[(value as number) + 1] as number;
const trueOrNotGiven = (value: number | undefined): number => TRUE_OR_NOT_GIVEN[(value as number) + 1] as number;

/** Whether two names given for the judgement's author and the agreeing person are the same person's (case, spacing and Unicode forms aside). */
function samePerson(by: string | undefined, agreed: string | undefined): boolean {
  if (by === undefined || agreed === undefined) return false;
  const plain = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');
  const author = plain(by);
  return author !== '' && author === plain(agreed);
}

/** Builds the lean reference from the parsed default ruleset and its stamp (whose fingerprint identifies an earlier result from it). */
export function createLeanReference(ruleset: Ruleset, stamp: RulesetStamp): LeanReference {
  const { levelRank, ruleRank, ruleBinds, levelRules } = checkRuleset(ruleset, stamp);
  const read = createLeanReader(ruleset, stamp);
  const facts = createLeanFacts(ruleset);
  const count = ruleset.indicators.length;
  const GROUPS = Int32Array.from(ruleset.indicators, groupsOf);
  const TIERS = Uint8Array.from(ruleset.indicators, tierOf);
  const at = (id: string): number => {
    const position = ruleset.indicators.findIndex((indicator) => indicator.id === id);
    if (position < 0) throw new Error(`brighton-hove-cse 1.2.0 has an indicator ${id}`);
    return position;
  };
  const factAt = (list: readonly { id: string }[], id: string): number => {
    const k = list.findIndex((entry) => entry.id === id);
    if (k < 0) throw new Error(`brighton-hove-cse 1.2.0 has a fact ${id}`);
    return k;
  };
  const LEARNING_DISABILITY_ITEM = at('learning-disability');
  const DISCLOSURE = at('disclosure-of-exploitation');
  const BOUGHT_OR_SOLD = at('passed-bought-or-sold');
  const CRIMINAL_EXPLOITATION = at('criminal-exploitation-or-gangs');
  const LOOKED_AFTER_NOW = at('looked-after-now');
  const CARE_LEAVER_ITEM = at('care-leaver');
  const POSITION_OF_TRUST = at('position-of-trust');
  const FAMILIAL = at('exploitation-within-family');
  const ABDUCTION = at('abduction-or-held');
  const LEARNING_DISABILITY = factAt(ruleset.attributes, 'learningDisability');
  const LOOKED_AFTER = factAt(ruleset.attributes, 'lookedAfter');
  const IN_CARE = factAt(ruleset.attributes, 'inCare');
  const SECTION_20 = factAt(ruleset.attributes, 'accommodatedSection20');
  const EPO = factAt(ruleset.attributes, 'epoOrPoliceProtection');
  const CARE_LEAVER = factAt(ruleset.attributes, 'careLeaver');
  const OPEN_TO_CSC = factAt(ruleset.contextFacts, 'openToChildrensSocialCare');
  const HARM = factAt(ruleset.contextFacts, 'significantHarmSuspected');
  const DANGER = factAt(ruleset.contextFacts, 'immediateDanger');
  const LOW = levelRank('low');
  const MEDIUM = levelRank('medium');
  const HIGH = levelRank('high');
  const declared = ruleset.policy.protections;
  const concernRank = Math.min(1, ruleset.levels.length - 1);
  const ranks: ProtectionRanks = {
    concern: concernRank,
    under13: Math.max(concernRank, levelRank(declared.under13Floor ?? 'low')),
    sexualActivity: Math.max(concernRank, levelRank(declared.under13SexualActivity?.level ?? 'high')),
    learningDisability: Math.max(concernRank, levelRank(declared.learningDisabilityFloor?.level ?? 'low')),
  };
  const roles = ruleset.policy.judgement.agreementRoles.map((role) => role.id);
  const { from: scopeFrom, below: scopeBelow } = ruleset.scope.ages;
  const steps = createStepSets(ruleset);
  const levelIds = ruleset.levels.map((level) => level.id);
  const R = RULE_IDS.length;
  const truths = new Uint8Array(R);
  const truths15 = new Uint8Array(R);
  const level = new Int32Array(3);
  const level15 = new Int32Array(3);

  /** The three rules that decide the level and read the age. */
  const setAgeRules = (into: Uint8Array, age: number, rs: number, sexual: number): void => {
    const under13 = ageUnder(age, 13);
    into[6] = under13 & rs; // under-13-any-concern
    into[7] = under13 & sexual; // under-13-sexual-activity
    into[13] = (age < 0 ? U : ranked(age === 13)) & sexual; // sexual-activity-aged-13
  };
  /** The computed level (highest fired), the binding floor (highest floor or override fired) and the potential (highest undetermined). */
  const foldLevelRules = (from: Uint8Array, into: Int32Array): void => {
    let computed = 0;
    let binding = 0;
    let potential = 0;
    for (let k = 0; k < levelRules.length; k++) {
      const r = levelRules[k] as number;
      const rank = ruleRank[r] as number;
      if (from[r] === T) {
        if (rank > computed) computed = rank;
        if (ruleBinds[r] === 1 && rank > binding) binding = rank;
      } else if (from[r] === U && rank > potential) potential = rank;
    }
    into[0] = computed;
    into[1] = binding;
    into[2] = potential;
  };
  /** abduction-notice-16-17 and route-not-open-to-csc: rules that add actions, read age and have no statutory age limit. */
  const noticeAt16Or17 = (age: number, adultContact: number): number => ageAtLeast(age, 16) & adultContact;
  const routeNotOpen = (age: number, actionRank: number): number => (age < 0 ? T : ranked(age < 18))
    & (FALSE_OR_NOT_GIVEN[(facts.context[OPEN_TO_CSC] as number) + 1] as number)
    & (ranked(actionRank >= MEDIUM) | (IS_TRUE[(facts.context[HARM] as number) + 1] as number));
  /** The final level after a judgement: lowering needs a second person's agreement, and never goes below a floor or to no concern while one is recorded. */
  const judge = (computed: number, binding: number, concernRecorded: boolean): number => {
    const judged = facts.judgedRank;
    if (judged < 0) return computed;
    const agreed = facts.agreedRole !== undefined && (roles.length === 0 || roles.includes(facts.agreedRole)) && !samePerson(facts.judgementBy, facts.agreedName);
    if (judged < computed && !agreed) return computed;
    const concernFloor = concernRecorded ? concernRank : 0;
    if (judged < binding) return Math.max(binding, concernFloor);
    return judged < concernFloor ? concernFloor : judged;
  };

  return function decideByHand(input: unknown): LeanDecision {
    read(input, facts);
    const { answers, attributes, context, age } = facts;
    // One pass over the answers: the groups with a concern (yes or possible), a clear yes, an open item, an unknown answer; the tiers' counts.
    let concerns = 0;
    let yes = 0;
    let open = 0;
    let unknown = 0;
    let lowKnown = 0;
    let lowOpen = 0;
    let mediumKnown = 0;
    let mediumOpen = 0;
    for (let p = 0; p < count; p++) {
      const answer = answers[p];
      const groups = GROUPS[p] as number;
      const tier = TIERS[p];
      if (answer === YES || answer === POSSIBLE) {
        concerns |= groups;
        if (answer === YES) yes |= groups;
        if (tier === 1) lowKnown++;
        else if (tier === 2) mediumKnown++;
      } else if (answer !== NO) {
        open |= groups;
        if (answer === UNKNOWN) unknown |= groups;
        if (tier === 1) lowOpen++;
        else if (tier === 2) mediumOpen++;
      }
    }
    const rs = some(concerns, open, RS);
    const sexual = some(concerns, open, SEXUAL_RS);
    const older = some(concerns, open, OLDER_RS);
    const disabilityItem = answers[LEARNING_DISABILITY_ITEM] as number;

    // The rules that decide the level.
    truths[0] = atLeast(lowKnown, lowOpen, 1); // tier-low
    truths[1] = atLeast(mediumKnown, mediumOpen, 1); // tier-medium
    truths[2] = some(concerns, open, HIGH_RS); // tier-high
    truths[3] = atLeast(lowKnown, lowOpen, 5); // several-low-indicators
    truths[4] = atLeast(mediumKnown, mediumOpen, 3); // several-medium-indicators
    truths[5] = some(yes, open, SIGNIFICANT); // significant-indicator-confirmed: a clear yes
    truths[8] = (isTrue(attributes[LEARNING_DISABILITY]) | (ITEM[disabilityItem] as number)) & rs; // learning-disability-floor
    truths[9] = (CLEAR_YES[answers[DISCLOSURE] as number] as number); // disclosure-override
    truths[10] = older; // model-inappropriate-relationship
    truths[11] = older & sexual; // inappropriate-relationship-sexual-activity
    truths[12] = sexual & some(concerns, open, EXPLOITATION_SIGN); // sexual-activity-with-exploitation-sign
    truths[14] = some(concerns, open, RELATIONSHIP_RS) & some(concerns, open, GIFTS_RS) & some(concerns, open, PARTIES_RS); // model-boyfriend
    truths[15] = (some(concerns, open, MOVEMENT_RS) & some(concerns, open, EXCHANGE_RS)) | (ITEM[answers[BOUGHT_OR_SOLD] as number] as number); // model-organised-exploitation
    truths[17] = isTrue(context[DANGER]); // immediate-danger
    setAgeRules(truths, age, rs, sexual);
    foldLevelRules(truths, level);
    let listed = protectAtAge(level, ranks, age, concerns, open, attributes[LEARNING_DISABILITY] as number, disabilityItem);
    // A 16 or 17 year old gets at least what the same screening gives at 15.
    const olderChild = age > 15 && age < 18;
    if (olderChild) {
      truths15.set(truths);
      setAgeRules(truths15, 15, rs, sexual);
      foldLevelRules(truths15, level15);
      protectAtAge(level15, ranks, 15, concerns, open, attributes[LEARNING_DISABILITY] as number, disabilityItem);
      if ((level15[0] as number) > (level[0] as number) || (level15[1] as number) > (level[1] as number)) listed |= OLDER_CHILD | (OLDER_CHILD << 8);
      for (let k = 0; k < 3; k++) if ((level15[k] as number) > (level[k] as number)) level[k] = level15[k] as number;
    }
    const computed = level[0] as number;
    const binding = level[1] as number;
    const potential = level[2] as number;
    const concernRecorded = (concerns & ANY) !== 0;
    const final = judge(computed, binding, concernRecorded);
    // Rules that add actions read the higher of the computed and the final level: a judgement never removes their steps.
    const actionRank = final > computed ? final : computed;
    const adultContact = some(concerns, open, ADULT_CONTACT_RS);
    const lookedAfterNow = ITEM[answers[LOOKED_AFTER_NOW] as number] as number;
    const inCare = attributes[IN_CARE] as number;
    const section20 = attributes[SECTION_20] as number;
    const epo = attributes[EPO] as number;
    truths[16] = isTrue(context[HARM]) & ranked(actionRank <= MEDIUM); // significant-harm-escalation
    truths[18] = some(concerns, open, MOVEMENT); // movement-between-places
    truths[19] = (ITEM[answers[CRIMINAL_EXPLOITATION] as number] as number); // criminal-exploitation
    truths[20] = some(concerns, open, MISSING); // missing-episodes
    truths[21] = some(concerns, open, ONLINE_SIGNIFICANT); // online-sexual-abuse
    truths[22] = some(concerns, open, SEXUAL_HEALTH) | some(concerns, open, SEXUAL_HEALTH_ITEMS); // sexual-health-needs
    truths[23] = some(concerns, open, ADULT_RS); // identified-adult-disruption
    truths[24] = ageUnder(age, 16) & adultContact; // abduction-notice-under-16
    truths[25] = (isTrue(inCare) | isTrue(epo)) & adultContact; // abduction-notice-looked-after
    truths[26] = isTrue(section20) & ageUnder(age, 16) & adultContact; // abduction-notice-accommodated-under-16
    truths[27] = noticeAt16Or17(age, adultContact); // abduction-notice-16-17
    truths[28] = adultContact & (trueOrNotGiven(attributes[LOOKED_AFTER]) | lookedAfterNow) // abduction-notice-status-unknown
      & trueOrNotGiven(inCare) & trueOrNotGiven(section20) & trueOrNotGiven(epo);
    truths[29] = (isTrue(attributes[LOOKED_AFTER]) | isTrue(inCare) | isTrue(section20) | lookedAfterNow) & rs; // looked-after-child
    truths[30] = (isTrue(attributes[CARE_LEAVER]) | (ITEM[answers[CARE_LEAVER_ITEM] as number] as number)) & rs; // care-leaver-support
    truths[31] = ageAtLeast(age, 13) & ageUnder(age, 16) & sexual; // sexual-activity-under-16
    truths[32] = ageUnder(age, 16) & some(concerns, open, GROOMING); // grooming-under-16
    truths[33] = some(concerns, open, ASSAULT); // possible-sexual-assault
    truths[34] = some(concerns, open, EXPLOITATION_OFFENCE); // possible-exploitation-offence
    truths[35] = (ITEM[answers[POSITION_OF_TRUST] as number] as number); // possible-position-of-trust-offence
    truths[36] = (ITEM[answers[FAMILIAL] as number] as number); // possible-familial-offence
    truths[37] = some(concerns, open, SIBLINGS); // siblings-and-household
    truths[38] = (ITEM[answers[ABDUCTION] as number] as number); // possible-abduction-offence
    truths[39] = isTrue(context[OPEN_TO_CSC]) & ranked(actionRank >= LOW); // route-open-to-csc
    truths[40] = routeNotOpen(age, actionRank); // route-not-open-to-csc

    // Steps: the final level's, then each fired rule's (an escalation brings its level's steps too).
    let lo = steps.levelLo[final] as number;
    let hi = steps.levelHi[final] as number;
    for (let r = 0; r < R; r++) {
      if (truths[r] !== T) continue;
      lo |= steps.ruleLo[r] as number;
      hi |= steps.ruleHi[r] as number;
      if (r === 16) {
        lo |= steps.levelLo[HIGH] as number;
        hi |= steps.levelHi[HIGH] as number;
      }
    }
    // A protection that raised nothing is listed only for steps that nothing above brings in.
    let kept = listed >> 8;
    if ((listed & UNDER_13_SEXUAL_ACTIVITY) !== 0 && ((steps.under13SexualLo & ~lo) | (steps.under13SexualHi & ~hi)) !== 0) kept |= UNDER_13_SEXUAL_ACTIVITY;
    if ((kept & UNDER_13_SEXUAL_ACTIVITY) !== 0) {
      lo |= steps.under13SexualLo;
      hi |= steps.under13SexualHi;
    }
    // A 16 or 17 year old keeps the steps of rules that fire at 15 only (but for those a statute limits by age).
    if (olderChild) {
      let firedAt15 = false;
      for (const r of AGE_LEVEL_RULES) {
        if (truths15[r] !== T || truths[r] === T) continue;
        firedAt15 = true;
        lo |= steps.ruleLo[r] as number;
        hi |= steps.ruleHi[r] as number;
      }
      if (truths[27] !== T && noticeAt16Or17(15, adultContact) === T) {
        firedAt15 = true;
        lo |= steps.ruleLo[27] as number;
        hi |= steps.ruleHi[27] as number;
      }
      if (truths[40] !== T && routeNotOpen(15, actionRank) === T) {
        firedAt15 = true;
        lo |= steps.ruleLo[40] as number;
        hi |= steps.ruleHi[40] as number;
      }
      if (firedAt15) kept |= OLDER_CHILD;
    }
    if (concernRecorded) {
      lo |= steps.concernLo;
      hi |= steps.concernHi;
    }
    // Unknown is not no: an unknown high item, open items that could raise the level, or a higher earlier level not ruled out.
    const levelOpen = (open & LEVEL_READ) !== 0;
    const openRank = potential > computed ? potential : 0;
    const shownPotential = Math.max(openRank, computed, final);
    const previous = facts.previousRank;
    if ((unknown & HIGH_RS) !== 0 || (openRank > final && levelOpen) || (previous > final && levelOpen && shownPotential >= previous)) {
      lo |= steps.unknownLo;
      hi |= steps.unknownHi;
    }
    if (age >= 0 && (age < scopeFrom || age >= scopeBelow)) {
      lo |= steps.outOfScopeLo;
      hi |= steps.outOfScopeHi;
    }
    // Each step brings the steps it requires, followed through.
    let allLo = lo;
    let allHi = hi;
    for (let k = 0; k < steps.requiring.length; k++) {
      const s = steps.requiring[k] as number;
      if ((s < 32 ? (lo >>> s) & 1 : (hi >>> (s - 32)) & 1) === 0) continue;
      allLo |= steps.requiresLo[s] as number;
      allHi |= steps.requiresHi[s] as number;
    }

    const firedRules: string[] = [];
    for (let r = 0; r < R; r++) if (truths[r] === T) firedRules.push(RULE_IDS[r] as string);
    for (let b = 0; b < PROTECTION_IDS.length; b++) if ((kept & (1 << b)) !== 0) firedRules.push(PROTECTION_IDS[b] as string);
    const stepIds: string[] = [];
    for (let s = 0; s < steps.ids.length; s++) {
      if ((s < 32 ? (allLo >>> s) & 1 : (allHi >>> (s - 32)) & 1) !== 0) stepIds.push(steps.ids[s] as string);
    }
    return { level: levelIds[final] as string, firedRules, steps: stepIds };
  };
}
