import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { LinksSummary } from '../../schema/caseload-summary.js';
import type { Issue } from '../../schema/issue.js';
import type { CliIo } from '../cli/cli-io.js';
import { readNdjsonRecords } from '../report/read-ndjson-records.js';
import { duplicateTouches, refuseDuplicateKeys } from '../report/refuse-duplicate-keys.js';
import { withWarnings, type Warned } from '../warned.js';
import { createIdColumn } from '../report/create-id-column.js';
import { createKeyCheck } from './create-key-check.js';
import { createLinkFinder } from './create-link-finder.js';
import { summariseLinks, type ChildLevel } from './summarise-links.js';
import { appendIssues } from '../../issues/append-issues.js';

const MAX_ISSUES = 20;
const MAX_GROUPS = 500;

/**
 * Reads screenings (NDJSON), scores each with the screener for its level, and finds the groups of
 * children who share association references. Streams the file; keeps a few numbers per child and per
 * distinct reference (see createLinkFinder), and each child's latest level by its rank. Links are found only on a whole caseload: any screening that cannot be read
 * or scored stops it, with issues that name lines and paths, never values. A line that gives a key twice
 * in `ref` or `associations` is refused (`duplicate_key`); one that gives a key twice elsewhere is scored
 * with the last, as assess does, and comes back as a warning with its line, and a count of such lines.
 * Refs made under another key than the first (see createKeyCheck) are refused unless `allowMixedKeys`.
 */
export async function findCaseloadLinks(source: string, screener: Screener, suppressBelow: number | undefined, stdin: CliIo['stdin'], allowMixedKeys = false): Promise<Warned<Safe<LinksSummary>>> {
  const finder = createLinkFinder();
  const keys = createKeyCheck(allowMixedKeys);
  const levels: readonly ChildLevel[] = screener.ruleset.levels.map(({ id, label, colour }, rank) => ({ id, label, rank, colour }));
  const rankOf = new Map(levels.map((level) => [level.id, level.rank]));
  /** The rank of the latest level of each child the finder holds, by its number there. */
  const levelOfChild = createIdColumn();
  /** The refs that look like a key made from a line number (`line 7`): any other key is a ref. */
  const lineLikeRefs = new Set<string>();
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  let warnedLines = 0;
  for await (const record of readNdjsonRecords(source, stdin)) {
    if (record.kind === 'unreadable') {
      appendIssues(issues, record.issues, [record.line]);
      if (record.line === 0) break;
    } else if (duplicateTouches(record.warnings, READ_BY_LINKS)) {
      // A key given twice where links reads (ref, associations): the last alone could drop a link or merge two children.
      appendIssues(issues, refuseDuplicateKeys(record.warnings ?? [], [record.line]));
    } else {
      if (record.warnings !== undefined) {
        warnedLines++;
        if (warnings.length < MAX_ISSUES) appendIssues(warnings, record.warnings, [record.line]);
      }
      // The decision alone: the level by id, read in the ruleset (full results would only be dropped).
      const scored = screener.safeScreen(record.value, { detail: 'decision' });
      if (!scored.success) appendIssues(issues, scored.issues, [record.line]);
      else {
        const ref = scored.data.ref;
        const key = ref ?? `${LINE_KEY}${record.line}`;
        if (ref?.startsWith(LINE_KEY) === true) lineLikeRefs.add(ref);
        const associations = (record.value as { associations?: Parameters<typeof finder.add>[1] }).associations;
        const mixed = associations === undefined ? undefined : keys.check(associations);
        if (mixed !== undefined) appendIssues(issues, [mixed], [record.line]);
        else if (associations !== undefined) finder.add(key, associations);
        // Only children the finder holds can be listed in a group; one it takes later is given its level then.
        const child = finder.childOf(key);
        if (child !== undefined) levelOfChild.set(child, rankOf.get(scored.data.level) ?? 0);
      }
    }
    if (issues.length >= MAX_ISSUES) break;
  }
  if (warnedLines > 0) {
    warnings.push({ code: 'duplicate_key', path: [], message: `${warnedLines} screening${warnedLines === 1 ? ' gives' : 's give'} a key twice outside ref and associations: each was scored with the last, as assess does` });
  }
  if (issues.length > 0) return withWarnings(fail(issues), warnings);
  return withWarnings(succeed(summariseLinks(finder, {
    levelOf: (key) => {
      const child = finder.childOf(key);
      return child === undefined ? undefined : levels[levelOfChild.at(child)];
    },
    refOf: (key) => (!key.startsWith(LINE_KEY) || lineLikeRefs.has(key) ? key : undefined),
    ruleset: screener.ruleset,
    suppressBelow,
    maxGroups: MAX_GROUPS,
  })), warnings);
}

/** How a key made from a line number begins, for a screening with no ref. */
const LINE_KEY = 'line ';

/** The members of a screening that links reads itself: a key given twice in them refuses the line. */
const READ_BY_LINKS: ReadonlySet<string> = new Set(['ref', 'associations']);
