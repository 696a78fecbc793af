import type { Ruleset } from '../schema/ruleset.js';

/**
 * Whether a value, as a precompiled file holds it, is this ruleset: the same JSON text without `$schema`,
 * its members in the same order. Then it has the same fingerprint, which is not worked out: the native
 * serializer writes both, without running code of ours for each value. Members in another order count as
 * other content, so this is never looser than comparing fingerprints: the precompiler writes a ruleset in
 * the order parsing gives it, the order that reading the ruleset file by its shape gives. False for a value
 * that is not a plain object, or that cannot be written as JSON (nested too deep, say).
 */
export function isSameRulesetContent(ruleset: Ruleset, other: unknown): boolean {
  if (typeof other !== 'object' || other === null || Array.isArray(other)) return false;
  try {
    return jsonWithoutSchema(ruleset) === jsonWithoutSchema(other);
  } catch {
    // Whatever was thrown is not looked at: it could name part of the value.
    return false;
  }
}

function jsonWithoutSchema(value: object): string | undefined {
  const { $schema: _ignored, ...content } = value as Record<string, unknown>;
  return JSON.stringify(content);
}
