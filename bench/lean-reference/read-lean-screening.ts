/**
 * A screening validated by hand, as a library must validate what a caller sends, and read into flat facts
 * that are reused from one screening to the next. It accepts what `screener.safeParseScreening` accepts
 * (the screening schema of src/schema, then the ruleset's ids, scales, windows, facts, levels and dates),
 * reading each member once, and throws {@link RefusedScreening} for anything else. A few inputs the library
 * may accept are refused as unsupported rather than guessed at (see RefusedScreening).
 */
import type { Ruleset, RulesetStamp } from '../../src/index.js';
import { RefusedScreening } from './refused-screening.js';
import { hasCodePointsBetween, hasVisibleCharacter, isAssociationRef, isFingerprint, isId, isIsoDate, yearsBetween } from './text-checks.js';

/** Answers by indicator position. */
export const UNANSWERED = 0;
export const YES = 1;
export const NO = 2;
export const POSSIBLE = 3;
export const UNKNOWN = 4;

/** What the decision reads from a screening; one object, filled afresh for each screening. */
export interface LeanFacts {
  /** By indicator position: UNANSWERED, YES, NO, POSSIBLE or UNKNOWN. */
  readonly answers: Uint8Array;
  /** By subject attribute, in the ruleset's order: -1 not given, 0 false, 1 true. */
  readonly attributes: Int8Array;
  /** By context fact, in the ruleset's order: -1 not given, 0 false, 1 true. */
  readonly context: Int8Array;
  /** Age in whole years (given, or from the date of birth on the assessment date); negative when not known. */
  age: number;
  /** The rank of the judged level; -1 without a judgement. */
  judgedRank: number;
  judgementBy: string | undefined;
  agreedRole: string | undefined;
  agreedName: string | undefined;
  /** The rank of an earlier result from this very ruleset that names its level consistently; -1 otherwise. */
  previousRank: number;
}

/** Reads a screening into `facts`, or throws RefusedScreening. */
export type ReadLeanScreening = (input: unknown, facts: LeanFacts) => void;

/** The most extra values an earlier result may carry here, and how deep. */
const EXTRA_VALUES = 100_000;
const EXTRA_DEPTH = 32;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];
const ASSOCIATION_KINDS = ['person', 'vehicle', 'place', 'phone', 'online-account'];
const ASSOCIATION_ROLES = ['suspected-exploiter', 'associate', 'young-person', 'location', 'transport', 'contact'];

const hasOwn = Object.prototype.hasOwnProperty;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indexIn(list: readonly string[], value: unknown): number {
  for (let k = 0; k < list.length; k++) if (list[k] === value) return k;
  return -1;
}

function refuse(where: string): never {
  throw new RefusedScreening('invalid', where);
}

function unsupported(where: string): never {
  throw new RefusedScreening('unsupported', where);
}

/** Empty facts for the ruleset, to be filled by the reader. */
export function createLeanFacts(ruleset: Ruleset): LeanFacts {
  return {
    answers: new Uint8Array(ruleset.indicators.length), attributes: new Int8Array(ruleset.attributes.length), context: new Int8Array(ruleset.contextFacts.length),
    age: -1, judgedRank: -1, judgementBy: undefined, agreedRole: undefined, agreedName: undefined, previousRank: -1,
  };
}

/** Builds the reader for a ruleset of presence indicators only (each answered yes, no, possible or unknown). */
export function createLeanReader(ruleset: Ruleset, stamp: RulesetStamp): ReadLeanScreening {
  // By indicator id (a dictionary without a prototype: no id can reach an inherited member).
  const positions: Record<string, number | undefined> = Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(ruleset.indicators.map((indicator, position) => [indicator.id, position])));
  const windowIds = ruleset.windows.map((window) => window.id);
  if (windowIds.length > 31) throw new Error('the lean reader takes at most 31 time windows');
  const allowedWindows = Int32Array.from(ruleset.indicators, (indicator) => {
    if (indicator.answer.kind !== 'presence') throw new Error('the lean reader takes presence indicators only');
    return indicator.answer.windows.reduce((mask, id) => (windowIds.includes(id) ? mask | (1 << windowIds.indexOf(id)) : mask), 0);
  });
  const attributeIds = ruleset.attributes.map((fact) => fact.id);
  const contextIds = ruleset.contextFacts.map((fact) => fact.id);
  const levelIds = ruleset.levels.map((level) => level.id);
  let extraValues = 0;

  // Strings are told apart by length first: one comparison of characters at most (the codes' lengths differ, as do 1.2.0's windows').
  const codeOf = (value: unknown): number => {
    if (typeof value === 'string') {
      switch (value.length) {
        case 3: if (value === 'yes') return YES; break;
        case 2: if (value === 'no') return NO; break;
        case 8: if (value === 'possible') return POSSIBLE; break;
        case 7: if (value === 'unknown') return UNKNOWN; break;
        default: break;
      }
    }
    return refuse('answers: not in the scale');
  };
  /** By length: the one window of that length, -2 where several share it, -1 where none has it. */
  const windowOfLength = new Int8Array(81).fill(-1);
  windowIds.forEach((id, k) => { if (id.length <= 80) windowOfLength[id.length] = windowOfLength[id.length] === -1 ? k : -2; });
  const windowAllowed = (allowed: number, window: unknown): boolean => {
    if (typeof window !== 'string') return false;
    const byLength = window.length <= 80 ? windowOfLength[window.length] as number : -1;
    const k = byLength === -2 ? indexIn(windowIds, window) : byLength >= 0 && windowIds[byLength] === window ? byLength : -1;
    return k >= 0 && (allowed & (1 << k)) !== 0;
  };

  const readDetail = (detail: unknown, position: number): number => {
    if (!isObject(detail)) refuse('answers: not in the scale');
    let code = UNANSWERED;
    for (const key in detail) {
      if (!hasOwn.call(detail, key)) continue;
      const value = detail[key];
      if (value === undefined) unsupported('answers: a member given as undefined');
      if (key === 'value') code = codeOf(value);
      else if (key === 'window') {
        const allowed = allowedWindows[position] as number;
        if (typeof value === 'string') {
          if (!windowAllowed(allowed, value)) refuse('answers: window not allowed');
        } else {
          if (!Array.isArray(value) || value.length < 1 || value.length > 20) refuse('answers: windows');
          for (let w = 0; w < value.length; w++) if (!windowAllowed(allowed, value[w])) refuse('answers: window not allowed');
        }
      } else if (key === 'evidence') {
        if (typeof value !== 'string' || !hasCodePointsBetween(value, 0, 20_000)) refuse('answers: evidence');
      } else if (key === 'basis') {
        if (value !== 'evidence' && value !== 'professional-concern') refuse('answers: basis');
      } else refuse('answers: unknown member of an answer');
    }
    return code === UNANSWERED ? refuse('answers: answer without a value') : code;
  };

  const readAnswers = (answers: unknown, into: Uint8Array): void => {
    if (!isObject(answers)) refuse('answers');
    for (const id in answers) {
      const position = positions[id];
      if (!hasOwn.call(answers, id)) continue;
      if (position === undefined) refuse('answers: unknown indicator');
      const answer = answers[id];
      into[position] = typeof answer === 'string' ? codeOf(answer) : readDetail(answer, position);
    }
  };

  const readBooleans = (given: unknown, ids: readonly string[], into: Int8Array, where: string): void => {
    if (!isObject(given)) refuse(where);
    for (const key in given) {
      if (!hasOwn.call(given, key)) continue;
      const k = indexIn(ids, key);
      const value = given[key];
      if (k < 0) refuse(`${where}: unknown fact`);
      if (typeof value !== 'boolean') refuse(`${where}: not a boolean`);
      into[k] = value ? 1 : 0;
    }
  };

  const readSubject = (subject: unknown, assessedOn: string | undefined, facts: LeanFacts): void => {
    if (!isObject(subject)) refuse('subject');
    let ageYears = -1;
    let dateOfBirth: string | undefined;
    for (const key in subject) {
      if (!hasOwn.call(subject, key)) continue;
      const value = subject[key];
      if (value === undefined) unsupported('subject: a member given as undefined');
      if (key === 'ageYears') {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > 30) refuse('subject.ageYears');
        ageYears = value;
      } else if (key === 'dateOfBirth') {
        if (typeof value !== 'string' || !isIsoDate(value)) refuse('subject.dateOfBirth');
        dateOfBirth = value;
      } else if (key === 'attributes') readBooleans(value, attributeIds, facts.attributes, 'subject.attributes');
      else refuse('subject: unknown member');
    }
    facts.age = ageYears;
    if (dateOfBirth === undefined) return;
    if (assessedOn === undefined) refuse('assessedOn: needed with a date of birth');
    if (dateOfBirth > assessedOn) refuse('subject.dateOfBirth: after the assessment');
    const years = yearsBetween(dateOfBirth, assessedOn);
    if (ageYears >= 0 && ageYears !== years) refuse('subject.ageYears: does not agree with the date of birth');
    facts.age = years;
  };

  const checkRulesetNamed = (named: unknown): void => {
    if (!isObject(named)) refuse('ruleset');
    let id = false;
    for (const key in named) {
      if (!hasOwn.call(named, key)) continue;
      const value = named[key];
      if (key === 'id') {
        if (value !== stamp.id) refuse('ruleset.id');
        id = true;
      } else if (key === 'version') {
        if (value !== stamp.version) refuse('ruleset.version');
      } else refuse('ruleset: unknown member');
    }
    if (!id) refuse('ruleset.id');
  };

  const isText = (value: unknown, min: number, max: number): boolean => typeof value === 'string' && hasCodePointsBetween(value, min, max);

  const readJudgement = (judgement: unknown, facts: LeanFacts): void => {
    if (!isObject(judgement)) refuse('judgement');
    let rationale = false;
    for (const key in judgement) {
      if (!hasOwn.call(judgement, key)) continue;
      const value = judgement[key];
      if (key === 'level') {
        facts.judgedRank = indexIn(levelIds, value);
        if (facts.judgedRank < 0) refuse('judgement.level');
      } else if (key === 'rationale') {
        if (typeof value !== 'string' || !hasCodePointsBetween(value, 0, 20_000) || !hasVisibleCharacter(value)) refuse('judgement.rationale');
        rationale = true;
      } else if (key === 'by') {
        if (!isText(value, 1, 200)) refuse('judgement.by');
        facts.judgementBy = value as string;
      } else if (key === 'agreedBy') {
        if (!isObject(value)) refuse('judgement.agreedBy');
        for (const inner in value) {
          if (!hasOwn.call(value, inner)) continue;
          const given = value[inner];
          if (inner === 'role') {
            if (typeof given !== 'string' || !isId(given)) refuse('judgement.agreedBy.role');
            facts.agreedRole = given;
          } else if (inner === 'name') {
            if (!isText(given, 1, 200)) refuse('judgement.agreedBy.name');
            facts.agreedName = given as string;
          } else refuse('judgement.agreedBy: unknown member');
        }
        if (facts.agreedRole === undefined) refuse('judgement.agreedBy.role');
      } else refuse('judgement: unknown member');
    }
    if (facts.judgedRank < 0 || !rationale) refuse('judgement: level and rationale');
  };

  /** Plain JSON data (what a loose object may carry beside its own members), within the reader's limits. */
  const checkExtra = (value: unknown, depth: number): void => {
    if (++extraValues > EXTRA_VALUES || depth > EXTRA_DEPTH) unsupported('previous: extra members too large or deep');
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) unsupported('previous: a number JSON cannot hold');
      return;
    }
    if (typeof value !== 'object') unsupported('previous: a value JSON cannot hold');
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) checkExtra(value[i], depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) if (hasOwn.call(record, key)) checkExtraMember(record, key, depth + 1);
  };
  const checkExtraMember = (record: Record<string, unknown>, key: string, depth: number): void => {
    if (FORBIDDEN_KEYS.includes(key)) refuse('previous: a reserved key');
    const value = record[key];
    if (value === undefined) unsupported('previous: a member given as undefined');
    checkExtra(value, depth);
  };

  const isSafeInteger = (value: unknown, min: number): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

  /** An earlier result's level: a level object (id, rank and anything else) or an id. Returns the rank it gives, if it is this ruleset's level as ranked here. */
  const readPreviousLevel = (level: unknown): number => {
    if (typeof level === 'string') {
      if (!isId(level)) refuse('previous.level');
      return indexIn(levelIds, level);
    }
    if (!isObject(level)) refuse('previous.level');
    let id: unknown;
    let rank = -1;
    for (const key in level) {
      if (!hasOwn.call(level, key)) continue;
      if (key === 'id') id = level[key];
      else if (key === 'rank') {
        const value = level[key];
        if (!isSafeInteger(value, 0)) refuse('previous.level.rank');
        rank = value as number;
      } else checkExtraMember(level, key, 2);
    }
    if (typeof id !== 'string' || !isId(id) || rank < 0) refuse('previous.level');
    return indexIn(levelIds, id) === rank ? rank : -1;
  };

  const readPrevious = (previous: unknown, facts: LeanFacts): void => {
    if (!isObject(previous)) refuse('previous');
    let sameRuleset: boolean | undefined;
    let rank: number | undefined;
    for (const key in previous) {
      if (!hasOwn.call(previous, key)) continue;
      const value = previous[key];
      if (key === 'ruleset') {
        if (!isObject(value)) refuse('previous.ruleset');
        let seen = 0;
        for (const inner in value) {
          if (!hasOwn.call(value, inner)) continue;
          const given = value[inner];
          if (inner === 'id' && typeof given === 'string' && isId(given)) seen |= 1;
          else if (inner === 'version' && typeof given === 'string') seen |= 2;
          else if (inner === 'fingerprint' && typeof given === 'string' && isFingerprint(given)) {
            seen |= 4;
            sameRuleset = given === stamp.fingerprint;
          } else refuse('previous.ruleset');
        }
        if (seen !== 7) refuse('previous.ruleset');
      } else if (key === 'level') rank = readPreviousLevel(value);
      else if (key === 'scores') {
        if (!Array.isArray(value)) refuse('previous.scores');
        if (value.length > 10_000) unsupported('previous.scores: too many');
        for (let i = 0; i < value.length; i++) {
          const score: unknown = value[i];
          if (!isObject(score)) refuse('previous.scores');
          let seen = 0;
          for (const inner in score) {
            if (!hasOwn.call(score, inner)) continue;
            const given = score[inner];
            if (inner === 'id') seen |= typeof given === 'string' && isId(given) ? 1 : refuse('previous.scores.id');
            else if (inner === 'value') seen |= isSafeInteger(given, Number.MIN_SAFE_INTEGER) ? 2 : refuse('previous.scores.value');
            else checkExtraMember(score, inner, 3);
          }
          if (seen !== 3) refuse('previous.scores');
        }
      } else checkExtraMember(previous, key, 1);
    }
    if (sameRuleset === undefined || rank === undefined) refuse('previous: ruleset and level');
    facts.previousRank = sameRuleset ? rank : -1;
  };

  const checkAssociations = (associations: unknown): void => {
    if (!Array.isArray(associations) || associations.length > 200) refuse('associations');
    for (let i = 0; i < associations.length; i++) {
      const association: unknown = associations[i];
      if (!isObject(association)) refuse('associations');
      let seen = 0;
      for (const key in association) {
        if (!hasOwn.call(association, key)) continue;
        const value = association[key];
        if (key === 'kind' && indexIn(ASSOCIATION_KINDS, value) >= 0) seen |= 1;
        else if (key === 'ref' && typeof value === 'string' && isAssociationRef(value)) seen |= 2;
        else if (key !== 'role' || indexIn(ASSOCIATION_ROLES, value) < 0) refuse('associations');
      }
      if (seen !== 3) refuse('associations');
    }
  };

  const readScreening = (input: unknown, facts: LeanFacts): void => {
    if (!isObject(input)) refuse('screening');
    facts.answers.fill(UNANSWERED);
    facts.attributes.fill(-1);
    facts.context.fill(-1);
    facts.age = -1;
    facts.judgedRank = -1;
    facts.judgementBy = undefined;
    facts.agreedRole = undefined;
    facts.agreedName = undefined;
    facts.previousRank = -1;
    extraValues = 0;
    let subject: unknown;
    let answered = false;
    let assessedOn: string | undefined;
    for (const key in input) {
      if (!hasOwn.call(input, key)) continue;
      const value = input[key];
      if (value === undefined) unsupported('screening: a member given as undefined');
      switch (key) {
        case 'answers': readAnswers(value, facts.answers); answered = true; break;
        case 'subject': subject = value; break;
        case 'context': readBooleans(value, contextIds, facts.context, 'context'); break;
        case 'assessedOn':
          if (typeof value !== 'string' || !isIsoDate(value)) refuse('assessedOn');
          assessedOn = value;
          break;
        case 'ref': if (!isText(value, 1, 200)) refuse('ref'); break;
        case '$schema': if (typeof value !== 'string') refuse('$schema'); break;
        case 'ruleset': checkRulesetNamed(value); break;
        case 'judgement': readJudgement(value, facts); break;
        case 'previous': readPrevious(value, facts); break;
        case 'associations': checkAssociations(value); break;
        default: refuse('screening: unknown member');
      }
    }
    if (!answered) refuse('answers');
    if (subject === undefined) refuse('subject');
    readSubject(subject, assessedOn, facts);
  };

  return function readLeanScreening(input: unknown, facts: LeanFacts): void {
    try {
      readScreening(input, facts);
    } catch (error) {
      if (error instanceof RefusedScreening) throw error;
      // A getter or proxy threw: what it threw is never looked at, as it could carry the input's values.
      throw new RefusedScreening('invalid', 'could not be read: a getter or proxy threw');
    }
  };
}
