// Prepares the demo: bundles the built ESM entry dist/index.js together with zod into
// vendor/cse-screening.js (a browser cannot resolve the bare "zod/mini" import that dist/index.js
// keeps), and copies the default ruleset to vendor/. Run `npx tsup` first.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { build } from 'tsup';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds vendor/ for the demo page; resolves when the files are written. */
export async function buildDemo() {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/index.js is missing: run `npx tsup` first');
  mkdirSync(`${here}vendor`, { recursive: true });
  await build({
    config: false,
    entry: { 'cse-screening': `${root}dist/index.js` },
    outDir: `${here}vendor`,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
  });
  copyFileSync(`${root}rules/brighton-hove-cse.json`, `${here}vendor/brighton-hove-cse.json`);
  await buildGovukDemo();
}

/**
 * The GOV.UK version of the demo, served at /vendor/govuk/: the page written by toGovukFormHtml, GOV.UK Frontend's
 * stylesheet (its asset URLs made relative) and assets, and govuk/live.js bundled with GOV.UK Frontend and
 * the library. Every file is external, so the page keeps the strict Content-Security-Policy.
 */
async function buildGovukDemo() {
  const out = `${here}vendor/govuk/`;
  const frontend = `${root}node_modules/govuk-frontend/dist/govuk/`;
  mkdirSync(out, { recursive: true });
  const { compileRuleset, toGovukFormHtml } = await import(`${root}dist/esm/index.js`);
  const { ruleset } = compileRuleset(JSON.parse(readFileSync(`${root}rules/brighton-hove-cse.json`, 'utf8')));
  writeFileSync(`${out}index.html`, toGovukFormHtml(ruleset, { stylesheetHref: './govuk-frontend.min.css', scriptHref: './live.js', rulesetHref: '../brighton-hove-cse.json', iconHref: '../../favicon.svg' }));
  writeFileSync(`${out}govuk-frontend.min.css`, readFileSync(`${frontend}govuk-frontend.min.css`, 'utf8').replaceAll('/assets/', './assets/'));
  cpSync(`${frontend}assets`, `${out}assets`, { recursive: true });
  await build({
    config: false,
    entry: { live: `${here}govuk/live.js` },
    outDir: out,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    esbuildOptions(options) { options.alias = { 'cse-screening': `${root}dist/esm/index.js` }; },
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDemo();
