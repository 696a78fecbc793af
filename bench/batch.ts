/**
 * The batch CLI against a plain parse-and-stringify loop over the same NDJSON file, and the CLI's peak
 * memory (max RSS) at two sizes. Files live in a temporary folder that is removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './measure.js';

const TIME = '/usr/bin/time';

/** One measured run of a child process. */
interface Run {
  readonly seconds: number;
  readonly maxRssKb: number | undefined;
  readonly outputBytes: number;
}

/** What the batch part of the bench found. */
export interface BatchReport {
  readonly available: boolean;
  readonly reason: string | undefined;
  readonly records: number;
  readonly bigRecords: number;
  readonly inputBytes: number;
  readonly oursSeconds: number | undefined;
  readonly plainSeconds: number | undefined;
  readonly oursOutputBytes: number | undefined;
  readonly plainOutputBytes: number | undefined;
  readonly oursRssKb: number | undefined;
  readonly plainRssKb: number | undefined;
  readonly rss: { readonly records: number; readonly output: string; readonly maxRssKb: number | undefined; readonly seconds: number }[];
  readonly memoryMethod: string;
  readonly skipped: string | undefined;
}

/** Runs the batch measurements on NDJSON made of `lines` repeated, or reports that `--batch` is not available. */
export function measureBatch(lines: readonly string[], options: { records: number; bigRecords: number; repetitions: number }, log: (line: string) => void): BatchReport {
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-'));
  const memoryMethod = existsSync(TIME) ? `${TIME} -v (Maximum resident set size)` : 'process.resourceUsage().maxRSS in the child (preloaded)';
  const base = {
    records: options.records, bigRecords: options.bigRecords, memoryMethod,
    oursSeconds: undefined, plainSeconds: undefined, oursOutputBytes: undefined, plainOutputBytes: undefined, oursRssKb: undefined, plainRssKb: undefined,
  };
  try {
    const probe = join(dir, 'probe.ndjson');
    writeFileSync(probe, `${lines.slice(0, 2).join('\n')}\n`);
    const check = spawnSync(process.execPath, ['dist/cli.js', 'assess', '--batch', probe, '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const outLines = check.stdout.split('\n').filter((line) => line !== '').length;
    if (check.status !== 0 || outLines !== 2) {
      const said = check.stderr.split('\n').find((line) => line.trim() !== '') ?? '';
      return { ...base, available: false, reason: `\`assess --batch\` is not available in dist/cli.js (exit ${check.status ?? 'signal'}, ${outLines} output lines; ${said})`, inputBytes: 0, rss: [], skipped: undefined };
    }

    const chunk = `${lines.join('\n')}\n`;
    const file = join(dir, 'screenings.ndjson');
    writeRepeated(file, chunk, options.records / lines.length);
    const inputBytes = statSync(file).size;
    log(`  ${options.records} records, ${(inputBytes / 1e6).toFixed(0)} MB of NDJSON`);
    const preload = join(dir, 'max-rss.cjs');
    const ours: Run[] = [];
    const plain: Run[] = [];
    for (let rep = 0; rep < options.repetitions; rep++) {
      const out = join(dir, 'out.ndjson');
      const cases = [['ours', ours, ['dist/cli.js', 'assess', '--batch', file, '--quiet']], ['plain', plain, ['bench/plain-ndjson-loop.mjs', file]]] as const;
      for (const [name, runs, args] of rep % 2 === 0 ? cases : [...cases].reverse()) {
        const run = runMeasured([...args], out, preload);
        runs.push(run);
        rmSync(out, { force: true });
        log(`  ${name} run ${rep + 1}: ${run.seconds.toFixed(2)} s, max RSS ${run.maxRssKb ?? '?'} KB, output ${(run.outputBytes / 1e6).toFixed(0)} MB`);
      }
    }

    const medianOf = (runs: Run[], pick: (run: Run) => number | undefined): number | undefined => {
      const values = runs.map(pick).filter((value): value is number => value !== undefined);
      return values.length === 0 ? undefined : median(values);
    };
    // Peak memory: at the smaller size from the timed runs above; at the larger size from one run with the
    // output to /dev/null (a whole result per record would take tens of GB of disk). Node writes standard
    // output synchronously to both a file and /dev/null, so the two are comparable.
    const rss: BatchReport['rss'] = [{ records: options.records, output: 'a file (the timed runs, median)', maxRssKb: medianOf(ours, (run) => run.maxRssKb), seconds: medianOf(ours, (run) => run.seconds) ?? 0 }];
    rmSync(file, { force: true });
    const free = statfsSync(dir);
    const bigBytes = (inputBytes / options.records) * options.bigRecords;
    let skipped: string | undefined;
    if (free.bavail * free.bsize < bigBytes * 2) {
      skipped = `${options.bigRecords} records need ${(bigBytes / 1e9).toFixed(1)} GB of temporary disk; not enough free`;
    } else {
      const bigFile = join(dir, 'big.ndjson');
      writeRepeated(bigFile, chunk, options.bigRecords / lines.length);
      log(`  ${options.bigRecords} records, ${(statSync(bigFile).size / 1e9).toFixed(1)} GB of NDJSON; output to /dev/null`);
      const run = runMeasured(['dist/cli.js', 'assess', '--batch', bigFile, '--quiet'], '/dev/null', preload);
      rmSync(bigFile, { force: true });
      rss.push({ records: options.bigRecords, output: '/dev/null (one run)', maxRssKb: run.maxRssKb, seconds: run.seconds });
      log(`  memory at ${options.bigRecords} records: max RSS ${run.maxRssKb ?? '?'} KB, ${run.seconds.toFixed(1)} s`);
    }
    return {
      ...base, available: true, reason: undefined, inputBytes, rss, skipped,
      oursSeconds: medianOf(ours, (run) => run.seconds), plainSeconds: medianOf(plain, (run) => run.seconds),
      oursOutputBytes: ours[0]?.outputBytes, plainOutputBytes: plain[0]?.outputBytes,
      oursRssKb: medianOf(ours, (run) => run.maxRssKb), plainRssKb: medianOf(plain, (run) => run.maxRssKb),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeRepeated(path: string, chunk: string, times: number): void {
  const bytes = Buffer.from(chunk);
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < times; i++) writeSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/** Runs `node ARGS > stdoutPath` and measures its wall time and max RSS. Fails loudly if the child fails. */
function runMeasured(args: string[], stdoutPath: string, preload: string): Run {
  const useTime = existsSync(TIME);
  const rssFile = `${preload}.out`;
  if (!useTime) {
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  }
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-v', process.execPath, ...args] : ['--require', preload, ...args];
  const fd = openSync(stdoutPath, 'w');
  const start = performance.now();
  const child = spawnSync(command, argv, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed (exit ${child.status ?? child.signal}): ${child.stderr.slice(-500)}`);
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  const maxRssKb = useTime ? (match === null ? undefined : Number(match[1])) : Number(readFileSync(rssFile, 'utf8'));
  return { seconds, maxRssKb, outputBytes: stdoutPath === '/dev/null' ? 0 : statSync(stdoutPath).size };
}
