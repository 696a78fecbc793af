/**
 * Before anything is timed, the bench proves that the contenders compute the same thing: the hand-written
 * function must build a result deep-equal to the engine's (same fields, same order, same values), and
 * json-rules-engine must reach the same level, computed level, fired rules and pathway.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Result, Screener, Screening } from '../src/index.js';
import type { HandWrittenScreen } from './hand-written.js';
import type { JreOutcome } from './json-rules-engine.js';

/** How a comparison went: how many screenings were compared, and per part of the result how many differed. */
export interface Agreement {
  readonly label: string;
  readonly checked: number;
  /** Part of the result (a top-level field, or `(field order)`) → number of screenings where it differed. */
  readonly differences: Readonly<Record<string, number>>;
  /** Where the first difference was: set and index only, never values. */
  readonly firstDifference: string | undefined;
}

/** Whether every comparison agreed. */
export function allAgree(agreements: readonly Agreement[]): boolean {
  return agreements.every((agreement) => Object.keys(agreement.differences).length === 0);
}

/** Compares the hand-written result with the engine's, field by field, on every input. */
export function compareHandWritten(label: string, screener: Screener, handWritten: HandWrittenScreen, inputs: readonly unknown[]): Agreement {
  const differences: Record<string, number> = {};
  let firstDifference: string | undefined;
  inputs.forEach((input, index) => {
    const parsed = screener.safeParseScreening(input);
    if (!parsed.success) throw new Error(`${label}[${index}] is not a valid screening`);
    const expected = screener.screen(input);
    const actual = handWritten(parsed.data);
    if (JSON.stringify(expected) === JSON.stringify(actual) && isDeepStrictEqual(expected, actual)) return;
    const parts = differingParts(expected, actual);
    for (const part of parts) differences[part] = (differences[part] ?? 0) + 1;
    firstDifference ??= `${label}[${index}]: ${parts.join(', ')}`;
  });
  return { label: `hand-written vs engine, ${label}`, checked: inputs.length, differences, firstDifference };
}

/** Compares json-rules-engine's level, computed level, fired rules and pathway with the engine's, on every input. */
export async function compareJre(
  label: string, screener: Screener, jre: (screening: Screening) => Promise<JreOutcome>, inputs: readonly unknown[],
): Promise<Agreement> {
  const differences: Record<string, number> = {};
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
    if (actual.pathway.join() !== expected.pathway.map((step) => step.id).join()) parts.push('pathway');
    for (const part of parts) differences[part] = (differences[part] ?? 0) + 1;
    if (parts.length > 0) firstDifference ??= `${label}[${index}]: ${parts.join(', ')}`;
  }
  return { label: `json-rules-engine vs engine (level, computedLevel, firedRules, pathway), ${label}`, checked: inputs.length, differences, firstDifference };
}

function differingParts(expected: Result, actual: Result): string[] {
  const a = expected as Record<string, unknown>;
  const b = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const parts = keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]) || !isDeepStrictEqual(a[key], b[key]));
  if (parts.length === 0 && Object.keys(a).join() !== Object.keys(b).join()) parts.push('(field order)');
  return parts.length > 0 ? parts : ['(nested field order)'];
}
