import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';
import { compilePrecompiled, type PrecompiledRuleset } from '../../src/precompiled/index.js';

// Serves the built package read-only from the repository root, on loopback only.
function serve(root: string): Promise<Server> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^\/+/, '');
    if (path === 'favicon.ico') { response.writeHead(204).end(); return; }
    if (path.startsWith('..') || !/^(test-artifacts\/browser|rules|test\/cases)\//.test(path)) { response.writeHead(404).end(); return; }
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-security-policy': "default-src 'self'; script-src 'self'" }).end(body);
    } catch { response.writeHead(404).end(); }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const rulesetJson: unknown = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8'));
const caseFiles = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort();
let server: Server;
let browser: Browser;

/** The modules of dist/esm that have code in each browser bundle. */
const bundled = new Map<string, string[]>();

beforeAll(async () => {
  // The package's two ESM entries bundled for a browser as an embedding team's bundler does, minified: with
  // the package's browser map, so without the one-walk reader. In Chromium every screening is read the full
  // way; Node, below, reads it in one walk. The results and issues must not differ.
  for (const [entry, outfile] of [['dist/esm/index.js', 'cse-screening.js'], ['dist/esm/precompiled/index.js', 'cse-screening-precompiled.js']] as const) {
    const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: `test-artifacts/browser/${outfile}`, metafile: true, logLevel: 'silent' });
    // The modules that left code in the bundle (the metafile's inputs also list modules read, then shaken out).
    bundled.set(outfile, Object.values(out.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)));
  }
  server = await serve(process.cwd());
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page on the served package, with the console errors and page errors it logs. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const { port } = server.address() as AddressInfo;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.name));
  await page.goto(`http://127.0.0.1:${port}/test-artifacts/browser/cse-screening.js`);
  return { page, errors };
}

describe('determinism across runtimes', () => {
  test('the bundles run in Chromium are those a browser gets: the browser map of the package left the one-walk reader out', () => {
    for (const outfile of ['cse-screening.js', 'cse-screening-precompiled.js']) {
      const inputs = bundled.get(outfile) ?? [];
      expect(inputs).toContain('dist/esm/engine/read/read-screening-fast.browser.js');
      expect(inputs).toContain('dist/esm/schema/parse-shape.js');
      expect(inputs.filter((input) => input.endsWith('read-screening-fast.js') || input.endsWith('read-screening-shape.js'))).toEqual([]);
    }
  });

  test('every golden case gives byte-identical result JSON, and the same fingerprint, in Node and in Chromium', async () => {
    const { page, errors } = await openPage();
    // A string, not a function: the test runner rewrites import() inside functions it compiles.
    const script = `(async () => {
      const library = await import('/test-artifacts/browser/cse-screening.js');
      const ruleset = await (await fetch('/rules/brighton-hove-cse.json')).json();
      const screener = library.compileRuleset(ruleset);
      const results = [];
      for (const file of ${JSON.stringify(caseFiles)}) {
        const golden = await (await fetch('/test/cases/' + file)).json();
        results.push(JSON.stringify(screener.screen(golden.screening)));
      }
      return { fingerprint: screener.stamp.fingerprint, results };
    })()`;
    const inBrowser = await page.evaluate(script) as { fingerprint: string; results: string[] };
    const screener = compileRuleset(rulesetJson);
    expect(inBrowser.fingerprint).toBe(screener.stamp.fingerprint);
    const inNode = caseFiles.map((file) => JSON.stringify(screener.screen((JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown }).screening)));
    expect(inBrowser.results).toEqual(inNode);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the precompiled entry, and screenings and rulesets refused, give the same results and the same issues in Node and in Chromium', async () => {
    const { page, errors } = await openPage();
    const refusedScreenings: unknown[] = [
      { subject: { ageYears: 14.5 }, answers: { 'missing-from-home': 'maybe' }, extra: 1 },
      { subject: {}, answers: { 'missing-from-home': { value: 'yes', window: Array(21).fill('Bad') } } },
      'not a screening',
    ];
    // Web addresses are read by each runtime's own URL parser: one refused, one taken once trimmed.
    const withAddresses = (first: string, second: string): unknown => {
      const copy = JSON.parse(JSON.stringify(rulesetJson)) as { meta: { sources: { url?: string }[] } };
      const [one, two] = copy.meta.sources;
      if (one === undefined || two === undefined) throw new Error('the default ruleset cites fewer than two sources');
      one.url = first;
      two.url = second;
      return copy;
    };
    const refusedRulesets: unknown[] = [withAddresses(' http:example.org ', 'https://[::1'), withAddresses('ftp://example.org', '\thttps://example.org/a b\n'), { format: 'cse-screening/ruleset@1', meta: {} }];
    const script = `(async () => {
      const full = await import('/test-artifacts/browser/cse-screening.js');
      const lean = await import('/test-artifacts/browser/cse-screening-precompiled.js');
      const precompiled = await (await fetch('/rules/brighton-hove-cse.compiled.json')).json();
      const screener = lean.compilePrecompiled(precompiled);
      const results = [];
      for (const file of ${JSON.stringify(caseFiles)}) {
        const golden = await (await fetch('/test/cases/' + file)).json();
        results.push(JSON.stringify(screener.screen(golden.screening, { detail: 'ids' })));
      }
      const refusedScreenings = ${JSON.stringify(refusedScreenings)}.map((input) => JSON.stringify(screener.safeScreen(input)));
      const refusedRulesets = ${JSON.stringify(refusedRulesets)}.map((input) => JSON.stringify(full.safeCompileRuleset(input)));
      return { results, refusedScreenings, refusedRulesets };
    })()`;
    const inBrowser = await page.evaluate(script) as { results: string[]; refusedScreenings: string[]; refusedRulesets: string[] };
    const screener = compilePrecompiled(JSON.parse(readFileSync('rules/brighton-hove-cse.compiled.json', 'utf8')) as PrecompiledRuleset);
    expect(inBrowser.results).toEqual(caseFiles.map((file) => JSON.stringify(screener.screen((JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown }).screening, { detail: 'ids' }))));
    expect(inBrowser.refusedScreenings).toEqual(refusedScreenings.map((input) => JSON.stringify(screener.safeScreen(input))));
    expect(inBrowser.refusedScreenings.every((text) => text.includes('"success":false'))).toBe(true);
    const { safeCompileRuleset } = await import('../../src/index.js');
    expect(inBrowser.refusedRulesets).toEqual(refusedRulesets.map((input) => JSON.stringify(safeCompileRuleset(input))));
    expect(inBrowser.refusedRulesets.every((text) => text.includes('"success":false'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
