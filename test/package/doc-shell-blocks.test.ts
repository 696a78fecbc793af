import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DOCUMENTS, readDocBlocks } from '../support/doc-blocks.js';

// The shell blocks of the README and docs/*.md, run as a reader would run them: every `cse-screen …` (the built
// dist/cli.js) and `node dist/cli.js …` line, in a folder holding the files they name, each block expected to
// exit 0. A block is skipped only when the line before its fence is the marker below (README, "Work on
// cse-screening"): installing and running the whole test suite, and a usage synopsis, are shown, not run here.
const ILLUSTRATIVE = '<!-- illustrative -->';
const blocks = readDocBlocks(DOCUMENTS, ['sh', 'bash', 'shell']);
const runnable = blocks.filter((block) => block.marker !== ILLUSTRATIVE);

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cse-doc-shell-'));
  const copy = (from: string, to: string): void => {
    mkdirSync(join(folder, to, '..'), { recursive: true });
    copyFileSync(from, join(folder, to));
  };
  copy('examples/screening.json', 'screening.json');
  for (const name of ['caseload.ndjson', 'screenings.ndjson']) copy('examples/caseload/screenings.ndjson', name);
  // Raw identifiers, as pseudonymise reads them: made up, never real.
  const raw = { ref: 'RAW-1', subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'vehicle', identifier: 'AB12 CDE', role: 'transport' }] };
  writeFileSync(join(folder, 'raw.ndjson'), `${JSON.stringify(raw)}\n`);
  for (const name of ['path/to/ruleset.json', 'our-area.json', 'new.json']) copy('rules/brighton-hove-cse.json', name);
  copy('rules/archive/brighton-hove-cse-1.1.0.json', 'old.json');
  for (const name of readdirSync('test/cases').filter((file) => file.endsWith('.json')).slice(0, 5)) copy(join('test/cases', name), join('cases', name));
  for (const name of ['dist', 'examples', 'rules']) symlinkSync(resolve(name), join(folder, name), 'dir');
}, 60_000);
afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

describe('the shell blocks of the README and docs', () => {
  test('are found, with only npm commands (install, set-up) and usage synopses marked illustrative', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((block) => block.marker === ILLUSTRATIVE).every((block) => /\bnpm\b/.test(block.code) || block.code.includes(' [--'))).toBe(true);
    // A runnable block holds commands of this package only: nothing else would be checked.
    for (const block of runnable) {
      for (const line of commandLines(block.code)) expect(line, `${block.document} block ${block.index}`).toMatch(/^(cse-screen|node dist\/cli\.js) /);
    }
  });

  test.each(runnable.map((block) => [`${block.document} block ${block.index}`, block.code]))('%s runs, every command exiting 0', (_, code) => {
    const script = `set -e -o pipefail\ncse-screen() { node ${JSON.stringify(resolve('dist/cli.js'))} "$@"; }\n${code}`;
    const run = spawnSync('bash', ['-c', script], { cwd: folder, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr.split('\n').filter((line) => /internal|usage/.test(line))).toEqual([]);
    expect(run.status).toBe(0);
  }, 180_000);
});

/** The command lines of a block, without comments and comment-only lines. */
function commandLines(code: string): string[] {
  return code.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line !== '' && !line.startsWith('#'));
}
