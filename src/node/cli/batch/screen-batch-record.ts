import type { Screener } from '../../../engine/screener/compile-ruleset.js';
import type { ScreenOptions } from '../../../engine/result/score-screening.js';
import { escapeUnprintable } from '../../../issues/escape-unprintable.js';
import type { Issue } from '../../../schema/issue.js';
import type { BatchRecord } from './batch-reader.js';

/** One output line of a batch, and whether its record was scored. */
export interface ScreenedRecord {
  readonly text: string;
  readonly scored: boolean;
}

/**
 * Screens one record and renders its output line, compact JSON and a newline:
 * `{"line":N,"ref":"…","result":{…}}`, or `{"line":N,"error":{"issues":[{code,path,message}]}}`. A record
 * read with something worth saying (a key given twice: only the last is used) has `"warnings":[{code,path,message}]`
 * before its result.
 * The ref is the caller's own; issues carry codes, paths and messages, never values from the input.
 * Control, format and separator characters in the ref, the issues and the result (ruleset texts, and free
 * text when asked for) are written as JSON `\u` escapes (the same data, but nothing a terminal acts on or that
 * disguises a path).
 */
export function screenBatchRecord(screener: Screener, record: BatchRecord, options: ScreenOptions): ScreenedRecord {
  const start = record.ref === undefined ? `{"line":${record.line}` : `{"line":${record.line},"ref":${escapeUnprintable(JSON.stringify(record.ref))}`;
  if (record.kind === 'unreadable') return { text: `${start},"error":${renderIssues(record.issues)}}\n`, scored: false };
  const head = record.warnings === undefined ? start : `${start},"warnings":${escapeUnprintable(JSON.stringify(record.warnings.map(({ code, path, message }) => ({ code, path, message }))))}`;
  const result = screener.safeScreen(record.screening, options);
  return result.success
    ? { text: `${head},"result":${escapeUnprintable(JSON.stringify(result.data))}}\n`, scored: true }
    : { text: `${head},"error":${renderIssues(result.issues)}}\n`, scored: false };
}

function renderIssues(issues: readonly Issue[]): string {
  return escapeUnprintable(JSON.stringify({ issues: issues.map(({ code, path, message }) => ({ code, path, message })) }));
}
