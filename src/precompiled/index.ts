// `cse-screening/precompiled`: screening with a ruleset precompiled at build time, for apps that embed a
// fixed ruleset, whole or as a core with its texts apart. Carries the engine and the screening's validation,
// not the ruleset schema or its checks (in a browser bundle, not the one-walk reader either: see the
// package's browser map).
export { compilePrecompiled, safeCompilePrecompiled } from './compile-precompiled.js';
export { compilePrecompiledCore, safeCompilePrecompiledCore } from './compile-precompiled-core.js';
export {
  PRECOMPILED_FORMAT, PRECOMPILED_CORE_FORMAT, PRECOMPILED_TEXTS_FORMAT, type PrecompiledRuleset, type PrecompiledCore, type PrecompiledTexts,
} from './precompiled-ruleset.js';
export type { RulesetText } from './ruleset-texts.js';
export type { Screener, ScreenResult, ScreenInput, TypedScreeningInput } from '../engine/screener/compile-ruleset.js';
export type { CoreScreener, CoreScreenOptions } from '../engine/screener/screener.js';
export type { BrightonHoveCseAnswers, BrightonHoveCseIndicatorId } from '../generated/brighton-hove-cse-answers.js';
export type { ScreenOptions } from '../engine/result/score-screening.js';
export { CseError } from '../issues/cse-error.js';
export { formatIssue } from '../issues/format-issue.js';
export type { Safe } from '../issues/safe.js';
export type { Issue } from '../schema/issue.js';
export type { Result } from '../schema/result.js';
export type { DecisionResult, IdsResultV2 } from '../schema/compact-result.js';
export type { IdsResult } from '../schema/ids-result.js';
export type { Screening } from '../schema/screening.js';
export type { Ruleset } from '../schema/ruleset.js';
export type { RulesetStamp } from '../schema/ruleset-stamp.js';
