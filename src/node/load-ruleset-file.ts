import { safeCompileEarlierRelease, safeCompileRuleset, type Screener } from '../engine/screener/compile-ruleset.js';
import type { Issue } from '../schema/issue.js';
import type { Safe } from '../issues/safe.js';
import { readJsonFile } from './read-json-file.js';
import { withWarnings, type Warned } from './warned.js';

/**
 * Reads a ruleset file, parses it as JSON and compiles it. Returns the screener, or every issue:
 * `file_not_found`, `file_unreadable`, `too_large`, `invalid_json` (with line and column), or the
 * ruleset's own issues. No message quotes the file's content. A key that appears twice in one object
 * is a `duplicate_key` warning, beside the screener or the issues.
 * @example
 * const loaded = loadRulesetFile('rules/my-area.json');
 * if (!loaded.success) for (const issue of loaded.issues) console.error(formatIssue(issue));
 */
export function loadRulesetFile(path: string): Warned<Safe<Screener>> {
  const json = readJsonFile(path);
  return json.success ? withWarnings(safeCompileRuleset(json.data), inRulesetFile(json.warnings)) : json;
}

/** Duplicate keys in a ruleset file, said to be there (a command may read a screening too). */
function inRulesetFile(warnings: readonly Issue[] | undefined): readonly Issue[] | undefined {
  return warnings?.map((warning) => ({ ...warning, message: `${warning.message} (in the ruleset file)` }));
}

/**
 * Reads an earlier release of a ruleset to compare with (`cse-screen diff`): like {@link loadRulesetFile},
 * but a ruleset that fails only the protections proved at load is still read, and those issues returned beside it.
 */
export function loadEarlierRulesetFile(path: string): Safe<{ readonly screener: Screener; readonly unproved: readonly Issue[] }> {
  const json = readJsonFile(path);
  return json.success ? safeCompileEarlierRelease(json.data) : json;
}
