import { coreDigest } from './core-digest.js';
import {
  PRECOMPILED_CORE_FORMAT, PRECOMPILED_TEXTS_FORMAT, type PrecompiledCore, type PrecompiledRuleset, type PrecompiledTexts,
} from './precompiled-ruleset.js';
import { splitRulesetTexts } from './ruleset-texts.js';

/**
 * A precompiled ruleset split into its core (what screening reads) and its texts (the prose and citations of
 * full results, explanations and forms), so that an app can ship the core and load the texts when it needs
 * them. compilePrecompiled(core, texts) gives the screener the whole file gives. Pure.
 */
export function splitPrecompiledRuleset(precompiled: PrecompiledRuleset): { readonly core: PrecompiledCore; readonly texts: PrecompiledTexts } {
  const { core, texts } = splitRulesetTexts(precompiled.ruleset);
  const { stamp, source } = precompiled;
  return {
    core: { format: PRECOMPILED_CORE_FORMAT, source, stamp, coreDigest: coreDigest(stamp, core), ruleset: core },
    texts: { format: PRECOMPILED_TEXTS_FORMAT, stamp, texts },
  };
}
