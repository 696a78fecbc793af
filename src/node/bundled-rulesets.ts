import { readdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { join } from 'node:path';
import type { Screener } from '../engine/compile-ruleset.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { IdSchema } from '../schema/id.js';
import type { Issue } from '../schema/issue.js';
import { findRulesFolder } from './find-rules-folder.js';
import { loadFreshPrecompiled } from './load-fresh-precompiled.js';
import { loadRulesetFile } from './load-ruleset-file.js';
import type { Warned } from './warned.js';

/** The id of the ruleset used when none is named. */
export const DEFAULT_RULESET_ID = 'brighton-hove-cse';

/** A ruleset shipped in the package's `rules/` folder: its id (the file name) and where it is. */
export interface BundledRuleset {
  readonly id: string;
  readonly path: string;
}

/** Lists the rulesets in the package's `rules/` folder, sorted by id, without loading them. */
export function listBundledRulesets(): Safe<readonly BundledRuleset[]> {
  const folder = findRulesFolder();
  if (folder === undefined) return fail([noRulesFolder()]);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return fail([{ code: 'file_unreadable', path: [], message: 'the bundled rules folder cannot be read' }]);
  }
  return succeed(names
    .filter((name) => name.endsWith('.json') && isRulesetId(name.slice(0, -'.json'.length)))
    .map((name) => ({ id: name.slice(0, -'.json'.length), path: join(folder, name) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Whether an argument names a file rather than a bundled ruleset: it contains a slash or ends in `.json`. */
export function isRulesetPath(idOrPath: string): boolean {
  return idOrPath.includes('/') || idOrPath.includes('\\') || idOrPath.endsWith('.json');
}

/**
 * Loads a ruleset by bundled id (`brighton-hove-cse`) or by path (anything with a slash or ending in
 * `.json`) and compiles it. A bundled ruleset must carry the id it is filed under.
 * @example
 * const loaded = resolveRuleset(process.argv[2] ?? DEFAULT_RULESET_ID);
 */
export function resolveRuleset(idOrPath: string): Warned<Safe<Screener>> {
  if (isRulesetPath(idOrPath)) return loadRulesetFile(idOrPath);
  const listed = listBundledRulesets();
  if (!listed.success) return listed;
  const bundled = listed.data.find((entry) => entry.id === idOrPath);
  if (bundled === undefined) {
    return fail([{ code: 'file_not_found', path: [], message: 'no bundled ruleset has this id; name a bundled id or a path to a .json file' }]);
  }
  // A fresh precompiled form (built from these very bytes, every check passed) spares the full load at each start.
  const fresh = loadFreshPrecompiled(bundled.path);
  const loaded = fresh === undefined ? loadRulesetFile(bundled.path) : succeed(fresh);
  if (loaded.success && loaded.data.ruleset.meta.id !== bundled.id) {
    return fail([{ code: 'invalid_value', path: ['meta', 'id'], message: 'differs from the name of the bundled file that holds the ruleset' }]);
  }
  return loaded;
}

function isRulesetId(name: string): boolean {
  return z.safeParse(IdSchema, name).success;
}

function noRulesFolder(): Issue {
  return { code: 'file_not_found', path: [], message: 'the bundled rules folder was not found next to the cse-screening package' };
}
