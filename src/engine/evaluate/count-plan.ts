import { classTruths } from './answer-classes.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { Truth } from './truth.js';

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
        if (place === undefined) {
          place = size;
          size += 2;
          byMatch.set(node.match.key, place);
        }
        tallyAt[node.slot] = place;
        truthsBySlot[node.slot] = classTruths(node.match);
        return;
      }
      default: return;
    }
  };
  for (const rule of compiled.rules) visit(rule.when);
  const plan: CountPlan = { tallyAt, truthsBySlot, memoSize: size };
  PLANS.set(compiled, plan);
  return plan;
}
