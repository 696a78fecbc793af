import { buildCompiledRuleset } from '../engine/compile/build-compiled-ruleset.js';
import type { CompiledRuleset } from '../engine/compile/compiled-ruleset.js';
import type { Ruleset } from '../schema/ruleset.js';

/** The engine's form of a ruleset the precompiler wrote, or undefined when it is not one (a member missing or of another type). */
export function builtOrUndefined(ruleset: unknown): CompiledRuleset | undefined {
  if (typeof ruleset !== 'object' || ruleset === null || Array.isArray(ruleset)) return undefined;
  try {
    return buildCompiledRuleset(ruleset as Ruleset);
  } catch {
    // Whatever was thrown is not looked at: it could name part of the file.
    return undefined;
  }
}
