/**
 * Everything the bench times from source, in one entry that bench/import-contenders.ts bundles with esbuild
 * the way tsup builds dist/ (no tsx `keepNames` wrappers, which would tax every closure created per call).
 */
export { buildCompiledRuleset } from '../src/engine/compile/build-compiled-ruleset.js';
export { readScreening } from '../src/engine/read/read-screening.js';
export { scoreScreening } from '../src/engine/result/score-screening.js';
export { decideScreening } from '../src/engine/result/decide-screening.js';
export { parseRuleset } from '../src/ruleset/parse-ruleset.js';
export { compileRuleset } from '../src/engine/screener/compile-ruleset.js';
export { VERSION } from '../src/version.js';
export { createJreScreen } from './json-rules-engine.js';
export { createLeanReference } from './lean-reference/create-lean-reference.js';
