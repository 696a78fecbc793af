import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileRuleset } from '../../src/index.js';

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

beforeAll(async () => {
  // The browser entry bundled as an embedding team would (zod included), minified.
  await build({ entryPoints: ['src/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: 'test-artifacts/browser/cse-screening.js', logLevel: 'silent' });
  server = await serve(process.cwd());
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('determinism across runtimes', () => {
  test('every golden case gives byte-identical result JSON, and the same fingerprint, in Node and in Chromium', async () => {
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.name));
    await page.goto(`http://127.0.0.1:${port}/test-artifacts/browser/cse-screening.js`);
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
});
