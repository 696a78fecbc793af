/**
 * Bundle size of the browser entry: dist/esm/index.js (one file per module) bundled by esbuild for the browser (ESM, minified,
 * nothing external), then gzipped at level 9. The entry holds no ruleset data; the default ruleset's
 * size is reported on its own and together with an app that compiles it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Bytes of one bundle, minified and minified + gzipped. */
export interface BundleSize {
  readonly what: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

const RULESET = 'rules/brighton-hove-cse.json';

async function bundle(what: string, contents: string): Promise<BundleSize> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: 'bench-entry.js', loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { what, minifiedBytes: code.byteLength, gzippedBytes: gzipSync(code, { level: 9 }).byteLength };
}

/** Measures the entry, the entry as used by an app that only compiles and screens, and the ruleset data. */
export async function measureBundleSizes(): Promise<BundleSize[]> {
  const ruleset = Buffer.from(JSON.stringify(JSON.parse(readFileSync(RULESET, 'utf8'))));
  return [
    await bundle('dist/esm, the package ESM entry, every export (no ruleset data)', "export * from './dist/esm/index.js';"),
    await bundle('dist/esm, only compileRuleset used (tree-shaken, no data)', "import { compileRuleset } from './dist/esm/index.js'; globalThis.compile = compileRuleset;"),
    { what: `${RULESET} alone (JSON, minified)`, minifiedBytes: ruleset.byteLength, gzippedBytes: gzipSync(ruleset, { level: 9 }).byteLength },
    await bundle(`compileRuleset + ${RULESET} (an app screening with the default ruleset)`,
      `import { compileRuleset } from './dist/esm/index.js'; import ruleset from './${RULESET}'; globalThis.screener = compileRuleset(ruleset);`),
  ];
}
