import type { ProtectionId } from './protection-ids.js';
import { PROTECTION_TITLES } from './protection-titles.js';

/** A protection in plain English: a title that reads like a rule's, and what it guarantees. */
export interface ProtectionWording {
  readonly title: string;
  readonly description: string;
}

/** What each protection guarantees, as explanations and the rulebook word it. */
const DESCRIPTIONS: Readonly<Record<ProtectionId, string>> = {
  'protection-any-concern': 'Any risk or significant indicator answered yes or possible (or scored above zero) gives at least the level above the lowest, whatever the rules say and whatever the ruleset counts as present.',
  'protection-under-13': 'For a child under 13, any risk or significant indicator answered yes or possible gives at least the ruleset\'s under-13 floor, and no judgement goes below it.',
  'protection-under-13-sexual-activity': 'A child under 13 cannot consent to sexual activity in law: any sexual-activity indicator answered yes or possible gives the top level (or the level the ruleset declares) and brings in the police step it names; no judgement goes below it.',
  'protection-learning-disability': 'With a learning disability recorded, any concern gives at least the ruleset\'s learning-disability floor, at every age, and no judgement goes below it.',
  'protection-older-child': 'A 16 or 17 year old gets at least the level and the steps the same screening gives a 15 year old, apart from steps whose rule names a statute that limits them by age.',
};

/**
 * How a protection is worded wherever an explanation or a rulebook names it. The words are the engine's, the same
 * for every ruleset; the levels they reach come from what the ruleset declares (policy.protections). A result
 * carries the title only (PROTECTION_TITLES), so that screening does not carry the descriptions.
 */
export function protectionWording(id: ProtectionId): ProtectionWording {
  return { title: PROTECTION_TITLES[id], description: DESCRIPTIONS[id] };
}
