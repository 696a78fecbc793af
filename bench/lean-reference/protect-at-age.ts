/**
 * The protections the engine applies to every screening, on top of the rules (src/engine/protect), for the
 * floors brighton-hove-cse 1.2.0 declares: any concern is above the lowest level; under 13, any concern
 * reaches the under-13 floor and sexual activity the top level with the police step; a learning disability
 * with a concern reaches its floor. (A 16 or 17 year old's comparison with 15 is made by the caller.)
 */
import { RS, SEXUAL_RS } from './indicator-groups.js';
import { POSSIBLE, UNANSWERED, UNKNOWN, YES } from './read-lean-screening.js';

/** Protection bits, in the order the engine lists protections among the fired rules. */
export const ANY_CONCERN = 1 << 0;
export const UNDER_13 = 1 << 1;
export const UNDER_13_SEXUAL_ACTIVITY = 1 << 2;
export const LEARNING_DISABILITY = 1 << 3;
export const OLDER_CHILD = 1 << 4;
export const PROTECTION_IDS = [
  'protection-any-concern', 'protection-under-13', 'protection-under-13-sexual-activity', 'protection-learning-disability', 'protection-older-child',
];

/** The ranks a protection reaches, read from the ruleset's declared floors. */
export interface ProtectionRanks {
  readonly concern: number;
  readonly under13: number;
  readonly sexualActivity: number;
  readonly learningDisability: number;
}

/**
 * Applies the protections to `level` (computed, binding and potential rank, changed in place) and returns
 * the protections listed, as bits, with the ones that raised the level or the floor shifted by 8. The
 * under-13 sexual activity protection brings steps, so it is listed whenever it holds. `concerns` and
 * `open` are the groups with an item answered yes or possible, and unanswered or unknown; the learning
 * disability attribute is -1 (not given), 0 or 1, and its item is an answer code.
 */
export function protectAtAge(
  level: Int32Array, ranks: ProtectionRanks, age: number, concerns: number, open: number, disabilityAttribute: number, disabilityItem: number,
): number {
  let computed = level[0] as number;
  let binding = level[1] as number;
  let potential = level[2] as number;
  let listed = 0;
  const concern = (concerns & RS) !== 0;
  const concernOpen = (open & RS) !== 0;
  const sexual = (concerns & SEXUAL_RS) !== 0;
  const sexualOpen = (open & SEXUAL_RS) !== 0;
  const under13 = age >= 0 && age < 13;
  const ageOpen = age < 0;

  if (concern && ranks.concern > computed) {
    listed |= ANY_CONCERN | (ANY_CONCERN << 8);
    computed = ranks.concern;
  } else if (concernOpen && ranks.concern > potential) potential = ranks.concern;

  if (under13 && concern) {
    if (ranks.under13 > computed || ranks.under13 > binding) listed |= UNDER_13 | (UNDER_13 << 8);
    if (ranks.under13 > computed) computed = ranks.under13;
    if (ranks.under13 > binding) binding = ranks.under13;
  } else if ((under13 || ageOpen) && (concern || concernOpen) && ranks.under13 > potential) potential = ranks.under13;

  if (under13 && sexual) {
    listed |= UNDER_13_SEXUAL_ACTIVITY;
    if (ranks.sexualActivity > computed || ranks.sexualActivity > binding) listed |= UNDER_13_SEXUAL_ACTIVITY << 8;
    if (ranks.sexualActivity > computed) computed = ranks.sexualActivity;
    if (ranks.sexualActivity > binding) binding = ranks.sexualActivity;
  } else if ((under13 || ageOpen) && (sexual || sexualOpen) && ranks.sexualActivity > potential) potential = ranks.sexualActivity;

  const item = disabilityItem;
  const recorded = disabilityAttribute === 1 || item === YES || item === POSSIBLE;
  if (recorded && concern) {
    if (ranks.learningDisability > computed || ranks.learningDisability > binding) listed |= LEARNING_DISABILITY | (LEARNING_DISABILITY << 8);
    if (ranks.learningDisability > computed) computed = ranks.learningDisability;
    if (ranks.learningDisability > binding) binding = ranks.learningDisability;
  } else {
    const notKnown = disabilityAttribute < 0 && (item === UNANSWERED || item === UNKNOWN);
    if ((recorded || notKnown) && (concern || concernOpen) && ranks.learningDisability > potential) potential = ranks.learningDisability;
  }
  level[0] = computed;
  level[1] = binding;
  level[2] = potential;
  return listed;
}
