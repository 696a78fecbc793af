import { defineConfig } from 'tsup';

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
    sourcemap: true,
    clean: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: false,
  },
  {
    entry: { node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    external: ['json-schema-to-typescript'],
    platform: 'node',
    target: 'node20',
    shims: true,
    dts: true,
    sourcemap: true,
    clean: false,
  },
  {
    // The command line: one ESM file; src/cli.ts starts with its #! line, which esbuild keeps.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    // A development tool, loaded only by `cse-screen types`; never bundled, never a dependency.
    external: ['json-schema-to-typescript'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    clean: false,
  },
]);
