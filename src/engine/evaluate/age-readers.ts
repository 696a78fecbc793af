import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';

/** The rules whose condition reads the child's age, and by rule the memo slots of its condition's nodes. */
export interface AgeReaders {
  readonly rules: readonly number[];
  readonly slots: readonly (readonly number[] | undefined)[];
}

const READERS = new WeakMap<CompiledRuleset, AgeReaders>();

/**
 * The rules that read the child's age, worked out once for a ruleset: the only ones whose truth can change
 * when the same screening is read at another age (scores, answers, attributes and context do not depend on it).
 */
export function ageReaders(compiled: CompiledRuleset): AgeReaders {
  const known = READERS.get(compiled);
  if (known !== undefined) return known;
  const rules: number[] = [];
  const slots: (readonly number[] | undefined)[] = [];
  compiled.rules.forEach((rule, r) => {
    const own: number[] = [];
    if (readsAge(rule.when, own)) {
      rules.push(r);
      slots[r] = own;
    }
  });
  const readers: AgeReaders = { rules, slots };
  READERS.set(compiled, readers);
  return readers;
}

/** Whether a condition reads the age anywhere; pushes the slot of every node it holds onto `slots`. */
function readsAge(node: CompiledCondition, slots: number[]): boolean {
  slots.push(node.slot);
  switch (node.kind) {
    case 'all': case 'any': case 'at-least': {
      let reads = false;
      for (const inner of node.of) if (readsAge(inner, slots)) reads = true;
      return reads;
    }
    case 'not': return readsAge(node.condition, slots);
    case 'age': return true;
    default: return false;
  }
}
