import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe root entry: nothing under it imports node:*.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
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
