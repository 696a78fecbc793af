import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const OUT = 'test-artifacts/browser/forms';

/** One response of the test server: a body, its type, and the headers to add (a CSP, say). */
export interface Served {
  readonly body: string | Buffer;
  readonly type: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A route table: a path (with its query) to what the server sends, or undefined for 404. POST bodies are given. */
export type Routes = (path: string, request: { readonly method: string; readonly body: string }) => Served | undefined;

/**
 * Bundles a page's entry (TypeScript, from test/browser/pages) for a browser with esbuild, as an app's
 * bundler would, into test-artifacts/browser/forms, and returns the bundle's text.
 */
export async function bundlePage(entry: string, name: string, alias: Readonly<Record<string, string>> = {}): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const outfile = `${OUT}/${name}.js`;
  await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', outfile, logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' }, minify: true, sourcemap: false, alias,
  });
  return readFileSync(outfile, 'utf8');
}

/** Serves routes on 127.0.0.1 on a free port; resolves with the server and its URL. */
export function serve(routes: Routes): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    request.on('end', () => {
      if (request.url === '/favicon.ico') { response.writeHead(204).end(); return; }
      const found = routes(request.url ?? '/', { method: request.method ?? 'GET', body });
      if (found === undefined) { response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'); return; }
      response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store', ...found.headers }).end(found.body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` });
  }));
}

/** Closes a server started by `serve`. */
export function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => { if (server === undefined) resolve(); else server.close(() => resolve()); });
}

/**
 * Starts Chromium headless as a UK user's browser: its language is en-GB, so that its date fields show
 * day/month/year (they follow the browser's language, not the page's or the context's locale).
 */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--lang=en-GB'], env: { ...process.env, LANG: 'en_GB.UTF-8' }, timeout: 30_000 });
}

/** A new page that records console errors and page errors, and collects CSP violations on `window.cspViolations`. */
export async function openPage(browser: Browser, options: { readonly locale?: string } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => { violations.push(`${event.violatedDirective} ${event.blockedURI}`); });
  });
  return { page, errors };
}

/** An HTML page that loads one module script, with the ruleset as JSON data in the page. */
export function htmlPage(title: string, script: string, data: Readonly<Record<string, unknown>>, head = ''): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>${head}</head>`
    + `<body><main id="root"></main><script type="application/json" id="page-data">${json}</script>`
    + `<script type="module" src="${script}"></script></body></html>`;
}

const nativeOrders = new WeakMap<Page, 'dmy' | 'mdy' | 'ymd'>();

/**
 * Types a date into a native `<input type="date">` as a person does: the digits in the order the field
 * shows its parts. Chromium orders them by its own language (day first in en-GB, month first in en-US,
 * where Debian's Chromium stays without the chromium-l10n package), so the order is read once per page
 * from a scratch field. The field's value is always YYYY-MM-DD.
 */
export async function typeNativeDate(page: Page, selector: string, isoDate: string): Promise<void> {
  let order = nativeOrders.get(page);
  if (order === undefined) {
    await page.evaluate(() => { const probe = document.createElement('input'); probe.type = 'date'; probe.id = 'date-order-probe'; document.body.append(probe); });
    await page.focus('#date-order-probe');
    await page.keyboard.type('01022003');
    const value = await page.inputValue('#date-order-probe');
    await page.evaluate(() => document.getElementById('date-order-probe')?.remove());
    order = value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
    nativeOrders.set(page, order);
  }
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await page.focus(selector);
  // At a person's pace: a form that re-renders on every change (JSON Forms) can drop keys typed faster.
  await page.keyboard.type(order === 'dmy' ? `${day}${month}${year}` : order === 'mdy' ? `${month}${day}${year}` : `${year}${month}${day}`, { delay: 120 });
  await page.keyboard.press('Tab');
}
