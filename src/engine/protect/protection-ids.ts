/**
 * The protections the engine applies to every screening, whatever the ruleset, by id. The prefix
 * `protection-` is reserved: no ruleset may give a rule an id that starts with it, so that a result's
 * fired rules always say which entries are the engine's own.
 */
export const PROTECTION_IDS = [
  'protection-any-concern',
  'protection-under-13',
  'protection-under-13-sexual-activity',
  'protection-learning-disability',
  'protection-older-child',
] as const;

/** The id of a protection the engine applies. */
export type ProtectionId = (typeof PROTECTION_IDS)[number];


/** Whether an id names one of the engine's protections rather than a rule of the ruleset. */
export function isProtectionId(id: string): id is ProtectionId {
  return (PROTECTION_IDS as readonly string[]).includes(id);
}
