import type { Screener } from '../../engine/compile-ruleset.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { LinksSummary } from '../../schema/caseload-summary.js';
import type { Issue } from '../../schema/issue.js';
import type { CliIo } from '../cli/cli-io.js';
import { readNdjsonRecords } from '../report/read-ndjson-records.js';
import { createLinkFinder } from './create-link-finder.js';
import { summariseLinks, type ChildLevel } from './summarise-links.js';

const MAX_ISSUES = 20;
const MAX_GROUPS = 500;

/**
 * Reads screenings (NDJSON), scores each with the screener for its level, and finds the groups of
 * children who share association references. Streams the file; keeps one small entry per child and
 * per distinct reference. Links are found only on a whole caseload: any screening that cannot be read
 * or scored stops it, with issues that name lines and paths, never values.
 */
export async function findCaseloadLinks(source: string, screener: Screener, suppressBelow: number | undefined, stdin: CliIo['stdin']): Promise<Safe<LinksSummary>> {
  const finder = createLinkFinder();
  const levels = new Map<string, ChildLevel>();
  const refs = new Set<string>();
  const issues: Issue[] = [];
  for await (const record of readNdjsonRecords(source, stdin)) {
    if (record.kind === 'unreadable') {
      issues.push(...record.issues.map((issue) => ({ ...issue, path: [record.line, ...issue.path] })));
      if (record.line === 0) break;
    } else {
      const scored = screener.safeScreen(record.value);
      if (!scored.success) issues.push(...scored.issues.map((issue) => ({ ...issue, path: [record.line, ...issue.path] })));
      else {
        const ref = scored.data.ref;
        const key = ref ?? `line ${record.line}`;
        if (ref !== undefined) refs.add(ref);
        const { id, label, rank, colour } = scored.data.level;
        levels.set(key, { id, label, rank, colour });
        const associations = (record.value as { associations?: Parameters<typeof finder.add>[1] }).associations;
        if (associations !== undefined) finder.add(key, associations);
      }
    }
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) return fail(issues);
  return succeed(summariseLinks(finder, {
    levelOf: (key) => levels.get(key),
    refOf: (key) => (refs.has(key) ? key : undefined),
    ruleset: screener.ruleset,
    suppressBelow,
    maxGroups: MAX_GROUPS,
  }));
}
