import { assertNever } from '../../assert-never.js';
import type { ProtectionId } from './protection-ids.js';

/** A protection in plain English: a title that reads like a rule's, and what it guarantees. */
export interface ProtectionWording {
  readonly title: string;
  readonly description: string;
}

/**
 * How a protection is worded wherever a result or a rulebook names it. The words are the engine's, the same
 * for every ruleset; the levels they reach come from what the ruleset declares (policy.protections).
 */
export function protectionWording(id: ProtectionId): ProtectionWording {
  switch (id) {
    case 'protection-any-concern':
      return {
        title: 'A concern is never "no concern"',
        description: 'Any risk or significant indicator answered yes or possible (or scored above zero) gives at least the level above the lowest, whatever the rules say and whatever the ruleset counts as present.',
      };
    case 'protection-under-13':
      return {
        title: 'Any concern for a child under 13',
        description: 'For a child under 13, any risk or significant indicator answered yes or possible gives at least the ruleset\'s under-13 floor, and no judgement goes below it.',
      };
    case 'protection-under-13-sexual-activity':
      return {
        title: 'Sexual activity of a child under 13',
        description: 'A child under 13 cannot consent to sexual activity in law: any sexual-activity indicator answered yes or possible gives the top level (or the level the ruleset declares) and brings in the police step it names; no judgement goes below it.',
      };
    case 'protection-learning-disability':
      return {
        title: 'A concern for a child with a learning disability',
        description: 'With a learning disability recorded, any concern gives at least the ruleset\'s learning-disability floor, at every age, and no judgement goes below it.',
      };
    case 'protection-older-child':
      return {
        title: '16 and 17 year olds are children',
        description: 'A 16 or 17 year old gets at least the level and the steps the same screening gives a 15 year old, apart from steps whose rule names a statute that limits them by age.',
      };
    default:
      return assertNever(id);
  }
}
