import type { Condition } from '../schema/condition.js';
import type { Ruleset } from '../schema/ruleset.js';
import { flattenPhrase, phraseCondition } from './rulebook/phrase-condition.js';
import { indexLabels } from './rulebook/ruleset-labels.js';

/**
 * A condition of the rule grammar in plain English, with the ruleset's labels for indicators, levels,
 * domains, windows, facts and scores. Short “all” and “any” conditions read as one sentence; longer
 * ones as a sentence ending in a colon and a list of lines starting “- ” (nested lists indent by two spaces).
 * @example
 * describeCondition({ kind: 'age', is: 'under', years: 13 }, ruleset); // 'the child is under 13'
 */
export function describeCondition(condition: Condition, ruleset: Ruleset): string {
  return flattenPhrase(phraseCondition(condition, indexLabels(ruleset)));
}
