export { loadRulesetFile } from './load-ruleset-file.js';
export { listBundledRulesets, resolveRuleset, isRulesetPath, DEFAULT_RULESET_ID, type BundledRuleset } from './bundled-rulesets.js';
export { loadDefaultRuleset } from './load-default-ruleset.js';
