import { safeParseRuleset, type Issue } from '../../src/index.js';

/** Every issue `safeParseRuleset` reports for the input, or none when it is a valid ruleset. */
export function rulesetIssues(input: unknown): readonly Issue[] {
  const parsed = safeParseRuleset(input);
  return parsed.success ? [] : parsed.issues;
}
