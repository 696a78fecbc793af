/**
 * Before anything is timed, the bench proves that its contenders compute what they are compared on.
 * json-rules-engine: the same level, computed level, fired rules and pathway as the engine. One difference is
 * by design and is checked exactly: json-rules-engine is two-valued, so it has no steps brought in by unknown
 * answers; its pathway is compared with the engine's pathway without the steps that only the unknown-answer
 * policy brought in. The lean reference (bench/lean-reference/): the same level, fired rules and steps as
 * `screen(…, { detail: 'decision' })`, with no difference by design.
 */
import type { Result, Screener, Screening } from '../src/index.js';
import type { JreOutcome } from './json-rules-engine.js';

/** How a comparison went: how many screenings were compared, and per part of the result how many differed. */
export interface Agreement {
  readonly label: string;
  readonly checked: number;
  /** Whether the contender is timed on these screenings: a difference here stops the bench. */
  readonly timed: boolean;
  /** Part of the result → number of screenings where it differed, beyond what differs by design. */
  readonly differences: Readonly<Record<string, number>>;
  /** Number of screenings whose pathway differed only by the unknown-answer steps (by design). */
  readonly byDesign: number;
  /** Where the first difference was: set and index only, never values. */
  readonly firstDifference: string | undefined;
}

/** Whether every comparison agreed, by-design differences aside. */
export function allAgree(agreements: readonly Agreement[]): boolean {
  return agreements.every((agreement) => Object.keys(agreement.differences).length === 0);
}

/** Whether every comparison on screenings that are timed agreed, by-design differences aside. */
export function timedAgree(agreements: readonly Agreement[]): boolean {
  return allAgree(agreements.filter((agreement) => agreement.timed));
}

/** The engine's pathway step ids, without the steps that only the unknown-answer policy brought in. */
function pathwayWithoutUnknownSteps(result: Result): string[] {
  return result.pathway.filter((step) => step.broughtInBy.some((origin) => origin.kind !== 'unknown')).map((step) => step.id);
}

/** Compares json-rules-engine's level, computed level, fired rules and pathway with the engine's, on every input. */
export async function compareJre(
  label: string, screener: Screener, jre: (screening: Screening) => Promise<JreOutcome>, inputs: readonly unknown[], timed: boolean,
): Promise<Agreement> {
  const differences: Record<string, number> = {};
  let byDesign = 0;
  let firstDifference: string | undefined;
  for (const [index, input] of inputs.entries()) {
    const parsed = screener.safeParseScreening(input);
    if (!parsed.success) throw new Error(`${label}[${index}] is not a valid screening`);
    const expected = screener.screen(input);
    const actual = await jre(parsed.data);
    const parts: string[] = [];
    if (actual.level !== expected.level.id) parts.push('level');
    if (actual.computedLevel !== expected.computedLevel.id) parts.push('computedLevel');
    if (actual.firedRules.join() !== expected.firedRules.map((rule) => rule.id).join()) parts.push('firedRules');
    if (actual.pathway.join() !== expected.pathway.map((step) => step.id).join()) {
      if (actual.pathway.join() === pathwayWithoutUnknownSteps(expected).join()) byDesign++;
      else parts.push('pathway');
    }
    for (const part of parts) differences[part] = (differences[part] ?? 0) + 1;
    if (parts.length > 0) firstDifference ??= `${label}[${index}]: ${parts.join(', ')}`;
  }
  return { label: `json-rules-engine vs engine, ${label}`, checked: inputs.length, timed, differences, byDesign, firstDifference };
}

/** What the lean reference returns, and `screen(…, { detail: 'decision' })` in the same members. */
export interface DecisionIds {
  readonly level: string;
  readonly firedRules: readonly string[];
  readonly steps: readonly string[];
}

/**
 * Compares the lean reference's level, fired rules and steps with `screen(…, { detail: 'decision' })` on every
 * input. Nothing differs by design: a reference that refuses a valid input counts as a difference too.
 */
export function compareReference(
  label: string, screenDecision: (input: unknown) => DecisionIds, reference: (input: unknown) => DecisionIds, inputs: readonly unknown[], timed: boolean,
): Agreement {
  const differences: Record<string, number> = {};
  let firstDifference: string | undefined;
  for (const [index, input] of inputs.entries()) {
    const expected = screenDecision(input);
    const parts: string[] = [];
    let actual: DecisionIds | undefined;
    try {
      actual = reference(input);
    } catch {
      parts.push('refused');
    }
    if (actual !== undefined) {
      if (actual.level !== expected.level) parts.push('level');
      if (actual.firedRules.join() !== expected.firedRules.join()) parts.push('firedRules');
      if (actual.steps.join() !== expected.steps.join()) parts.push('steps');
    }
    for (const part of parts) differences[part] = (differences[part] ?? 0) + 1;
    if (parts.length > 0) firstDifference ??= `${label}[${index}]: ${parts.join(', ')}`;
  }
  return { label: `lean reference vs screen decision, ${label}`, checked: inputs.length, timed, differences, byDesign: 0, firstDifference };
}
