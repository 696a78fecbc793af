/**
 * Bundles bench/contenders.ts with esbuild, as tsup bundles dist/ (ESM, node20, packages external, names not
 * kept), into node_modules/.cache so that bare imports resolve, and imports it. Running the contenders through
 * tsx instead would add a `__name` call for every closure they create, which dist/ does not pay.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Contenders from './contenders.js';

/** The bundled contenders module. */
export async function importContenders(): Promise<typeof Contenders> {
  const dir = resolve('node_modules/.cache/cse-screening-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'contenders.mjs');
  await build({
    entryPoints: ['bench/contenders.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20',
    packages: 'external', sourcemap: 'linked', logLevel: 'warning',
  });
  return await import(pathToFileURL(outfile).href) as typeof Contenders;
}
