import { classTruths } from './answer-classes.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { matchAnswer } from './match-answer.js';
import { TRUE, UNKNOWN, type Truth } from './truth.js';

/** How a ruleset's counts are made, worked out once: where each keeps its tally, and how it reads each class of answer. */
export interface CountPlan {
  /**
   * By condition slot: where the count's tally starts in a screening's memo (past the condition slots, two
   * entries a tally; counts that select the same items and match alike share one), or -1 for a node that does not count.
   */
  readonly tallyAt: Int32Array;
  /** By condition slot: the count's truth for each class of answer (classTruths), or undefined where it reads each answer whole. */
  readonly truthsBySlot: readonly (readonly Truth[] | undefined)[];
  /** The memo's length: the condition slots, then the tallies. */
  readonly memoSize: number;
  /**
   * The memo of a screening before its answers are read: no condition evaluated (0), and every tally as if
   * each item of its selection were unanswered. A screening starts from a copy (countAnswers then moves the
   * tallies of the items it answers), faster than filling a new array.
   */
  readonly unansweredMemo: readonly number[];
  /** Each tally once, in memo order: where it is kept, and the count that keeps it (its selection and match). */
  readonly tallies: readonly PlannedTally[];
  /**
   * By indicator position, the tallies whose selection holds it (an index into `tallies`, once for each time
   * the selection holds it): `tallyIndex.slice(tallyStart[p], tallyStart[p + 1])`. A screening counts its
   * answered items only, through this index, and takes the selection's other items as unanswered.
   */
  readonly tallyStart: Int32Array;
  readonly tallyIndex: Int32Array;
}

/** A tally of the plan: its place in the memo and the count whose selection and match it keeps. */
export interface PlannedTally {
  readonly place: number;
  readonly count: Extract<CompiledCondition, { kind: 'count' }>;
  /** The count's truth for each class of answer, or undefined where it reads each answer whole. */
  readonly table: readonly Truth[] | undefined;
  /** What the count makes of an unanswered item, as matchAnswer reads no answer (its table's first class, where it has one). */
  readonly unanswered: Truth;
}

/** The plan of each compiled ruleset, worked out on first use and shared by every screening. */
const PLANS = new WeakMap<CompiledRuleset, CountPlan>();

/** The count plan of a ruleset's rules (see {@link CountPlan}). */
export function countPlan(compiled: CompiledRuleset): CountPlan {
  const known = PLANS.get(compiled);
  if (known !== undefined) return known;
  const tallyAt = new Int32Array(compiled.slotCount).fill(-1);
  const truthsBySlot = new Array<readonly Truth[] | undefined>(compiled.slotCount).fill(undefined);
  const places = new Map<readonly number[], Map<string, number>>();
  const tallies: PlannedTally[] = [];
  let size = compiled.slotCount;
  const visit = (node: CompiledCondition): void => {
    switch (node.kind) {
      case 'all': case 'any': case 'at-least': for (const inner of node.of) visit(inner); return;
      case 'not': visit(node.condition); return;
      case 'count': {
        let byMatch = places.get(node.positions);
        if (byMatch === undefined) {
          byMatch = new Map();
          places.set(node.positions, byMatch);
        }
        let place = byMatch.get(node.match.key);
        const table = classTruths(node.match);
        if (place === undefined) {
          place = size;
          size += 2;
          byMatch.set(node.match.key, place);
          tallies.push({ place, count: node, table, unanswered: matchAnswer(undefined, node.match, undefined) });
        }
        tallyAt[node.slot] = place;
        truthsBySlot[node.slot] = table;
        return;
      }
      default: return;
    }
  };
  for (const rule of compiled.rules) visit(rule.when);
  const plan: CountPlan = { tallyAt, truthsBySlot, memoSize: size, unansweredMemo: unansweredMemo(size, tallies), tallies, ...indexByPosition(compiled.indicators.length, tallies) };
  PLANS.set(compiled, plan);
  return plan;
}

/** By indicator position, the tallies whose selection holds it, as one flat index (see CountPlan.tallyIndex). */
function indexByPosition(positions: number, tallies: readonly PlannedTally[]): Pick<CountPlan, 'tallyStart' | 'tallyIndex'> {
  const tallyStart = new Int32Array(positions + 1);
  for (const tally of tallies) for (const position of tally.count.positions) if (position >= 0 && position < positions) tallyStart[position + 1] = (tallyStart[position + 1] ?? 0) + 1;
  for (let p = 0; p < positions; p++) tallyStart[p + 1] = (tallyStart[p + 1] ?? 0) + (tallyStart[p] ?? 0);
  const tallyIndex = new Int32Array(tallyStart[positions] ?? 0);
  const filled = tallyStart.slice(0, positions);
  tallies.forEach((tally, t) => {
    for (const position of tally.count.positions) {
      if (position < 0 || position >= positions) continue;
      tallyIndex[filled[position] ?? 0] = t;
      filled[position] = (filled[position] ?? 0) + 1;
    }
  });
  return { tallyStart, tallyIndex };
}

/** The memo before any answer is read (see CountPlan.unansweredMemo). */
function unansweredMemo(size: number, tallies: readonly PlannedTally[]): number[] {
  const memo = new Array<number>(size).fill(0);
  for (const { place, unanswered, count } of tallies) {
    memo[place] = (unanswered === TRUE ? count.positions.length : 0) + 1;
    memo[place + 1] = unanswered === UNKNOWN ? count.positions.length : 0;
  }
  return memo;
}
