import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { recordingStream } from '../support/recording-stream.js';
import { batchLines, linkedScreener, linkedTieredRuleset, toNdjson, TOKENS } from '../report/synthetic-caseload.js';

// Every text the CLI writes to a terminal or a text file is printable: controls (C0 such as ESC and NUL, DEL, C1
// such as U+009B), bidirectional overrides and isolates, and line and paragraph separators from case refs and
// ruleset texts are written as `\uXXXX` escapes, and a line feed or carriage return inside a field never starts
// a line of its own. The output's own layout (line feeds, tabs, the CRLF that ends a CSV row) is kept.
const HOSTILE = 'X\u001b[2J\u0007\u0000\u009b31m\u0085\u202eRTL\u2066iso\u2069\u2028\r\nG9: 99 children\rY';
/** Any raw control, format or separator character, but a line feed, a tab, and a carriage return before a line feed. */
const RAW = /(?!\n|\t|\r\n)[\p{Cc}\p{Cf}\u2028\u2029]/u;
const scratch = mkdtempSync(join(tmpdir(), 'cse-printable-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function cli(args: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = { stdin: Readable.from([Buffer.from(stdin)]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
  const code = await runCli(args, io);
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** Fails on the first raw character, naming its code point and where it is. */
function expectPrintable(text: string, what: string): void {
  const match = RAW.exec(text);
  expect(match === null ? 'printable' : `U+${(match[0].codePointAt(0) ?? 0).toString(16)} at ${match.index}`, what).toBe('printable');
}

/** The linked tiered ruleset with hostile text in its title, a level label, an indicator, a step and the guidance. */
function hostileRuleset(): string {
  const ruleset = linkedTieredRuleset() as { meta: { title: string }; levels: { label: string }[]; indicators: { text: string; guidance: string }[]; steps: { title: string }[] };
  const odd = 'A\u009b31m\u0085\u202eB\u2066C\u2069\u2028D';
  ruleset.meta.title += odd;
  for (const level of ruleset.levels) level.label += odd;
  for (const indicator of ruleset.indicators) {
    indicator.text += odd;
    indicator.guidance += odd;
  }
  for (const step of ruleset.steps) step.title += odd;
  const path = join(scratch, 'hostile-ruleset.json');
  writeFileSync(path, JSON.stringify(ruleset));
  return path;
}

/** Screenings of the linked ruleset whose refs are hostile: two share a vehicle, so both are listed in the links. */
function hostileScreenings(): { screenings: string; results: string } {
  const records = ['1', '2'].map((n) => ({
    ref: `${HOSTILE}${n}`, assessedOn: '2025-01-01', subject: { ageYears: 14 }, answers: { missing: 'yes' },
    associations: [{ kind: 'vehicle', ref: TOKENS.vehicle }],
  }));
  const screenings = join(scratch, 'screenings.ndjson');
  writeFileSync(screenings, toNdjson(records));
  const results = join(scratch, 'results.ndjson');
  writeFileSync(results, batchLines(linkedScreener(), records));
  return { screenings, results };
}

describe('text the CLI writes is printable', () => {
  const ruleset = join(scratch, 'ruleset.json');
  writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));

  test('links: a case ref with escape sequences, bidirectional controls and line breaks is shown escaped, and forges no line', async () => {
    const { screenings } = hostileScreenings();
    const done = await cli(['links', screenings, '--ruleset', ruleset]);
    expect(done.code).toBe(0);
    expectPrintable(done.stdout, 'links');
    expect(done.stdout).toContain('X\\u001b[2J');
    expect(done.stdout.split('\n').filter((line) => line.startsWith('G9'))).toEqual([]);
    const json = await cli(['links', screenings, '--ruleset', ruleset, '--format', 'json']);
    expectPrintable(json.stdout, 'links --format json');
    expect((JSON.parse(json.stdout) as { groups: { children: { ref: string }[] }[] }).groups[0]?.children[0]?.ref).toBe(`${HOSTILE}1`);
  });

  test('report: on stdout and in every file it writes, case refs are escaped; the CSV holds no control byte but its CRLF row ends', async () => {
    const { screenings, results } = hostileScreenings();
    const args = ['report', results, '--screenings', screenings, '--ruleset', ruleset, '--as-of', '2026-02-01'];
    const printed = await cli(args);
    expect(printed.code).toBe(0);
    expectPrintable(printed.stdout, 'report on stdout');
    expect(printed.stdout.split('\n').filter((line) => line.startsWith('G9'))).toEqual([]);
    const out = join(scratch, 'report');
    expect((await cli([...args, '--out', out])).code).toBe(0);
    for (const name of readdirSync(out)) expectPrintable(readFileSync(join(out, name), 'utf8'), name);
    const csv = readFileSync(join(out, 'caseload-report.csv'), 'utf8');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\p{Cc}]/u);
    expect(csv).toContain('X\\u001b[2J');
  });

  test('ruleset show, assess (text and JSON), diff and export: ruleset texts with C1 controls, bidirectional controls and separators are escaped', async () => {
    const hostile = hostileRuleset();
    const screening = JSON.stringify({ ref: HOSTILE, subject: { ageYears: 14 }, answers: { missing: { value: 'yes', evidence: HOSTILE } }, judgement: { level: 'high', rationale: HOSTILE } });
    const runs = {
      'ruleset show': await cli(['ruleset', 'show', hostile]),
      'ruleset show --format json': await cli(['ruleset', 'show', hostile, '--format', 'json']),
      'assess text': await cli(['assess', '-', '--ruleset', hostile, '--include-free-text'], screening),
      'assess json': await cli(['assess', '-', '--ruleset', hostile, '--include-free-text', '--format', 'json'], screening),
      diff: await cli(['diff', ruleset, hostile]),
      'export questionnaire': await cli(['export', 'questionnaire', hostile]),
    };
    for (const [what, run] of Object.entries(runs)) {
      expect(run.code, `${what}: ${run.stderr}`).toBe(0);
      expectPrintable(run.stdout, what);
    }
    expect(runs['ruleset show'].stdout).toContain('\\u202e');
    expect((JSON.parse(runs['export questionnaire'].stdout) as { title: string }).title).toContain('\u202e');
  });

  test('assess --batch: every NDJSON line is printable, the same JSON data; CSV rows hold no control byte', async () => {
    const hostile = hostileRuleset();
    const line = `${JSON.stringify({ ref: HOSTILE, subject: { ageYears: 14 }, answers: { missing: { value: 'yes', evidence: HOSTILE } } })}\n`;
    for (const detail of ['ids', 'full']) {
      const done = await cli(['assess', '--batch', '-', '--ruleset', hostile, '--quiet', '--detail', detail, '--include-free-text'], line);
      expect(done.code).toBe(0);
      expectPrintable(done.stdout, detail);
      expect((JSON.parse(done.stdout) as { ref: string }).ref).toBe(HOSTILE);
    }
    const csv = await cli(['assess', '--batch', '-', '--ruleset', hostile, '--quiet', '--output', 'csv'], line);
    expect(csv.stdout.replaceAll('\r\n', '')).not.toMatch(/[\p{Cc}\p{Cf}\u2028\u2029]/u);
  });

  test('pseudonymise writes printable lines: the same JSON data, escaped', async () => {
    const key = join(scratch, 'la.key');
    expect((await cli(['pseudonymise', '--new-key', key])).code).toBe(0);
    const raw = join(scratch, 'raw.ndjson');
    writeFileSync(raw, toNdjson([{ ref: HOSTILE, subject: { ageYears: 14 }, answers: { missing: { value: 'yes', evidence: HOSTILE } }, associations: [{ kind: 'person', identifier: 'P-1' }] }]));
    const out = join(scratch, 'pseudonymised.ndjson');
    expect((await cli(['pseudonymise', raw, '--key', key, '--out', out])).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expectPrintable(written, 'pseudonymise');
    expect((JSON.parse(written) as { ref: string }).ref).toBe(HOSTILE);
  });
});
