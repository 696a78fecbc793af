import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { checkBands } from './check-bands.js';
import { checkChildProtections } from './check-child-protections.js';
import { checkLinkPolicy } from './check-link-policy.js';
import { checkPolicy } from './check-policy.js';
import { checkPortableText } from './check-portable-text.js';
import { checkReachability } from './check-reachability.js';
import { checkReferences } from './check-references.js';
import { checkRuleShapes } from './check-rule-shapes.js';
import { checkUniqueIds } from './check-unique-ids.js';
import { checkVulnerabilityPolicy } from './check-vulnerability-policy.js';
import { indexRuleset } from './ruleset-index.js';

/**
 * Checks a ruleset whose shape is valid for everything a shape cannot say, in one pass: texts that FHIR can carry, unique ids,
 * resolvable references, bands, reachability, rule shapes, the child protections and the vulnerability policy.
 */
export function checkRuleset(ruleset: Ruleset): Issue[] {
  return checkRulesetStages(ruleset).issues;
}

/**
 * {@link checkRuleset}, saying too whether the engine can build the ruleset despite the issues: its ids are
 * unique, its references resolve, and its rules and bands have shapes the engine reads. Then the load-time
 * proofs can run as well, so that an author sees every problem in one run, not one stage at a time.
 */
export function checkRulesetStages(ruleset: Ruleset): { readonly issues: Issue[]; readonly buildable: boolean } {
  const index = indexRuleset(ruleset);
  const references = [...checkReferences(ruleset, index), ...checkPolicy(ruleset, index), ...checkLinkPolicy(ruleset)];
  const uniqueIds = checkUniqueIds(ruleset);
  const issues = [...checkPortableText(ruleset), ...uniqueIds, ...references];
  // Later checks assume references resolve; with broken references they would only add noise.
  if (references.length > 0) return { issues, buildable: false };
  const structure = [...checkRuleShapes(ruleset, index), ...checkBands(ruleset, index.levelRank)];
  return {
    issues: [...issues, ...structure, ...checkReachability(ruleset), ...checkChildProtections(ruleset), ...checkVulnerabilityPolicy(ruleset)],
    buildable: uniqueIds.length === 0 && structure.length === 0,
  };
}
