import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { installPacked } from '../support/packed-package.js';

// The package as a case-system team installs it: packed, unpacked into a project of its own, with its
// runtime dependencies only. The optional peers (echarts, json-schema-to-typescript) are not there until a
// test links them in, as `npm install echarts` would put them.
let project = '';
beforeAll(() => {
  project = installPacked('cse-installed-');
}, 120_000);
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const example = (path: string): string => resolve('examples', path);

function cse(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const bin = join(project, 'node_modules', 'cse-screening', 'dist', 'cse-screen.cjs');
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// A link, as npm's install would leave the package; its own dependencies resolve from where it really is.
function addPeer(name: string): void {
  symlinkSync(resolve('node_modules', name), join(project, 'node_modules', name), 'dir');
}

describe('the installed command line, without its optional peers', () => {
  test('installs only zod beside it, and assesses, lists, exports and links from the installed package', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'cse-screening', 'package.json'), 'utf8')) as { version: string };
    expect(cse('--version')).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(cse('assess', example('screening.json')).stdout).toMatch(/^Level: /);
    expect(cse('ruleset', 'list').status).toBe(0);
    expect(cse('export', 'answer-schema').status).toBe(0);
    expect(cse('links', example('caseload/screenings.ndjson')).status).toBe(0);
    expect(existsSync(join(project, 'node_modules', 'echarts'))).toBe(false);
  }, 120_000);

  test('report without --out writes its Markdown, which needs no charts', () => {
    const run = cse('report', example('caseload/results.ndjson'), '--screenings', example('caseload/screenings.ndjson'), '--as-of', '2026-11-01');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('# ');
  }, 60_000);

  test('report --out, which draws charts, says to install echarts: missing_dependency, exit 69, and writes nothing', () => {
    const out = join(project, 'report');
    const run = cse('report', example('caseload/results.ndjson'), '--screenings', example('caseload/screenings.ndjson'), '--as-of', '2026-11-01', '--out', out);
    expect(run).toEqual({
      status: 69,
      stdout: '',
      stderr: 'cse-screen: (root) missing_dependency cse-screen report --out draws its charts with the echarts package, which is not installed: npm install echarts\n',
    });
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  test('types says to install json-schema-to-typescript: missing_dependency, exit 69, and writes nothing', () => {
    const out = join(project, 'answers.ts');
    expect(cse('types', '--out', out)).toEqual({
      status: 69,
      stdout: '',
      stderr: 'cse-screen: (root) missing_dependency cse-screen types writes its types with the json-schema-to-typescript package, which is not installed: npm install --save-dev json-schema-to-typescript\n',
    });
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('the installed command line, once its optional peers are installed', () => {
  test('report --out draws its charts and types writes the answers type', () => {
    addPeer('echarts');
    addPeer('json-schema-to-typescript');
    const out = join(project, 'report-with-charts');
    const report = cse('report', example('caseload/results.ndjson'), '--screenings', example('caseload/screenings.ndjson'), '--as-of', '2026-11-01', '--out', out);
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    expect(readFileSync(join(out, 'caseload-report.html'), 'utf8')).toContain('<svg');
    const types = cse('types', '--out', join(project, 'answers.ts'));
    expect(types.stderr).toBe('');
    expect(types.status).toBe(0);
    expect(readFileSync(join(project, 'answers.ts'), 'utf8')).toContain('export type BrightonHoveCseAnswers = {');
  }, 120_000);
});
