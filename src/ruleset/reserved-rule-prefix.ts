/**
 * The prefix of the protections the engine applies to every screening (src/engine/protect/protection-ids.ts):
 * a result lists them among its fired rules, so no ruleset rule may take an id that starts with it.
 */
export const RESERVED_RULE_PREFIX = 'protection-';
