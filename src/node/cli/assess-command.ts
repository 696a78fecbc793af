import { assertNever } from '../../assert-never.js';
import { explainResult } from '../../explain/explain-result.js';
import { succeed } from '../../issues/safe.js';
import type { Result } from '../../schema/result.js';
import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { DEFAULT_RULESET_ID } from '../list-bundled-rulesets.js';
import { resolveRulesetLazily } from '../resolve-ruleset-lazily.js';
import { readJsonFile } from '../read-json-file.js';
import { readJsonStream } from '../read-json-stream.js';
import type { CliIo } from './cli-io.js';
import { failed, printed, usageError, warned, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { readBatchOutput } from './batch/batch-output.js';
import { readInputFormat } from './batch/input-format.js';
import { findBatchWorker } from './batch/batch-worker-file.js';
import { AUTO_MIN_THREADS, readJobs } from './batch/read-jobs.js';
import { workerCapacity } from './batch/worker-capacity.js';
import { readOutputFormat, type OutputFormat } from './output-format.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--ruleset', takesValue: true },
  { name: '--format', takesValue: true },
  { name: '--include-free-text', takesValue: false },
  { name: '--batch', takesValue: false },
  { name: '--input', takesValue: true },
  { name: '--quiet', takesValue: false },
  { name: '--detail', takesValue: true },
  { name: '--output', takesValue: true },
  { name: '--jobs', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/**
 * `cse-screen assess [FILE|-]`: loads the ruleset (exit 3 if it fails), reads one screening from the
 * file or standard input, screens it (exit 1 with every issue if it is not valid) and prints the
 * explanation or the result as JSON. With `--input fhir` it reads a FHIR QuestionnaireResponse to the
 * ruleset's Questionnaire instead. With `--batch`, screens a stream of them (see runBatch).
 */
export async function runAssessCommand(argv: readonly string[], io: CliIo): Promise<CommandOutcome> {
  if (wantsHelp(argv)) return printed(HELP.assess);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const format = readOutputFormat(args.data.values.get('--format'));
  if (!format.success) return failed(EXIT.usage, format.issues);
  const batch = args.data.flags.has('--batch');
  const fhir = args.data.values.get('--input') === 'fhir';
  if (!batch && ((args.data.values.has('--input') && !fhir) || args.data.flags.has('--quiet'))) return usageError('--input ndjson|csv and --quiet go with --batch');
  // --output fhir: one screening's result as a FHIR R4 RiskAssessment (not with --batch or --format).
  const riskAssessment = args.data.values.get('--output') === 'fhir';
  if (riskAssessment && (batch || args.data.values.has('--format'))) return usageError('--output fhir writes one RiskAssessment: not with --batch or --format');
  if (!batch && (args.data.values.has('--detail') || (args.data.values.has('--output') && !riskAssessment) || args.data.values.has('--jobs'))) return usageError('--detail, --output ndjson|csv and --jobs go with --batch');
  const batchOutput = readBatchOutput(riskAssessment ? undefined : args.data.values.get('--output'), args.data.values.get('--detail'));
  if (!batchOutput.success) return failed(EXIT.usage, batchOutput.issues);
  const jobs = readJobs(args.data.values.get('--jobs'));
  if (!jobs.success) return failed(EXIT.usage, jobs.issues);
  if (batch && args.data.values.has('--format')) return usageError('--batch always writes NDJSON, one line per record: leave out --format');
  const source = args.data.positionals[0] ?? (io.stdin.isTTY === true ? undefined : '-');
  if (source === undefined) return usageError('needs a screening: give a FILE, or pipe JSON to standard input; run cse-screen assess --help');
  const inputFormat = readInputFormat(args.data.values.get('--input'), source);
  if (!inputFormat.success) return failed(EXIT.usage, inputFormat.issues);

  // For --jobs auto, the cores are watched while the ruleset loads, not after: the batch then waits for what is left of the watch only.
  const idle = batch && jobs.data === 'auto' ? (await import('./batch/idle-cores.js')).watchIdleCores(undefined, AUTO_MIN_THREADS) : undefined;
  const screener = await resolveRulesetLazily(args.data.values.get('--ruleset') ?? DEFAULT_RULESET_ID);
  if (!screener.success) return warned(failed(EXIT.invalidRuleset, screener.issues), screener.warnings);
  if (batch) {
    // Worker threads need the built worker beside the CLI; run from src/ there is none, and the batch screens on its own thread.
    const workerFile = findBatchWorker();
    if (workerFile === undefined && typeof jobs.data === 'number' && jobs.data > 1) return usageError('--jobs above 1 needs the built batch worker (dist/batch-worker.cjs): run npm run build');
    const options = {
      source, input: inputFormat.data, quiet: args.data.flags.has('--quiet'), includeFreeText: args.data.flags.has('--include-free-text'), output: batchOutput.data,
      // Capped to what the machine can hold: a worker that cannot reserve its memory would end the process with a V8 abort.
      ...(workerFile === undefined ? {} : { jobs: { requested: jobs.data, workerFile, capacity: workerCapacity(), ...(idle === undefined ? {} : { idle }) } }),
    };
    return warned(await (await import('./batch/run-batch.js')).runBatch(screener.data, options, io), screener.warnings);
  }
  const input = source === '-' ? await readJsonStream(io.stdin) : readJsonFile(source);
  if (!input.success) return warned(failed(EXIT.invalidScreening, input.issues), screener.warnings);
  // The FHIR reader (and the export modules under it) loads only for --input fhir.
  const read = fhir ? (await import('../../export/from-questionnaire-response.js')).fromQuestionnaireResponse(input.data, screener.data.ruleset) : succeed(input.data);
  if (!read.success) return warned(failed(EXIT.invalidScreening, read.issues), screener.warnings, input.warnings);
  const result = screener.data.safeScreen(read.data, { includeFreeText: args.data.flags.has('--include-free-text') });
  if (!result.success) return warned(failed(EXIT.invalidScreening, result.issues), screener.warnings, input.warnings);
  // A key given twice is kept with the result too (text and JSON), not only on stderr: a saved result must show that a value was overridden.
  const keyWarnings = input.warnings ?? [];
  const shown = keyWarnings.length === 0 ? result.data : { ...result.data, warnings: [...keyWarnings, ...result.data.warnings] };
  if (riskAssessment) {
    // The basis is the QuestionnaireResponse read with --input fhir, named by its id (the screening's ref).
    const { toFhirRiskAssessment } = await import('../../export/to-fhir-risk-assessment.js');
    const { ref, assessedOn } = read.data as { ref?: string; assessedOn?: string };
    const assessment = toFhirRiskAssessment(shown, {
      ruleset: screener.data.ruleset, ...(assessedOn === undefined ? {} : { assessedOn }), ...(fhir && ref !== undefined ? { questionnaireResponse: `QuestionnaireResponse/${ref}` } : {}),
    });
    return warned(printed(`${JSON.stringify(assessment, null, 2)}\n`), screener.warnings, input.warnings);
  }
  return warned(printed(render(shown, screener.data, format.data)), screener.warnings, input.warnings);
}

function render(result: Result, screener: Screener, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return `${explainResult(result, screener.ruleset)}\n`;
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    default:
      return assertNever(format);
  }
}
