import type { RulesetFigures } from '../../schema/caseload-summary.js';
import type { RulesetStamp } from '../../schema/ruleset-stamp.js';
import { AGE_BANDS, type CaseloadRecord } from './caseload-record.js';
import { createIdColumn } from './create-id-column.js';
import { createInterner } from './create-interner.js';
import { createStringIndex, type StringIndex } from './create-string-index.js';
import { figuresOfRuleset, type TalliedChild, type TallyOptions } from './figures-of-ruleset.js';

export type { RulesetDescription, TallyOptions } from './figures-of-ruleset.js';

/** Keeps each child's latest record, so that a child screened twice counts once. */
export interface CaseloadTally {
  /** Adds a result; a later result for the same key replaces the earlier one and records where it moved from. */
  add(record: CaseloadRecord): void;
  /** The level of the child with this key, by their latest result; undefined for a key never added. */
  levelOf(key: string): CaseloadRecord['level'] | undefined;
  /** The case ref of the child's latest result: undefined when it has none (the key is its line), or for a key never added. */
  refOf(key: string): string | undefined;
  /** The figures for each ruleset version, the one with most children first. */
  figures(options: TallyOptions): RulesetFigures[];
}

const IN_SCOPE = 1;
const COMPLETE = 2;
const INFORMATION_GAP = 4;
const BELOW_COMPUTED = 8;
const ABOVE_COMPUTED = 16;
const HAS_REF = 32;

const NO_VALUE = '-';
const keyOfList = (list: readonly string[]): string => JSON.stringify(list);
const keyOfLevel = (level: CaseloadRecord['level']): string => JSON.stringify([level.id, level.label, level.rank, level.colour]);

/**
 * Creates an empty tally. It keeps no object per child: each child is a number (their key kept once, as bytes,
 * in a string index) and, in a column per member (createIdColumn, a byte a child while the numbers fit), the
 * number of their ruleset stamp, level, review date, indicator lists, move, judgement and census factors, each of
 * which is kept once however many children share it (createInterner), their age band and their yes/no facts as bits. Children are numbered in the order first
 * seen, so that the figures count them in that order, as a map of records would. `keys` may be shared with a link
 * finder, as long as the tally is given every key first: the tally's children are all the keys it holds.
 */
export function createCaseloadTally(keys: StringIndex = createStringIndex()): CaseloadTally {
  const stamps = createInterner<RulesetStamp>((stamp) => JSON.stringify([stamp.id, stamp.version, stamp.fingerprint]));
  const levels = createInterner<CaseloadRecord['level']>(keyOfLevel);
  const dates = createInterner<string | undefined>((date) => date ?? NO_VALUE);
  const lists = createInterner<readonly string[]>(keyOfList);
  const moves = createInterner<CaseloadRecord['movedFrom']>((from) => (from === undefined ? NO_VALUE : JSON.stringify([from.id, from.rank, from.sameRuleset])));
  const judgements = createInterner<CaseloadRecord['judgement']>((judgement) => (judgement === undefined ? NO_VALUE : JSON.stringify([judgement.applied, judgement.inPart, judgement.direction, judgement.notAppliedBecause ?? null])));
  const columns = {
    ruleset: createIdColumn(), level: createIdColumn(), reviewBy: createIdColumn(), present: createIdColumn(), possible: createIdColumn(),
    movedFrom: createIdColumn(), judgement: createIdColumn(), suggestedFactors: createIdColumn(), ageBand: createIdColumn(), facts: createIdColumn(),
  };

  const childAt = (child: number): TalliedChild => {
    const facts = columns.facts.at(child);
    return {
      key: keys.textOf(child),
      level: levels.at(columns.level.at(child)),
      ageBand: AGE_BANDS[columns.ageBand.at(child)] as TalliedChild['ageBand'],
      present: lists.at(columns.present.at(child)),
      possible: lists.at(columns.possible.at(child)),
      movedFrom: moves.at(columns.movedFrom.at(child)),
      reviewBy: dates.at(columns.reviewBy.at(child)),
      informationGap: (facts & INFORMATION_GAP) !== 0,
      complete: (facts & COMPLETE) !== 0,
      inScope: (facts & IN_SCOPE) !== 0,
      belowComputed: (facts & BELOW_COMPUTED) !== 0,
      aboveComputed: (facts & ABOVE_COMPUTED) !== 0,
      judgement: judgements.at(columns.judgement.at(child)),
      suggestedFactors: lists.at(columns.suggestedFactors.at(child)),
    };
  };
  function* childrenOf(ruleset: number): Generator<TalliedChild> {
    for (let child = 0; child < keys.size; child++) if (columns.ruleset.at(child) === ruleset) yield childAt(child);
  }

  return {
    add(record) {
      const known = keys.size;
      const child = keys.add(record.key);
      const earlier = child === known ? undefined : levels.at(columns.level.at(child));
      const movedFrom = record.movedFrom ?? (earlier === undefined ? undefined : {
        id: earlier.id,
        rank: earlier.rank,
        sameRuleset: stamps.at(columns.ruleset.at(child)).fingerprint === record.ruleset.fingerprint,
      });
      const rank = record.level.rank;
      const computed = record.computedRank;
      columns.ruleset.set(child, stamps.idOf(record.ruleset));
      columns.level.set(child, levels.idOf(record.level));
      columns.reviewBy.set(child, dates.idOf(record.reviewBy));
      columns.present.set(child, lists.idOf(record.present));
      columns.possible.set(child, lists.idOf(record.possible));
      columns.movedFrom.set(child, moves.idOf(movedFrom));
      columns.judgement.set(child, judgements.idOf(record.judgement));
      columns.suggestedFactors.set(child, lists.idOf(record.suggestedFactors));
      columns.ageBand.set(child, AGE_BANDS.indexOf(record.ageBand));
      columns.facts.set(child, (record.inScope ? IN_SCOPE : 0) | (record.complete ? COMPLETE : 0)
        | (record.potentialRank > rank ? INFORMATION_GAP : 0)
        | (computed !== undefined && rank < computed ? BELOW_COMPUTED : 0)
        | (computed !== undefined && rank > computed ? ABOVE_COMPUTED : 0)
        | (record.ref === undefined ? 0 : HAS_REF));
    },
    levelOf(key) {
      const child = keys.find(key);
      return child < 0 ? undefined : levels.at(columns.level.at(child));
    },
    refOf(key) {
      const child = keys.find(key);
      return child < 0 || (columns.facts.at(child) & HAS_REF) === 0 ? undefined : key;
    },
    figures(options) {
      // Each ruleset version in the order its first child was first seen, then the one with most children first.
      const sizes = new Map<number, number>();
      for (let child = 0; child < keys.size; child++) {
        const ruleset = columns.ruleset.at(child);
        sizes.set(ruleset, (sizes.get(ruleset) ?? 0) + 1);
      }
      return [...sizes]
        .sort(([, a], [, b]) => b - a)
        .map(([ruleset], i) => figuresOfRuleset(stamps.at(ruleset), childrenOf(ruleset), i === 0, options));
    },
  };
}
