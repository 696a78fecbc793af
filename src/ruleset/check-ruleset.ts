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
  const index = indexRuleset(ruleset);
  const references = [...checkReferences(ruleset, index), ...checkPolicy(ruleset, index), ...checkLinkPolicy(ruleset)];
  const issues = [...checkPortableText(ruleset), ...checkUniqueIds(ruleset), ...references];
  // Later checks assume references resolve; with broken references they would only add noise.
  if (references.length > 0) return issues;
  return [
    ...issues,
    ...checkRuleShapes(ruleset, index),
    ...checkBands(ruleset, index.levelRank),
    ...checkReachability(ruleset),
    ...checkChildProtections(ruleset),
    ...checkVulnerabilityPolicy(ruleset),
  ];
}
