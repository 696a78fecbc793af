import * as z from 'zod/mini';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { formatIssue } from '../issues/format-issue.js';
import type { Result } from '../schema/result.js';

/** A case to re-run: its name and its screening, as written. */
export const ImpactCaseSchema = z.strictObject({ name: z.string(), screening: z.unknown() });

const NamedSchema = z.strictObject({ id: z.string(), name: z.string() });

/** One case whose level or next steps differ under the new ruleset: from what, to what, and which rules now fire or no longer fire. */
export const CaseImpactSchema = z.strictObject({
  name: z.string(),
  levelBefore: NamedSchema,
  levelAfter: NamedSchema,
  stepsAdded: z.array(NamedSchema),
  stepsRemoved: z.array(NamedSchema),
  rulesNowFiring: z.array(NamedSchema),
  rulesNoLongerFiring: z.array(NamedSchema),
});

/** A case that one of the rulesets cannot screen (for example it answers an indicator the new ruleset removed), with the issues found. */
export const UnreadableCaseSchema = z.strictObject({
  name: z.string(),
  under: z.enum(['old', 'new', 'both']),
  issues: z.array(z.string()),
});

/** What a change of ruleset does to a set of cases: only the cases that move are listed. */
export const ImpactSchema = z.strictObject({
  from: z.strictObject({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  to: z.strictObject({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  checked: z.int(),
  moved: z.array(CaseImpactSchema),
  unreadable: z.array(UnreadableCaseSchema),
});

/** A case to re-run. */
export type ImpactCase = z.input<typeof ImpactCaseSchema>;
/** The effect of a change of ruleset on a set of cases. */
export type Impact = z.output<typeof ImpactSchema>;
/** One case that moves. */
export type CaseImpact = z.output<typeof CaseImpactSchema>;

/**
 * Screens every case under the old and the new ruleset and lists the cases whose final level or
 * next steps differ, from what to what, in the order given. Pure: it takes compiled screeners and
 * reads no files. A case that either ruleset cannot screen is listed as unreadable, with its issues
 * (paths and codes, never values).
 */
export function impactOfChange(oldScreener: Screener, newScreener: Screener, cases: readonly ImpactCase[]): Impact {
  const moved: CaseImpact[] = [];
  const unreadable: z.output<typeof UnreadableCaseSchema>[] = [];
  for (const { name, screening } of cases) {
    const before = oldScreener.safeScreen(screening);
    const after = newScreener.safeScreen(screening);
    if (!before.success || !after.success) {
      const issues = [...(before.success ? [] : before.issues.map((issue) => `old: ${formatIssue(issue)}`)), ...(after.success ? [] : after.issues.map((issue) => `new: ${formatIssue(issue)}`))];
      unreadable.push({ name, under: before.success ? 'new' : after.success ? 'old' : 'both', issues });
      continue;
    }
    const change = compare(name, before.data, after.data);
    if (change !== undefined) moved.push(change);
  }
  const stamp = (screener: Screener) => ({ id: screener.stamp.id, version: screener.stamp.version, fingerprint: screener.stamp.fingerprint });
  return { from: stamp(oldScreener), to: stamp(newScreener), checked: cases.length, moved, unreadable };
}

function compare(name: string, before: Result, after: Result): CaseImpact | undefined {
  const minus = <T extends { readonly id: string }>(a: readonly T[], b: readonly T[]): T[] => a.filter((item) => !b.some((other) => other.id === item.id));
  const stepsAdded = minus(after.pathway, before.pathway).map((step) => ({ id: step.id, name: step.title }));
  const stepsRemoved = minus(before.pathway, after.pathway).map((step) => ({ id: step.id, name: step.title }));
  if (before.level.id === after.level.id && stepsAdded.length === 0 && stepsRemoved.length === 0) return undefined;
  return {
    name,
    levelBefore: { id: before.level.id, name: before.level.label },
    levelAfter: { id: after.level.id, name: after.level.label },
    stepsAdded,
    stepsRemoved,
    rulesNowFiring: minus(after.firedRules, before.firedRules).map((rule) => ({ id: rule.id, name: rule.title })),
    rulesNoLongerFiring: minus(before.firedRules, after.firedRules).map((rule) => ({ id: rule.id, name: rule.title })),
  };
}
