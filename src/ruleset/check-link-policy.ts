import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';

/** The steps a ruleset's link policy names must be pathway steps of the ruleset, each named once. */
export function checkLinkPolicy(ruleset: Ruleset): Issue[] {
  if (ruleset.links === undefined) return [];
  const steps = new Set(ruleset.steps.map((step) => step.id));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ruleset.links.sharedReferenceSteps.forEach((id, i) => {
    const path = ['links', 'sharedReferenceSteps', i];
    if (!steps.has(id)) issues.push({ code: 'unknown_reference', path, message: 'names a pathway step the ruleset does not define' });
    else if (seen.has(id)) issues.push({ code: 'duplicate_id', path, message: 'names a step already listed' });
    seen.add(id);
  });
  return issues;
}
