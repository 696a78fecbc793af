import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { listPacked } from '../support/packed-package.js';

/** The modules of dist/esm that leave code in `entry` bundled by esbuild for `platform`. */
async function modulesBundled(entry: string, platform: 'browser' | 'node'): Promise<string[]> {
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform, write: false, metafile: true, logLevel: 'silent' });
  return Object.values(out.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

// The built package, checked as its users get it: the tests run after the suite's build.
describe('the published package', () => {
  test('publint finds nothing wrong with package.json and the files it names', () => {
    const run = spawnSync('npx', ['publint', '--strict'], { encoding: 'utf8' });
    // Its one suggestion is to declare the browser's module with a "browser" condition of package imports
    // instead of the browser map. The map replaces a file inside dist/esm for every bundler that reads it
    // (esbuild, webpack, Vite); a "#" import would need a condition pointing at src/ in every build, bench
    // and test that bundles the sources. Any other suggestion, warning or error fails.
    // Colours (on under CI) are taken out before the text is read.
    const text = stripVTControlCharacters(run.stdout + run.stderr);
    const lines = text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(lines).toEqual([expect.stringMatching(/^1\. pkg\.browser with an object value can be refactored to use pkg\.exports\/pkg\.imports and the "browser" condition/)]);
    expect(text).not.toMatch(/Warnings:|Errors:/);
    expect(run.status).toBe(0);
  });

  test('are-the-types-wrong resolves types and code for every entry under node10, node16 and bundlers, from ESM and CJS', () => {
    // attw runs `npm pack`; its lifecycle scripts are skipped (prepack builds from an empty dist/, under the other tests).
    // node10 predates package exports: the subpath entries' types resolve there through typesVersions.
    const run = spawnSync('npx', ['attw', '--pack', '.', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, npm_config_ignore_scripts: 'true' } });
    const report = JSON.parse(run.stdout) as { problems?: Record<string, unknown[]> };
    expect(Object.values(report.problems ?? {}).flat()).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);

  test('every entry loads from ESM and from CJS, and the root entry works without Node built-ins', () => {
    const esm = execFileSync('node', ['--input-type=module', '-e', `
      const root = await import('cse-screening'); const node = await import('cse-screening/node');
      const loaded = node.loadDefaultRuleset(); if (!loaded.success) throw new Error('default');
      const result = loaded.data.screen({ subject: { ageYears: 14 }, answers: {} });
      console.log(typeof root.compileRuleset, result.level.id, loaded.data.stamp.id);`], { encoding: 'utf8' });
    expect(esm.trim()).toBe('function no-identified-concern brighton-hove-cse');
    const cjs = execFileSync('node', ['-e', `
      const root = require('cse-screening'); const node = require('cse-screening/node');
      const ruleset = require('cse-screening/rules/brighton-hove-cse.json');
      const schema = require('cse-screening/schemas/screening.schema.json');
      console.log(typeof root.compileRuleset, root.compileRuleset(ruleset).stamp.id, node.DEFAULT_RULESET_ID, schema.$schema);`], { encoding: 'utf8' });
    expect(cjs.trim()).toBe('function brighton-hove-cse brighton-hove-cse https://json-schema.org/draft/2020-12/schema');
  });

  test('its browser map replaces only the one-walk reader, with a module of the same exports, and both are built', async () => {
    const { browser } = JSON.parse(readFileSync('package.json', 'utf8')) as { browser: Record<string, string> };
    expect(browser).toEqual({ './dist/esm/engine/read/read-screening-fast.js': './dist/esm/engine/read/read-screening-fast.browser.js' });
    for (const [replaced, replacement] of Object.entries(browser)) {
      expect(existsSync(replaced) && existsSync(replacement)).toBe(true);
      const exportsOf = async (path: string): Promise<string[]> => Object.keys(await import(`../../${path}`) as object).sort();
      expect(await exportsOf(replacement)).toEqual(await exportsOf(replaced));
    }
  });

  test('bundled for a browser, both ESM entries leave the one-walk reader and its generated walk out; bundled for Node, they keep them', async () => {
    for (const entry of ['dist/esm/index.js', 'dist/esm/precompiled/index.js']) {
      const forBrowser = await modulesBundled(entry, 'browser');
      expect(forBrowser).toContain('dist/esm/engine/read/read-screening-fast.browser.js');
      expect(forBrowser.filter((path) => /read-screening-(fast|shape)\.js$/.test(path))).toEqual([]);
      const forNode = await modulesBundled(entry, 'node');
      expect(forNode).toEqual(expect.arrayContaining(['dist/esm/engine/read/read-screening-fast.js', 'dist/esm/generated/read-screening-shape.js']));
      expect(forNode).not.toContain('dist/esm/engine/read/read-screening-fast.browser.js');
    }
  });

  test('Vite, building an app for the browser, reads the browser map too: the bundle of the precompiled entry has no one-walk reader', async () => {
    const { build: viteBuild } = await import('vite');
    const app = mkdtempSync(join(tmpdir(), 'cse-vite-'));
    try {
      mkdirSync(join(app, 'node_modules'));
      symlinkSync(process.cwd(), join(app, 'node_modules', 'cse-screening'), 'dir');
      writeFileSync(join(app, 'main.js'), "import { compilePrecompiled } from 'cse-screening/precompiled';\nglobalThis.compile = compilePrecompiled;\n");
      const out = await viteBuild({
        root: app, configFile: false, logLevel: 'silent',
        build: { write: false, minify: false, lib: { entry: join(app, 'main.js'), formats: ['es'], fileName: 'app' } },
      });
      const code = (Array.isArray(out) ? out : [out]).flatMap((result) => ('output' in result ? result.output : [])).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
      expect(code).toContain('compilePrecompiled');
      expect(code).toContain('parseShape');
      expect(code).not.toContain('readScreeningShape');
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  }, 60_000);

  test('the packed tarball holds the built code, schemas, rules and rulebooks, and no tests or sources', () => {
    const paths = listPacked().files.map((file) => file.path);
    for (const expected of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/node.js', 'dist/cli.js', 'schemas/ruleset.schema.json', 'rules/brighton-hove-cse.json', 'docs/rulesets/brighton-hove-cse.html']) {
      expect(paths).toContain(expected);
    }
    expect(paths.filter((path) => path.startsWith('test/') || path.startsWith('src/'))).toEqual([]);
  });

  test('the packed tarball carries its MIT licence, its changelog and its security note, and no source maps', () => {
    const { files } = listPacked();
    const paths = files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'README.md']));
    // The maps point into src/, which the package leaves out, and were half of what it unpacked to.
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string; version: string; files: string[] };
    expect(manifest.license).toBe('MIT');
    expect(manifest.files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md']));
    const licence = readFileSync('LICENSE', 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 cse-screening contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    // The changelog's newest release is the package's version, with its date.
    const releases = readFileSync('CHANGELOG.md', 'utf8').split('\n').filter((line) => line.startsWith('## '));
    expect(releases[0]).toMatch(/^## (\d+\.\d+\.\d+) \(\d{4}-\d{2}-\d{2}\)$/);
    expect(releases[0]?.split(' ')[1]).toBe(manifest.version);
  });
});
