import type { ProtectionId } from './protection-ids.js';

/**
 * How a result names a protection among its fired rules: a title that reads like a rule's. The words are the
 * engine's, the same for every ruleset. Apart from what each protection guarantees (protectionWording), which
 * explanations and the rulebook show and a result does not carry.
 */
export const PROTECTION_TITLES: Readonly<Record<ProtectionId, string>> = {
  'protection-any-concern': 'A concern is never "no concern"',
  'protection-under-13': 'Any concern for a child under 13',
  'protection-under-13-sexual-activity': 'Sexual activity of a child under 13',
  'protection-learning-disability': 'A concern for a child with a learning disability',
  'protection-older-child': '16 and 17 year olds are children',
};
