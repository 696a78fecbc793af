/**
 * The default ruleset (brighton-hove-cse 1.0.0) written out by hand: the "practical limit" the engine is
 * measured against. No rule condition is read from the JSON; the rules below are TypeScript. Only data is
 * taken from the parsed ruleset once, at creation: indicator positions selected by filter, levels, steps,
 * rule titles, effects and steps, scope ages and meta, and each pathway step as a result lists it. The function takes a screening that has already
 * passed validation (`screener.safeParseScreening`) and builds the same result object the engine builds,
 * field for field and in the same order. Like the engine, it shares ruleset data (levels, effects, step
 * contents, the stamp) between results and creates everything else afresh. `includeFreeText` is not
 * supported: the bench uses the default options.
 */
import type { Because, Issue, LevelRef, PathwayEntry, Result, Ruleset, RulesetStamp, Screening, UndeterminedRule } from '../src/index.js';

type StepOrigin = PathwayEntry['broughtInBy'][number];
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
  'model-boyfriend', 'model-organised-exploitation', 'significant-harm-escalation', 'immediate-danger', 'movement-between-places',
  'missing-episodes', 'online-sexual-abuse', 'sexual-health-needs', 'identified-adult-disruption', 'abduction-notice-consideration',
  'looked-after-child', 'route-open-to-csc', 'route-not-open-to-csc',
] as const;

/** A screening function for the default ruleset, written by hand. */
export type HandWrittenScreen = (screening: Screening) => Result;

/** Builds the hand-written scorer from the parsed default ruleset, its stamp and the engine version to stamp on results. */
export function createHandWrittenScreen(ruleset: Ruleset, stamp: RulesetStamp, engineVersion: string): HandWrittenScreen {
  const ruleIds = ruleset.rules.map((rule) => rule.id);
  if (ruleset.meta.id !== 'brighton-hove-cse' || ruleIds.join() !== RULE_IDS.join() || ruleset.scores.length > 0) {
    throw new Error('bench/hand-written.ts implements brighton-hove-cse as of 1.0.0; the ruleset has changed');
  }
  const kinds = ruleset.rules.map((rule) => rule.effect.kind).join();
  if (kinds !== 'level,level,level,level,level,floor,floor,floor,floor,override,level,level,level,escalate,override,actions,actions,actions,actions,actions,actions,actions,actions,actions') {
    throw new Error('bench/hand-written.ts: the effects of the rules have changed');
  }
  const indicators = ruleset.indicators;
  const N = indicators.length;
  const ids = indicators.map((indicator) => indicator.id);
  if (indicators.some((indicator) => indicator.answer.kind !== 'presence' || !/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(indicator.id) || indicator.id.length > 80)) {
    throw new Error('bench/hand-written.ts assumes presence indicators with plain ids');
  }
  const answerPaths = ids.map((id) => `answers.${id}`);
  const pick = (test: (indicator: Indicator) => boolean): Int32Array =>
    Int32Array.from(indicators.flatMap((indicator, position) => (test(indicator) ? [position] : [])));
  const rs = (indicator: Indicator): boolean => indicator.kind === 'risk' || indicator.kind === 'significant';
  const tagged = (indicator: Indicator, ...tags: string[]): boolean => tags.some((tag) => indicator.tags.includes(tag));
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
  const CONTROL_RS = pick((i) => rs(i) && tagged(i, 'control'));
  const RELATIONSHIP_RS = pick((i) => rs(i) && tagged(i, 'relationship'));
  const GIFTS_RS = pick((i) => rs(i) && tagged(i, 'gifts'));
  const PARTIES_RS = pick((i) => rs(i) && tagged(i, 'parties', 'multiple-perpetrators', 'recruiting'));
  const MOVEMENT_RS = pick((i) => rs(i) && tagged(i, 'movement'));
  const EXCHANGE_RS = pick((i) => rs(i) && tagged(i, 'multiple-perpetrators', 'recruiting', 'exchange'));
  const MOVEMENT = pick((i) => tagged(i, 'movement'));
  const MISSING = pick((i) => tagged(i, 'missing'));
  const ONLINE_SIGNIFICANT = pick((i) => i.kind === 'significant' && tagged(i, 'online'));
  const SEXUAL_HEALTH = pick((i) => tagged(i, 'sexual-health'));
  const LEARNING_DISABILITY = at('learning-disability');
  const DISCLOSURE = at('disclosure-of-exploitation');
  const LOOKED_AFTER = at('looked-after');
  const CARE_LEAVER = at('care-leaver');
  // Rules that list several groups need no de-duplication of because/missing when the groups are disjoint.
  for (const groups of [[OLDER_RS, CONTROL_RS], [RELATIONSHIP_RS, GIFTS_RS, PARTIES_RS], [MOVEMENT_RS, EXCHANGE_RS]]) {
    const all = groups.flatMap((group) => [...group]);
    if (new Set(all).size !== all.length) throw new Error('bench/hand-written.ts assumes disjoint groups');
  }
  if ([LEARNING_DISABILITY, LOOKED_AFTER, CARE_LEAVER].some((position) => RS.includes(position))) {
    throw new Error('bench/hand-written.ts assumes vulnerability items are not risk indicators');
  }

  const levels: LevelRef[] = ruleset.levels.map((level, rank) => ({ id: level.id, label: level.label, rank, colour: level.colour, rag: level.rag }));
  const levelRank = new Map(ruleset.levels.map((level, rank) => [level.id, rank]));
  const reviewAfterDays = ruleset.levels.map((level) => level.reviewAfterDays);
  const steps = ruleset.steps;
  // A result lists each step without its long description (the ruleset holds it).
  const stepEntries: Omit<PathwayEntry, 'broughtInBy'>[] = steps.map(({ description: _description, ...entry }) => entry);
  const stepAt = (id: string): number => steps.findIndex((step) => step.id === id);
  const levelSteps = ruleset.levels.map((level) => level.steps.map(stepAt));
  const concernSteps = ruleset.policy.concernSteps.map(stepAt);
  const outOfScopeSteps = ruleset.scope.outOfScope.steps.map(stepAt);
  const rules = ruleset.rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    effect: rule.effect,
    rank: rule.effect.kind === 'actions' ? 0 : levelRank.get(rule.effect.level) ?? 0,
    steps: rule.steps.map(stepAt),
  }));
  const RANK_LOW = levelRank.get('low') ?? 1;
  const RANK_MEDIUM = levelRank.get('medium') ?? 2;
  const { from: scopeFrom, below: scopeBelow } = ruleset.scope.ages;
  const isDraft = ruleset.meta.status === 'draft';
  const draftMessage = `the ruleset ${ruleset.meta.id} ${ruleset.meta.version} is a draft that has not been signed off for live use`;
  const outOfScopeMessage = `is outside the ages this ruleset is made for (${scopeFrom} to ${scopeBelow - 1}): the result is indicative only; follow the out-of-scope route`;

  return function screen(screening: Screening): Result {
    const answers = screening.answers;
    const state = new Uint8Array(N);
    for (let i = 0; i < N; i++) {
      const answer = answers[ids[i] as string];
      if (answer === undefined) continue;
      const value = typeof answer === 'object' ? answer.value : answer;
      state[i] = value === 'no' ? NO : value === 'yes' ? YES : value === 'possible' ? POSSIBLE : UNKNOWN;
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
    const answerTruth = (position: number, yesOnly: boolean): Truth => {
      const s = state[position];
      return s === YES || (s === POSSIBLE && !yesOnly) ? T : s === UNANSWERED || s === UNKNOWN ? U : F;
    };
    const fact = (value: boolean | undefined, is: boolean): Truth => (value === undefined ? U : value === is ? T : F);
    const under13: Truth = age === undefined ? U : age < 13 ? T : F;

    const lowRs = tally(LOW_RS, false);
    const mediumRs = tally(MEDIUM_RS, false);
    const anyRs = one(RS);
    const olderRs = one(OLDER_RS);
    const truths: Truth[] = new Array<Truth>(24).fill(F);
    truths[0] = atLeast(lowRs, 1);
    truths[1] = atLeast(mediumRs, 1);
    truths[2] = one(HIGH_RS);
    truths[3] = atLeast(lowRs, 5);
    truths[4] = atLeast(mediumRs, 3);
    truths[5] = atLeast(tally(SIGNIFICANT, true), 1);
    truths[6] = and(under13, anyRs);
    truths[7] = and(under13, one(SEXUAL_RS));
    truths[8] = and(or(fact(attributes.learningDisability, true), answerTruth(LEARNING_DISABILITY, false)), anyRs);
    truths[9] = answerTruth(DISCLOSURE, true);
    truths[10] = and(olderRs, one(CONTROL_RS));
    truths[11] = and(and(one(RELATIONSHIP_RS), one(GIFTS_RS)), one(PARTIES_RS));
    truths[12] = and(one(MOVEMENT_RS), one(EXCHANGE_RS));
    truths[14] = fact(context.immediateDanger, true);

    // Rules 0-4 and 10-12 set a level; 5-9 are floors and 14 an override, which also bind a judgement.
    let computedRank = 0;
    let bindingRank = 0;
    let potentialRank = 0;
    for (let r = 0; r <= 14; r++) {
      if (r === 13) continue;
      const rank = (rules[r] as (typeof rules)[number]).rank;
      if (truths[r] === T) {
        if (rank > computedRank) computedRank = rank;
        if (((r >= 5 && r <= 9) || r === 14) && rank > bindingRank) bindingRank = rank;
      } else if (truths[r] === U && rank > potentialRank) potentialRank = rank;
    }
    // What is still unknown matters only where it could take the level above what the rules already give.
    const openRank = potentialRank > computedRank ? potentialRank : 0;

    // The practitioner's judgement: raise freely, lower down to the binding floor.
    const judgement = screening.judgement;
    let finalRank = computedRank;
    let judgementOutcome: Result['judgement'];
    let judgementWarning: Issue | undefined;
    if (judgement !== undefined) {
      const judgedRank = levelRank.get(judgement.level) ?? computedRank;
      const applied = judgedRank >= bindingRank;
      finalRank = applied ? judgedRank : bindingRank;
      judgementOutcome = {
        level: levels[judgedRank] as LevelRef,
        applied,
        direction: judgedRank > computedRank ? 'raised' : judgedRank < computedRank ? 'lowered' : 'same',
      };
      if (!applied) {
        judgementWarning = {
          code: 'judgement_below_floor', path: ['judgement', 'level'],
          message: `is below the floor set by the rules (${(levels[bindingRank] as LevelRef).label}); the level stays at the floor and the judgement is recorded as not applied`,
        };
      }
    }

    const atMostMedium: Truth = finalRank <= RANK_MEDIUM ? T : F;
    const atLeastLow: Truth = finalRank >= RANK_LOW ? T : F;
    const atLeastMedium: Truth = finalRank >= RANK_MEDIUM ? T : F;
    const harm = fact(context.significantHarmSuspected, true);
    const open = context.openToChildrensSocialCare;
    truths[13] = and(harm, atMostMedium);
    truths[15] = one(MOVEMENT);
    truths[16] = one(MISSING);
    truths[17] = one(ONLINE_SIGNIFICANT);
    truths[18] = one(SEXUAL_HEALTH);
    truths[19] = olderRs;
    truths[20] = and(or(age === undefined ? U : age <= 16 ? T : F, fact(attributes.lookedAfter, true)), olderRs);
    truths[21] = and(or(or(fact(attributes.lookedAfter, true), fact(attributes.careLeaver, true)),
      or(answerTruth(LOOKED_AFTER, false), answerTruth(CARE_LEAVER, false))), anyRs);
    truths[22] = and(fact(open, true), atLeastLow);
    truths[23] = and(and(age === undefined || age < 18 ? T : F, open === undefined || !open ? T : F), or(atLeastMedium, harm));

    const present: string[] = [];
    const possible: string[] = [];
    const unknown: string[] = [];
    const unanswered: string[] = [];
    for (let i = 0; i < N; i++) {
      const s = state[i];
      if (s === UNANSWERED) unanswered.push(ids[i] as string);
      else if (s === UNKNOWN) unknown.push(ids[i] as string);
      else if (s === YES) present.push(ids[i] as string);
      else if (s === POSSIBLE) possible.push(ids[i] as string);
    }
    const inScope = age === undefined || (age >= scopeFrom && age < scopeBelow);
    const finalLevel = levels[finalRank] as LevelRef;

    // Pathway: what each origin brings in, in the order the engine adds them; listed in the ruleset's order of steps.
    const origins: (StepOrigin[] | undefined)[] = new Array<StepOrigin[] | undefined>(steps.length);
    const bring = (positions: readonly number[], origin: StepOrigin): void => {
      for (const position of positions) {
        const known = origins[position];
        if (known === undefined) origins[position] = [origin];
        else if (!known.some((entry) => entry.kind === origin.kind && entry.id === origin.id)) known.push(origin);
      }
    };
    if (present.length > 0 || possible.length > 0) bring(concernSteps, { kind: 'concern', id: 'policy.concernSteps' });
    bring(levelSteps[finalRank] ?? [], { kind: 'level', id: finalLevel.id });
    for (let r = 0; r < 24; r++) {
      const rule = rules[r] as (typeof rules)[number];
      if (truths[r] === T) {
        if (r === 13) bring(levelSteps[rule.rank] ?? [], { kind: 'rule', id: rule.id }); // the escalate rule brings in its level's steps
        bring(rule.steps, { kind: 'rule', id: rule.id });
      }
    }
    if (!inScope) bring(outOfScopeSteps, { kind: 'scope', id: 'scope.outOfScope' });
    const pathway: PathwayEntry[] = [];
    for (let s = 0; s < steps.length; s++) {
      const broughtInBy = origins[s];
      if (broughtInBy !== undefined) pathway.push({ ...(stepEntries[s] as Omit<PathwayEntry, 'broughtInBy'>), broughtInBy });
    }

    // Why each fired rule fired: the answers and facts it rests on, in the order its condition names them.
    const answerBecause = (out: Because[], position: number): void => {
      const id = ids[position] as string;
      const answer = answers[id];
      if (answer === undefined) return;
      if (typeof answer !== 'object' || answer.window === undefined) {
        out.push({ kind: 'answer', indicator: id, answer: typeof answer === 'object' ? answer.value : answer });
      } else {
        const window = answer.window;
        out.push({ kind: 'answer', indicator: id, answer: answer.value, windows: typeof window === 'string' ? [window] : [...new Set(window)] });
      }
    };
    const presentIn = (out: Because[], group: Int32Array, yesOnly: boolean): void => {
      for (let k = 0; k < group.length; k++) {
        const s = state[group[k] as number];
        if (s === YES || (s === POSSIBLE && !yesOnly)) answerBecause(out, group[k] as number);
      }
    };
    const ageBecause = (out: Because[]): void => {
      if (age !== undefined) out.push({ kind: 'age', years: age });
    };
    const attributeBecause = (out: Because[], attribute: 'learningDisability' | 'lookedAfter' | 'careLeaver'): void => {
      out.push({ kind: 'attribute', attribute, value: attributes[attribute] ?? null });
    };
    const contextBecause = (out: Because[], name: 'openToChildrensSocialCare' | 'significantHarmSuspected' | 'immediateDanger'): void => {
      out.push({ kind: 'context', fact: name, value: context[name] ?? null });
    };
    const because = (r: number): Because[] => {
      const out: Because[] = [];
      switch (r) {
        case 0: case 3: presentIn(out, LOW_RS, false); break;
        case 1: case 4: presentIn(out, MEDIUM_RS, false); break;
        case 2: presentIn(out, HIGH_RS, false); break;
        case 5: presentIn(out, SIGNIFICANT, true); break;
        case 6: ageBecause(out); presentIn(out, RS, false); break;
        case 7: ageBecause(out); presentIn(out, SEXUAL_RS, false); break;
        case 8:
          if (attributes.learningDisability === true) attributeBecause(out, 'learningDisability');
          if (answerTruth(LEARNING_DISABILITY, false) === T) answerBecause(out, LEARNING_DISABILITY);
          presentIn(out, RS, false);
          break;
        case 9: answerBecause(out, DISCLOSURE); break;
        case 10: presentIn(out, OLDER_RS, false); presentIn(out, CONTROL_RS, false); break;
        case 11: presentIn(out, RELATIONSHIP_RS, false); presentIn(out, GIFTS_RS, false); presentIn(out, PARTIES_RS, false); break;
        case 12: presentIn(out, MOVEMENT_RS, false); presentIn(out, EXCHANGE_RS, false); break;
        case 13: contextBecause(out, 'significantHarmSuspected'); out.push({ kind: 'level', level: finalLevel.id }); break;
        case 14: contextBecause(out, 'immediateDanger'); break;
        case 15: presentIn(out, MOVEMENT, false); break;
        case 16: presentIn(out, MISSING, false); break;
        case 17: presentIn(out, ONLINE_SIGNIFICANT, false); break;
        case 18: presentIn(out, SEXUAL_HEALTH, false); break;
        case 19: presentIn(out, OLDER_RS, false); break;
        case 20:
          if (age !== undefined && age <= 16) ageBecause(out);
          if (attributes.lookedAfter === true) attributeBecause(out, 'lookedAfter');
          presentIn(out, OLDER_RS, false);
          break;
        case 21:
          if (attributes.lookedAfter === true) attributeBecause(out, 'lookedAfter');
          if (attributes.careLeaver === true) attributeBecause(out, 'careLeaver');
          if (answerTruth(LOOKED_AFTER, false) === T) answerBecause(out, LOOKED_AFTER);
          if (answerTruth(CARE_LEAVER, false) === T) answerBecause(out, CARE_LEAVER);
          presentIn(out, RS, false);
          break;
        case 22: contextBecause(out, 'openToChildrensSocialCare'); out.push({ kind: 'level', level: finalLevel.id }); break;
        case 23:
          ageBecause(out);
          contextBecause(out, 'openToChildrensSocialCare');
          if (atLeastMedium === T) out.push({ kind: 'level', level: finalLevel.id });
          if (harm === T) contextBecause(out, 'significantHarmSuspected');
          break;
        default: break;
      }
      return out;
    };

    // What each undetermined rule waits on: paths into the screening, in the order its condition names them.
    const openIn = (out: string[], group: Int32Array): void => {
      for (let k = 0; k < group.length; k++) {
        const s = state[group[k] as number];
        if (s === UNANSWERED || s === UNKNOWN) out.push(answerPaths[group[k] as number] as string);
      }
    };
    const openIf = (out: string[], truth: Truth, path: string): void => {
      if (truth === U) out.push(path);
    };
    const openGroupIf = (out: string[], group: Int32Array, truth: Truth): void => {
      if (truth === U) openIn(out, group);
    };
    const missing = (r: number): string[] => {
      const out: string[] = [];
      switch (r) {
        case 0: case 3: openIn(out, LOW_RS); break;
        case 1: case 4: openIn(out, MEDIUM_RS); break;
        case 2: openIn(out, HIGH_RS); break;
        case 5: openIn(out, SIGNIFICANT); break;
        case 6: openIf(out, under13, 'subject.ageYears'); openGroupIf(out, RS, anyRs); break;
        case 7: openIf(out, under13, 'subject.ageYears'); openGroupIf(out, SEXUAL_RS, one(SEXUAL_RS)); break;
        case 8: {
          const either = or(fact(attributes.learningDisability, true), answerTruth(LEARNING_DISABILITY, false));
          if (either === U) {
            openIf(out, fact(attributes.learningDisability, true), 'subject.attributes.learningDisability');
            openIf(out, answerTruth(LEARNING_DISABILITY, false), answerPaths[LEARNING_DISABILITY] as string);
          }
          openGroupIf(out, RS, anyRs);
          break;
        }
        case 9: out.push(answerPaths[DISCLOSURE] as string); break;
        case 10: openGroupIf(out, OLDER_RS, olderRs); openGroupIf(out, CONTROL_RS, one(CONTROL_RS)); break;
        case 11:
          openGroupIf(out, RELATIONSHIP_RS, one(RELATIONSHIP_RS));
          openGroupIf(out, GIFTS_RS, one(GIFTS_RS));
          openGroupIf(out, PARTIES_RS, one(PARTIES_RS));
          break;
        case 12: openGroupIf(out, MOVEMENT_RS, one(MOVEMENT_RS)); openGroupIf(out, EXCHANGE_RS, one(EXCHANGE_RS)); break;
        case 13: out.push('context.significantHarmSuspected'); break;
        case 14: out.push('context.immediateDanger'); break;
        case 15: openIn(out, MOVEMENT); break;
        case 16: openIn(out, MISSING); break;
        case 17: openIn(out, ONLINE_SIGNIFICANT); break;
        case 18: openIn(out, SEXUAL_HEALTH); break;
        case 19: openIn(out, OLDER_RS); break;
        case 20: {
          const young: Truth = age === undefined ? U : age <= 16 ? T : F;
          const lookedAfter = fact(attributes.lookedAfter, true);
          if (or(young, lookedAfter) === U) {
            openIf(out, young, 'subject.ageYears');
            openIf(out, lookedAfter, 'subject.attributes.lookedAfter');
          }
          openGroupIf(out, OLDER_RS, olderRs);
          break;
        }
        case 21: {
          const lookedAfter = fact(attributes.lookedAfter, true);
          const careLeaver = fact(attributes.careLeaver, true);
          const item = answerTruth(LOOKED_AFTER, false);
          const leaverItem = answerTruth(CARE_LEAVER, false);
          if (or(or(lookedAfter, careLeaver), or(item, leaverItem)) === U) {
            openIf(out, lookedAfter, 'subject.attributes.lookedAfter');
            openIf(out, careLeaver, 'subject.attributes.careLeaver');
            openIf(out, item, answerPaths[LOOKED_AFTER] as string);
            openIf(out, leaverItem, answerPaths[CARE_LEAVER] as string);
          }
          openGroupIf(out, RS, anyRs);
          break;
        }
        case 22: out.push('context.openToChildrensSocialCare'); break;
        case 23: out.push('context.significantHarmSuspected'); break;
        default: break;
      }
      return out;
    };

    const firedRules: Result['firedRules'] = [];
    const undeterminedRules: UndeterminedRule[] = [];
    for (let r = 0; r < 24; r++) {
      const rule = rules[r] as (typeof rules)[number];
      const truth = truths[r];
      if (truth === T) firedRules.push({ id: rule.id, title: rule.title, effect: rule.effect, because: because(r) });
    }
    for (let r = 0; r < 24; r++) {
      const rule = rules[r] as (typeof rules)[number];
      if (truths[r] !== U) continue;
      // An undetermined rule is listed when it could still change something: actions and escalate rules always,
      // a level rule only if it would raise the level, a floor or override only if it would raise the level or the floor.
      const decidesLevel = r <= 12 || r === 14;
      const isLevelRule = r <= 4 || (r >= 10 && r <= 12);
      if (decidesLevel && !(rule.rank > computedRank || (!isLevelRule && rule.rank > bindingRank))) continue;
      undeterminedRules.push({ id: rule.id, title: rule.title, effect: rule.effect, missing: missing(r) });
    }

    const complete = unanswered.length === 0 && unknown.length === 0;
    const potentialLevel = levels[openRank > finalRank ? openRank : finalRank] as LevelRef;
    const result = {} as Result;
    result.format = 'cse-screening/result@1';
    result.engine = { name: 'cse-screening', version: engineVersion };
    result.ruleset = stamp;
    if (screening.ref !== undefined) result.ref = screening.ref;
    result.inScope = inScope;
    result.complete = complete;
    result.computedLevel = levels[computedRank] as LevelRef;
    result.level = finalLevel;
    result.potentialLevel = potentialLevel;
    if (judgementOutcome !== undefined) result.judgement = judgementOutcome;
    result.firedRules = firedRules;
    result.undeterminedRules = undeterminedRules;
    result.scores = [];
    result.pathway = pathway;
    result.present = present;
    result.possible = possible;
    result.unknown = unknown;
    result.unanswered = unanswered;
    result.completeness = { answered: N - unanswered.length - unknown.length, total: N };
    const review = reviewAfterDays[finalRank];
    if (screening.assessedOn !== undefined && review !== undefined) result.reviewBy = addDays(screening.assessedOn, review);
    const previous = screening.previous;
    if (previous !== undefined) {
      const before = previous.level.rank;
      result.trend = {
        direction: finalRank > before ? 'raised' : finalRank < before ? 'lowered' : 'unchanged',
        from: { id: previous.level.id, rank: before },
        to: { id: finalLevel.id, rank: finalRank },
        sameRuleset: previous.ruleset.fingerprint === stamp.fingerprint,
        scores: [],
      };
    }

    const warnings: Issue[] = [];
    if (isDraft) warnings.push({ code: 'draft_ruleset', path: [], message: draftMessage });
    if (age === undefined) {
      warnings.push({ code: 'age_unknown', path: ['subject', 'ageYears'], message: 'is not given: rules that depend on age could not be decided' });
    } else if (!inScope) {
      warnings.push({ code: 'age_out_of_scope', path: ['subject', ageYears === undefined ? 'dateOfBirth' : 'ageYears'], message: outOfScopeMessage });
    }
    if (!complete || undeterminedRules.length > 0) {
      const higher = potentialLevel.rank > finalLevel.rank ? `; the level could be as high as ${potentialLevel.label} once they are known` : '';
      warnings.push({
        code: 'incomplete', path: ['answers'],
        message: `${unanswered.length} indicator(s) unanswered, ${unknown.length} answered unknown and ${undeterminedRules.length} rule(s) undecided for want of an answer, window or fact; none was read as no${higher}`,
      });
    }
    if (judgementWarning !== undefined) warnings.push(judgementWarning);
    if (previous !== undefined && previous.ruleset.id !== stamp.id) {
      warnings.push({ code: 'previous_from_other_ruleset', path: ['previous', 'ruleset', 'id'], message: 'names another ruleset: the trend compares level ranks only' });
    }
    result.warnings = warnings;
    return result;
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

function addDays(date: string, days: number): string {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days)).toISOString().slice(0, 10);
}
