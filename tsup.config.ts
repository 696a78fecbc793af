import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { CODE_CACHE_SUBJECT, codeCachePathOf } from './src/node/cli/code-cache.js';

/**
 * In the Node builds, the ruleset fingerprint hashes with node:crypto: every import of src/ruleset/sha256.ts
 * resolves to src/node/node-sha256.ts, which has the same export and gives the same digest
 * (test/ruleset/sha256.test.ts). The browser builds keep the pure implementation and never see node:*.
 */
const nodeSha256: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-sha256',
  setup(build) {
    const pure = resolve('src/ruleset/sha256.ts');
    build.onResolve({ filter: /(^|\/)sha256\.js$/ }, (args) =>
      (resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === pure ? { path: resolve('src/node/node-sha256.ts') } : undefined));
  },
};

/**
 * In dist/cli-assess.cjs, the modules of every command but assess (which the bin runs from dist/cli.js) are
 * replaced by one that fails when loaded: runCli then reports an internal error, never a half-run command.
 */
const OTHER_COMMANDS = /\/(docs|diff|types|export|report|links|pseudonymise|ruleset-list|ruleset-show|ruleset-validate|ruleset-precompile)-command\.js$/;
const assessOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'assess-only',
  setup(build) {
    build.onResolve({ filter: OTHER_COMMANDS }, (args) => ({ path: args.path, namespace: 'not-in-assess-build' }));
    build.onLoad({ filter: /.*/, namespace: 'not-in-assess-build' }, () => ({
      contents: 'throw new Error("this command runs from dist/cli.js");',
      loader: 'js',
    }));
  },
};

/**
 * After the bin's build: one assessment of the example through dist/cse-screen.cjs, in a child Node, after
 * which V8's code cache of dist/cli-assess.cjs (every function that run compiled) is written beside it,
 * opened by the header that ties it to that file's text and this Node (src/node/cli/code-cache.ts).
 * Written to a temporary name, then renamed. A build without it still works: the bin then compiles as usual.
 */
function writeAssessCodeCache(): void {
  const symbol = CODE_CACHE_SUBJECT.description ?? '';
  const program = `
    const { renameSync, writeFileSync } = require('node:fs');
    process.argv = [process.argv[0], 'dist/cse-screen.cjs', 'assess', 'examples/screening.json'];
    process.on('exit', () => {
      const subject = globalThis[Symbol.for(${JSON.stringify(symbol)})];
      if (subject === undefined) return;
      const path = ${JSON.stringify(codeCachePathOf('@'))}.replace('@', subject.file);
      writeFileSync(path + '.' + process.pid, Buffer.concat([subject.header, subject.script.createCachedData()]));
      renameSync(path + '.' + process.pid, path);
    });
    require('./dist/cse-screen.cjs');`;
  const run = spawnSync(process.execPath, ['-e', program], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) console.warn('tsup.config.ts: the code cache of dist/cli-assess.cjs was not written; the bin compiles without it');
}

// No source maps: they pointed into src/, which the package leaves out, and made up half of what it unpacked
// to; dist/esm keeps one readable file per module. `npx tsup --sourcemap` builds them for a debugging session.
export default defineConfig([
  {
    // The browser-safe root entry: nothing under it imports node:*. The ESM build keeps one file per
    // module, so that with "sideEffects": false an app's bundler drops every module it does not use.
    entry: ['src/**/*.ts', '!src/node/**', '!src/cli.ts'],
    outDir: 'dist/esm',
    bundle: false,
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    clean: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    clean: false,
  },
  {
    // `cse-screening/precompiled`: screening with a ruleset precompiled at build time, without the ruleset
    // schema and checks. ESM imports resolve to dist/esm/precompiled/index.js; this build gives CJS and types.
    entry: { precompiled: 'src/precompiled/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    clean: false,
  },
  {
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    external: ['json-schema-to-typescript'],
    esbuildPlugins: [nodeSha256],
    platform: 'node',
    target: 'node20',
    shims: true,
    dts: true,
    clean: false,
  },
  {
    // The command line: an ESM entry with its commands in lazily loaded chunks under dist/cli-chunks/;
    // src/cli.ts starts with its #! line, which esbuild keeps. zod is bundled in, tree-shaken to what the
    // schemas use, so that a start reads a few files, not zod's whole package.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    noExternal: ['zod'],
    // A development tool, loaded only by `cse-screen types`; never bundled, never a dependency. The
    // charting library stays a dependency, loaded only by `cse-screen report`.
    external: ['json-schema-to-typescript', 'echarts'],
    esbuildPlugins: [nodeSha256],
    esbuildOptions(options) {
      options.chunkNames = 'cli-chunks/[name]-[hash]';
    },
    platform: 'node',
    target: 'node20',
    // Not cleaned, like the other entries: a build running beside a spawned CLI must not remove the chunks it loads.
    // So dist/cli-chunks gathers stale chunks between builds; `npm pack` and `npm publish` build from an empty dist (prepack).
    clean: false,
  },
  {
    // The package's bin, dist/cse-screen.cjs (src/node/cli/bin.ts): CommonJS, which starts faster than an ES
    // module. It answers --version and --help itself, runs `assess` from dist/cli-assess.cjs and every other
    // command from dist/cli.js. dist/cli-assess.cjs is src/cli.ts in one CommonJS file (no chunks to resolve
    // one by one; V8 reads the whole file at every start, so it is minified, names kept) without the other
    // commands: their modules are left out (ASSESS_ONLY), never loaded on the assess path.
    entry: { 'cse-screen': 'src/node/cli/bin.ts', 'cli-assess': 'src/cli.ts', 'batch-worker': 'src/node/cli/batch/batch-worker.ts' },
    format: ['cjs'],
    noExternal: ['zod'],
    external: ['json-schema-to-typescript', 'echarts'],
    esbuildPlugins: [nodeSha256, assessOnly],
    minifyWhitespace: true,
    minifySyntax: true,
    platform: 'node',
    target: 'node20',
    shims: true,
    clean: false,
    onSuccess: async () => writeAssessCodeCache(),
  },
]);
