/**
 * How much each form of result carries: the mean size of a result in each detail on the golden cases (JSON length,
 * in characters), and issue 27's floor 4, the ids output of `assess --batch` against its input's bytes on
 * caseload-like records (test/support/caseload-screenings.ts):  npx tsx bench/result-sizes.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Lib from '../src/index.js';
import { caseloadScreenings, type CaseloadRuleset } from '../test/support/caseload-screenings.js';

/** The ids output's bytes over the input's on a generated caseload, each line written as `assess --batch` writes it. */
export interface IdsOutputRatio { readonly records: number; readonly inputBytes: number; readonly outputBytes: number; readonly ratio: number }

/** Screens a generated caseload with detail ids and compares the bytes of the lines out with the lines in. */
export function measureIdsOutputRatio(screener: Lib.Screener, records = 10_000): IdsOutputRatio {
  let inputBytes = 0;
  let outputBytes = 0;
  let line = 0;
  for (const screening of caseloadScreenings(screener.ruleset as CaseloadRuleset, { screenings: records })) {
    line++;
    inputBytes += Buffer.byteLength(JSON.stringify(screening)) + 1;
    const result = screener.screen(screening, { detail: 'ids' });
    outputBytes += Buffer.byteLength(JSON.stringify({ line, ...(result.ref === undefined ? {} : { ref: result.ref }), result })) + 1;
  }
  return { records, inputBytes, outputBytes, ratio: outputBytes / inputBytes };
}

/** The floor's line for RESULTS.md: at most 3 times the input. */
export function renderIdsOutputRatio(measured: IdsOutputRatio): string {
  const verdict = measured.ratio <= 3 ? '**MET**' : `**MISSED** by ${((measured.ratio / 3 - 1) * 100).toFixed(0)}%`;
  return `4. The ids output of \`assess --batch\` at most 3 times its input's bytes on caseload-like records: ${verdict}: ${measured.ratio.toFixed(2)}× (${measured.records.toLocaleString('en-GB')} records from test/support/caseload-screenings.ts, ${(measured.inputBytes / 1e6).toFixed(1)} MB in, ${(measured.outputBytes / 1e6).toFixed(1)} MB out, \`cse-screening/result-ids@3\`).`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = await import('../src/index.js');
  const screener = lib.compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
  const screenings = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort()
    .map((name) => (JSON.parse(readFileSync(`test/cases/${name}`, 'utf8')) as { screening: unknown }).screening);
  const mean = (detail: 'full' | 'ids' | 'decision'): number =>
    Math.round(screenings.reduce<number>((sum, screening) => sum + JSON.stringify(screener.screen(screening, { detail })).length, 0) / screenings.length);
  console.log(`${screener.ruleset.meta.id} ${screener.ruleset.meta.version}, ${screenings.length} golden cases: mean full ${mean('full')}, ids ${mean('ids')}, decision ${mean('decision')} characters`);
  console.log(renderIdsOutputRatio(measureIdsOutputRatio(screener)));
}
