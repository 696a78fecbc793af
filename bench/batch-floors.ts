/**
 * Issue 27's batch floors, measured on the built CLI side by side in one run, with the machine's load:
 * - floor 2: the default `--jobs` (auto) against `--jobs 1`, in wall time, on a quiet machine and with one
 *   core kept busy by a CPU burner started beside it; and the CPU a record costs with worker threads
 *   (`--jobs 2`) against one thread (at most 1.2 times);
 * - floor 3: on one thread, records per CPU second (user + system) of `assess --batch` with ids and with
 *   decision output against the plain NDJSON loop (bench/plain-ndjson-loop.mjs: read, JSON.parse,
 *   JSON.stringify, write), at least 50% and 75%.
 * Both on the generated set (bench/screenings.ts: dense random answers) and on caseload-like records
 * (test/support/caseload-screenings.ts: twelve answers and three associations each). CPU times come from
 * /usr/bin/time; without it this part is skipped and says so. Files live in a temporary folder.
 * Run alone (after npm run build): npx tsx bench/batch-floors.ts [RECORDS]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseloadScreenings } from '../test/support/caseload-screenings.js';
import { median } from './measure.js';

const TIME = '/usr/bin/time';

/** One run of a command: wall and CPU seconds. */
interface Timed {
  readonly wall: number;
  readonly cpu: number;
}

/** What one data set gave. */
export interface BatchFloorSet {
  readonly name: string;
  readonly records: number;
  readonly inputBytes: number;
  readonly plain: Timed;
  readonly ids1: Timed;
  readonly decision1: Timed;
  readonly ids2: Timed;
  readonly idsDefault: Timed;
  readonly idsDefaultBusy: Timed;
  readonly ids1Busy: Timed;
}

/** The batch floors' measurements, or why they were not taken. */
export interface BatchFloors {
  readonly sets: readonly BatchFloorSet[];
  readonly skipped: string | undefined;
  readonly load: readonly [number, number];
}

function timed(args: readonly string[], repetitions: number): Timed {
  const runs: Timed[] = [];
  for (let rep = 0; rep < repetitions; rep++) {
    const child = spawnSync(TIME, ['-f', 'TIMED %e %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const match = /TIMED ([0-9.]+) ([0-9.]+) ([0-9.]+)/.exec(child.stderr);
    if (child.status !== 0 || match === null) throw new Error(`node ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
    runs.push({ wall: Number(match[1]), cpu: Number(match[2]) + Number(match[3]) });
  }
  return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) };
}

/** A process that keeps one core busy until stopped. */
function startBurner(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function writeLines(path: string, lines: Iterable<string>): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let buffer = '';
    for (const line of lines) {
      buffer += `${line}\n`;
      if (buffer.length > 1 << 20) {
        bytes += writeSync(fd, buffer);
        buffer = '';
      }
    }
    bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function measureSet(name: string, file: string, records: number, inputBytes: number, repetitions: number, log: (line: string) => void): BatchFloorSet {
  const batch = (...extra: string[]): string[] => ['dist/cli.js', 'assess', '--batch', file, '--quiet', ...extra];
  const plain = timed(['bench/plain-ndjson-loop.mjs', file], repetitions);
  const ids1 = timed(batch('--jobs', '1'), repetitions);
  const decision1 = timed(batch('--jobs', '1', '--detail', 'decision'), repetitions);
  const ids2 = timed(batch('--jobs', '2'), repetitions);
  const idsDefault = timed(batch(), repetitions);
  const burner = startBurner();
  let busy: { idsDefaultBusy: Timed; ids1Busy: Timed };
  try {
    // Let the burner take its core before the batch looks for idle ones.
    spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 500)']);
    busy = { idsDefaultBusy: timed(batch(), repetitions), ids1Busy: timed(batch('--jobs', '1'), repetitions) };
  } finally {
    burner.kill('SIGKILL');
  }
  const set = { name, records, inputBytes, plain, ids1, decision1, ids2, idsDefault, ...busy };
  log(`  ${name}: plain ${plain.cpu.toFixed(2)} s CPU; ids one thread ${ids1.cpu.toFixed(2)} s CPU, ${ids1.wall.toFixed(2)} s; decision ${decision1.cpu.toFixed(2)} s CPU; `
    + `--jobs 2 ${ids2.cpu.toFixed(2)} s CPU, ${ids2.wall.toFixed(2)} s; default ${idsDefault.wall.toFixed(2)} s; busy: default ${busy.idsDefaultBusy.wall.toFixed(2)} s, --jobs 1 ${busy.ids1Busy.wall.toFixed(2)} s`);
  return set;
}

/** Measures both data sets: `records` caseload-like records, and the generated set's lines repeated to about as many. */
export function measureBatchFloors(generatedLines: readonly string[], records: number, log: (line: string) => void, repetitions = 3): BatchFloors {
  const loadBefore = loadavg()[0] ?? 0;
  if (!existsSync(TIME)) return { sets: [], skipped: `${TIME} is not installed: CPU times cannot be read`, load: [loadBefore, loadBefore] };
  const dir = mkdtempSync(join(tmpdir(), 'cse-batch-floors-'));
  try {
    const ruleset = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as Parameters<typeof caseloadScreenings>[0];
    const caseloadFile = join(dir, 'caseload.ndjson');
    const caseloadBytes = writeLines(caseloadFile, (function* () {
      for (const screening of caseloadScreenings(ruleset, { screenings: records })) yield JSON.stringify(screening);
    })());
    const generatedFile = join(dir, 'generated.ndjson');
    const generatedRecords = Math.max(generatedLines.length, Math.floor(records / 5));
    const generatedBytes = writeLines(generatedFile, (function* () {
      for (let i = 0; i < generatedRecords; i++) yield generatedLines[i % generatedLines.length] ?? '';
    })());
    const sets = [
      measureSet(`caseload-like records (${records.toLocaleString('en-GB')})`, caseloadFile, records, caseloadBytes, repetitions, log),
      measureSet(`generated set (${generatedRecords.toLocaleString('en-GB')})`, generatedFile, generatedRecords, generatedBytes, repetitions, log),
    ];
    return { sets, skipped: undefined, load: [loadBefore, loadavg()[0] ?? 0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const verdict = (met: boolean): string => (met ? 'met' : '**missed**');

/** The floors as Markdown, for bench/RESULTS.md. */
export function renderBatchFloors(floors: BatchFloors): string {
  const head = [
    '## Batch: threads and throughput against the plain loop (issue 27, floors 2 and 3)',
    '',
    'The built CLI (`node dist/cli.js assess --batch FILE --quiet`), median of 3 runs each, wall and CPU (user + system) from /usr/bin/time.',
    'Plain loop: bench/plain-ndjson-loop.mjs (read lines, JSON.parse, JSON.stringify, write). "Busy": a CPU burner (`node -e "for(;;){}"`) runs beside',
    'the batch on one core. Per CPU second: records divided by CPU seconds; the share is the batch\'s over the plain loop\'s.',
    `Load (1-minute average): ${floors.load[0].toFixed(2)} before, ${floors.load[1].toFixed(2)} after.`,
    '',
  ];
  if (floors.skipped !== undefined) return [...head, `Skipped: ${floors.skipped}.`].join('\n');
  const rows = floors.sets.map((set) => {
    const rate = (run: Timed): number => set.records / run.cpu;
    const idsShare = rate(set.ids1) / rate(set.plain);
    const decisionShare = rate(set.decision1) / rate(set.plain);
    const cpuRatio = set.ids2.cpu / set.ids1.cpu;
    return {
      set,
      line: `| ${set.name} | ${(set.inputBytes / 1e6).toFixed(1)} | ${Math.round(rate(set.plain)).toLocaleString('en-GB')} | ${Math.round(rate(set.ids1)).toLocaleString('en-GB')} (${(idsShare * 100).toFixed(0)}%) `
        + `| ${Math.round(rate(set.decision1)).toLocaleString('en-GB')} (${(decisionShare * 100).toFixed(0)}%) | ${set.ids1.wall.toFixed(2)} | ${set.idsDefault.wall.toFixed(2)} | ${set.ids2.wall.toFixed(2)} `
        + `| ${cpuRatio.toFixed(2)}x | ${set.ids1Busy.wall.toFixed(2)} | ${set.idsDefaultBusy.wall.toFixed(2)} |`,
      verdicts: [
        `${set.name}: floor 2, default no slower than --jobs 1: quiet ${verdict(set.idsDefault.wall <= set.ids1.wall * 1.02)} (${set.idsDefault.wall.toFixed(2)} s against ${set.ids1.wall.toFixed(2)} s), `
          + `one core busy ${verdict(set.idsDefaultBusy.wall <= set.ids1Busy.wall * 1.02)} (${set.idsDefaultBusy.wall.toFixed(2)} s against ${set.ids1Busy.wall.toFixed(2)} s); `
          + `CPU per record with --jobs 2 at most 1.2x one thread: ${verdict(cpuRatio <= 1.2)} (${cpuRatio.toFixed(2)}x)`,
        `${set.name}: floor 3, per CPU second on one thread: ids at least 50% of the plain loop ${verdict(idsShare >= 0.5)} (${(idsShare * 100).toFixed(0)}%), `
          + `decision at least 75% ${verdict(decisionShare >= 0.75)} (${(decisionShare * 100).toFixed(0)}%)`,
      ],
    };
  });
  return [
    ...head,
    '| data | input (MB) | plain loop: records / CPU s | ids, one thread | decision, one thread | ids --jobs 1 wall (s) | default wall (s) | --jobs 2 wall (s) | --jobs 2 CPU / --jobs 1 CPU | busy: --jobs 1 wall (s) | busy: default wall (s) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((row) => row.line),
    '',
    'Wall times within 2% count as no slower. On a machine of fewer than 3 cores the default runs as `--jobs 1` does (one thread, no watch of the cores): a difference between the two columns there is run-to-run noise.',
    '',
    ...rows.flatMap((row) => row.verdicts.map((line) => `- ${line}`)),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { generateScreenings } = await import('./screenings.js');
  const { compileRuleset } = await import('../src/index.js');
  const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
  const lines = generateScreenings(screener.ruleset, 2000).map((screening) => JSON.stringify(screening));
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };
  process.stdout.write(`${renderBatchFloors(measureBatchFloors(lines, Number(process.argv[2] ?? 100_000), log))}\n`);
}
