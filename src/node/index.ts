export { loadRulesetFile } from './load-ruleset-file.js';
export { listBundledRulesets, resolveRuleset, isRulesetPath, DEFAULT_RULESET_ID, type BundledRuleset } from './bundled-rulesets.js';
export { loadDefaultRuleset } from './load-default-ruleset.js';
export { precompileRuleset } from './precompile-ruleset.js';
export { pseudonymiseIdentifier } from './links/pseudonymise-identifier.js';
export { normaliseIdentifier } from './links/normalise-identifier.js';
export { pseudonymiseAssociations } from './links/pseudonymise-associations.js';
export { readPseudonymKey, createPseudonymKey, MIN_KEY_BYTES } from './links/read-pseudonym-key.js';
export type { Warned } from './warned.js';
