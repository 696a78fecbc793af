import { readdirSync } from 'node:fs';
import * as z from 'zod/mini';
import { join } from 'node:path';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { IdSchema } from '../schema/id.js';
import type { Issue } from '../schema/issue.js';
import { findRulesFolder } from './find-rules-folder.js';
import type { Warned } from './warned.js';

/** The id of the ruleset used when none is named. */
export const DEFAULT_RULESET_ID = 'brighton-hove-cse';

/** A ruleset shipped in the package's `rules/` folder: its id (the file name) and where it is. */
export interface BundledRuleset {
  readonly id: string;
  readonly path: string;
}

/**
 * Lists the rulesets in the package's `rules/` folder, sorted by id, without loading them. This module
 * never imports the ruleset schema and checks, so that a start from a fresh precompiled ruleset loads none of them.
 */
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

/** The bundled ruleset with this id, or `file_not_found` (or the listing's own issue). */
export function findBundledRuleset(id: string): Safe<BundledRuleset> {
  const listed = listBundledRulesets();
  if (!listed.success) return listed;
  const bundled = listed.data.find((entry) => entry.id === id);
  return bundled === undefined
    ? fail([{ code: 'file_not_found', path: [], message: 'no bundled ruleset has this id; name a bundled id or a path to a .json file' }])
    : succeed(bundled);
}

/** A loaded bundled ruleset, refused when it does not carry the id it is filed under. */
export function withBundledId(loaded: Warned<Safe<Screener>>, bundled: BundledRuleset): Warned<Safe<Screener>> {
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
