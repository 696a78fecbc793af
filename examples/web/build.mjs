// Prepares the demo: bundles the built ESM entry dist/index.js together with zod into
// vendor/cse-screening.js (a browser cannot resolve the bare "zod/mini" import that dist/index.js
// keeps), and copies the default ruleset to vendor/. Run `npx tsup` first.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
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
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDemo();
