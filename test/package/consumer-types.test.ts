import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { installPacked } from '../support/packed-package.js';

// A new TypeScript project that installs the packed package and type-checks against it, in every
// moduleResolution mode the README says works. Libraries are checked too (skipLibCheck off), so that a
// declaration file the package ships that does not compile fails here, not in a user's project.
const TSC = resolve('node_modules/typescript/bin/tsc');

/** An ES module consumer of every entry; each @ts-expect-error fails if a type resolved to any. */
const ESM_CONSUMER = `import { compileRuleset, explainResult, type Issue } from 'cse-screening';
import { DEFAULT_RULESET_ID, loadDefaultRuleset } from 'cse-screening/node';
import { compilePrecompiled, type Screener } from 'cse-screening/precompiled';

const loaded = loadDefaultRuleset();
if (!loaded.success) throw new Error(loaded.issues.map((issue: Issue) => issue.code).join(' '));
const screener: Screener = loaded.data;
const result = screener.screen({ subject: { ageYears: 14 }, answers: {} });
export const levelId: string = result.level.id;
export const text: string = explainResult(result, screener.ruleset);
export const entries = [compileRuleset, compilePrecompiled, DEFAULT_RULESET_ID] as const;
// @ts-expect-error a level has no such member
export const wrong: unknown = result.level.noSuchMember;
// @ts-expect-error the ruleset id is a string
export const notANumber: number = DEFAULT_RULESET_ID;
`;

/** The same from CommonJS (a .cts file): the require condition's declarations. */
const CJS_CONSUMER = `import { compileRuleset } from 'cse-screening';
import { loadDefaultRuleset } from 'cse-screening/node';
import { compilePrecompiled } from 'cse-screening/precompiled';

const loaded = loadDefaultRuleset();
export const ok: boolean = loaded.success;
export const entries = [compileRuleset, compilePrecompiled] as const;
// @ts-expect-error success is a boolean
export const notAString: string = loaded.success;
`;

const STRICT = {
  strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false,
  noEmit: true, target: 'es2022', lib: ['es2022'], types: ['node'],
};

/** The modes the README names, with the module setting each needs and the files each checks. */
const MODES = {
  node16: { compilerOptions: { module: 'node16', moduleResolution: 'node16' }, files: ['esm.ts', 'cjs.cts'] },
  nodenext: { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['esm.ts', 'cjs.cts'] },
  bundler: { compilerOptions: { module: 'esnext', moduleResolution: 'bundler' }, files: ['esm.ts'] },
  // node10 predates package exports: the subpaths' types come from the package's typesVersions.
  node10: { compilerOptions: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, files: ['esm.ts'] },
} as const;

let project = '';
beforeAll(() => {
  project = installPacked('cse-consumer-');
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  writeFileSync(join(project, 'esm.ts'), ESM_CONSUMER);
  writeFileSync(join(project, 'cjs.cts'), CJS_CONSUMER);
  // A Node project has Node's types (zod's declarations name URL, which Node's types and the DOM's declare).
  mkdirSync(join(project, 'node_modules', '@types'));
  symlinkSync(resolve('node_modules/@types/node'), join(project, 'node_modules', '@types', 'node'), 'dir');
}, 120_000);
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('a TypeScript project that installs the package', () => {
  test.each(Object.entries(MODES))('type-checks its use of every entry under moduleResolution %s, strict, libraries included', (mode, { compilerOptions, files }) => {
    const config = join(project, `tsconfig.${mode}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, files }, null, 2));
    const run = spawnSync(process.execPath, [TSC, '-p', config], { cwd: project, encoding: 'utf8', timeout: 120_000 });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);
});
