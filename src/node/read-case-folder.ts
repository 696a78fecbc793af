import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, succeed, type Safe } from '../issues/safe.js';
import type { Issue } from '../schema/issue.js';
import { readJsonFile } from './read-json-file.js';
import { appendIssues } from '../issues/append-issues.js';

/** One case read from a folder: its file name, name, optional rationale and screening. */
export interface CaseFile {
  readonly file: string;
  readonly name: string;
  readonly rationale: string;
  readonly screening: unknown;
}

/**
 * Reads every `*.json` file of a folder, in file-name order, as a case: `{ name?, rationale?, screening }`
 * (the golden-case format), or a bare screening. Issues name the file, never its content.
 */
export function readCaseFolder(folder: string): Safe<CaseFile[]> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return fail([{ code: 'file_not_found', path: [], message: 'names a folder of cases that cannot be read' }]);
  }
  const cases: CaseFile[] = [];
  const issues: Issue[] = [];
  for (const file of names) {
    const read = readJsonFile(join(folder, file));
    if (!read.success) {
      appendIssues(issues, read.issues, [file]);
      continue;
    }
    const data = read.data;
    const isCase = data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'screening');
    const record = isCase ? data as Record<string, unknown> : {};
    cases.push({
      file,
      name: typeof record['name'] === 'string' ? record['name'] : file,
      rationale: typeof record['rationale'] === 'string' ? record['rationale'] : '',
      screening: isCase ? record['screening'] : data,
    });
  }
  return issues.length > 0 ? fail(issues) : succeed(cases);
}
