/**
 * The pathway's steps as sets of bits, two 32-bit words a set (steps 0-31 in `lo`, 32-63 in `hi`), read once
 * from the ruleset: the steps each level, each rule and each policy brings in, and every step a step requires,
 * followed through. A screening's pathway is then a few ORs, listed in the ruleset's order of steps.
 */
import type { Ruleset } from '../../src/index.js';

/** The step sets of a ruleset (see the file's comment). */
export interface StepSets {
  readonly ids: readonly string[];
  readonly levelLo: Int32Array;
  readonly levelHi: Int32Array;
  readonly ruleLo: Int32Array;
  readonly ruleHi: Int32Array;
  readonly concernLo: number;
  readonly concernHi: number;
  readonly unknownLo: number;
  readonly unknownHi: number;
  readonly outOfScopeLo: number;
  readonly outOfScopeHi: number;
  readonly under13SexualLo: number;
  readonly under13SexualHi: number;
  /** The steps that require others, and by step the steps it requires, followed through. */
  readonly requiring: Int32Array;
  readonly requiresLo: Int32Array;
  readonly requiresHi: Int32Array;
}

/** Reads the step sets of a ruleset of at most 64 steps. */
export function createStepSets(ruleset: Ruleset): StepSets {
  const ids = ruleset.steps.map((step) => step.id);
  if (ids.length > 64) throw new Error('the lean reference takes at most 64 steps');
  const positionOf = (id: string): number => {
    const position = ids.indexOf(id);
    if (position < 0) throw new Error(`no step ${id}`);
    return position;
  };
  const word = (positions: readonly number[], high: boolean): number => positions.reduce((bits, s) => (high === s >= 32 ? bits | (1 << (s % 32)) : bits), 0);
  const set = (stepIds: readonly string[]): [number, number] => {
    const positions = stepIds.map(positionOf);
    return [word(positions, false), word(positions, true)];
  };
  const lows = (sets: readonly [number, number][]): Int32Array => Int32Array.from(sets, ([lo]) => lo);
  const highs = (sets: readonly [number, number][]): Int32Array => Int32Array.from(sets, ([, hi]) => hi);

  const requires = ruleset.steps.map((step) => step.requires.map(positionOf));
  const closure = (start: number): number[] => {
    const seen = new Set<number>();
    const pending = [...(requires[start] ?? [])];
    while (pending.length > 0) {
      const next = pending.pop() as number;
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(...(requires[next] ?? []));
    }
    return [...seen];
  };
  const required = ids.map((_id, s) => closure(s));

  const levels = ruleset.levels.map((level) => set(level.steps));
  const rules = ruleset.rules.map((rule) => set(rule.steps));
  const [concernLo, concernHi] = set(ruleset.policy.concernSteps);
  const [unknownLo, unknownHi] = set(ruleset.policy.unknownAnswers?.steps ?? ruleset.policy.concernSteps);
  const [outOfScopeLo, outOfScopeHi] = set(ruleset.scope.outOfScope.steps);
  const [under13SexualLo, under13SexualHi] = set(ruleset.policy.protections.under13SexualActivity?.steps ?? []);
  return {
    ids,
    levelLo: lows(levels), levelHi: highs(levels), ruleLo: lows(rules), ruleHi: highs(rules),
    concernLo, concernHi, unknownLo, unknownHi, outOfScopeLo, outOfScopeHi, under13SexualLo, under13SexualHi,
    requiring: Int32Array.from(required.flatMap((steps, s) => (steps.length > 0 ? [s] : []))),
    requiresLo: Int32Array.from(required, (steps) => word(steps, false)),
    requiresHi: Int32Array.from(required, (steps) => word(steps, true)),
  };
}
