import { readFileSync } from 'node:fs';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { safeCompilePrecompiled } from '../precompiled/compile-precompiled.js';
import { PRECOMPILED_FORMAT, type PrecompiledRuleset } from '../precompiled/precompiled-ruleset.js';
import { bytesSha256 } from './bytes-sha256.js';
import { precompiledPathOf } from './precompiled-path-of.js';

/**
 * The screener for a bundled ruleset file from its precompiled form beside it, when that is fresh: built
 * by this format from exactly these bytes (SHA-256 by node:crypto). Undefined when there is none, it is
 * stale or it cannot be read; the caller then loads the ruleset in full, with every check and proof.
 */
export function loadFreshPrecompiled(rulesetPath: string): Screener | undefined {
  try {
    const precompiled = JSON.parse(readFileSync(precompiledPathOf(rulesetPath), 'utf8')) as Partial<PrecompiledRuleset> | null;
    if (precompiled?.format !== PRECOMPILED_FORMAT || typeof precompiled.source?.sha256 !== 'string') return undefined;
    if (precompiled.source.sha256 !== bytesSha256(readFileSync(rulesetPath))) return undefined;
    const compiled = safeCompilePrecompiled(precompiled as PrecompiledRuleset);
    return compiled.success ? compiled.data : undefined;
  } catch {
    return undefined;
  }
}
