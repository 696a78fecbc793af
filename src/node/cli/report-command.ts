import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { IsoDateSchema } from '../../schema/id.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { buildCaseloadSummary } from '../report/build-caseload-summary.js';
import { loadChartRenderer } from '../report/charts/load-chart-renderer.js';
import { reportCsvChunks } from '../report/render-report-csv.js';
import { reportHtmlChunks } from '../report/render-report-html.js';
import { renderReportMarkdown, reportMarkdownChunks } from '../report/render-report-markdown.js';
import { summaryJsonChunks } from '../report/summary-json-chunks.js';
import { writeFilesAtomically, type FileContent } from '../write-files-atomically.js';
import { readInputFormat } from './batch/input-format.js';
import type { CliIo } from './cli-io.js';
import { type CommandOutcome, failed, printed, usageError, warned } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--screenings', takesValue: true },
  { name: '--input', takesValue: true },
  { name: '--as-of', takesValue: true },
  { name: '--out', takesValue: true },
  { name: '--suppress-below', takesValue: true },
  { name: '--due-within', takesValue: true },
  { name: '--ruleset', takesValue: true },
  { name: '--allow-mixed-keys', takesValue: false },
  { name: '--help', short: '-h', takesValue: false },
];

/**
 * `cse-screen report RESULTS [--screenings FILE] [--as-of DATE] [--out DIR] [--suppress-below N]`:
 * the caseload's figures as HTML, Markdown, CSV and a JSON summary in DIR, or as Markdown on stdout.
 */
export async function runReportCommand(argv: readonly string[], io: CliIo, today: () => string = utcToday): Promise<CommandOutcome> {
  if (wantsHelp(argv)) return printed(HELP.report);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const results = args.data.positionals[0];
  if (results === undefined) return usageError('report needs RESULTS, the NDJSON that assess --batch wrote; run cse-screen report --help');
  const asOf = args.data.values.get('--as-of') ?? today();
  if (!IsoDateSchema.safeParse(asOf).success) return usageError('--as-of needs a date, YYYY-MM-DD');
  const suppressBelow = wholeNumber(args.data.values.get('--suppress-below'), 2, 1000);
  if (suppressBelow === null) return usageError('--suppress-below needs a whole number from 2 to 1000');
  const dueWithin = wholeNumber(args.data.values.get('--due-within'), 0, 366);
  if (dueWithin === null) return usageError('--due-within needs a whole number of days from 0 to 366');
  const screenings = args.data.values.get('--screenings');
  if (screenings === '-' && results === '-') return usageError('only one of RESULTS and --screenings can be standard input');
  // The screenings are read as assess --batch reads them: CSV for a .csv file or --input csv, else NDJSON.
  const screeningsFormat = readInputFormat(args.data.values.get('--input'), screenings ?? '');
  if (!screeningsFormat.success || screeningsFormat.data === 'fhir') return usageError('--input must be ndjson or csv, how the --screenings file is written');
  const named = args.data.values.get('--ruleset');
  let screener: Screener | undefined;
  const loaded = resolveRuleset(named ?? DEFAULT_RULESET_ID);
  if (loaded.success) screener = loaded.data;
  else if (named !== undefined) return failed(EXIT.invalidRuleset, loaded.issues);

  const out = args.data.values.get('--out');
  // The HTML page's charts need echarts, an optional peer: asked for before any caseload is read.
  const render = out === undefined ? undefined : await loadChartRenderer();
  if (render?.success === false) return warned(failed(EXIT.missingDependency, render.issues), loaded.warnings);

  const allowMixedKeys = args.data.flags.has('--allow-mixed-keys');
  const built = await buildCaseloadSummary({ results, screenings, screeningsFormat: screeningsFormat.data, asOf, dueWithinDays: dueWithin ?? 28, suppressBelow, screener, allowMixedKeys }, io.stdin);
  if (!built.success) return warned(failed(EXIT.invalidScreening, built.issues), loaded.warnings, built.warnings);
  if (out === undefined || render === undefined) return warned(printed(renderReportMarkdown(built.data)), loaded.warnings, built.warnings);
  // Each file is worked out as it is written, in parts: a caseload's long lists are never held in four texts at once.
  const summary = built.data;
  const written = writeFilesAtomically(out, new Map<string, FileContent>([
    ['caseload-report.html', () => reportHtmlChunks(summary, render.data)],
    ['caseload-report.md', () => reportMarkdownChunks(summary)],
    ['caseload-report.csv', () => reportCsvChunks(summary)],
    ['caseload-summary.json', () => summaryJsonChunks(summary)],
  ]), 'private');
  if (!written.success) return warned(failed(EXIT.ioError, written.issues), loaded.warnings, built.warnings);
  return warned(printed(written.data.map((path) => `wrote ${path}\n`).join('')), loaded.warnings, built.warnings);
}

/** A whole number within bounds, undefined when not given, null when given but not valid. */
export function wholeNumber(text: string | undefined, min: number, max: number): number | undefined | null {
  if (text === undefined) return undefined;
  if (!/^[0-9]{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
