import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { RESERVED_RULE_PREFIX } from './reserved-rule-prefix.js';

/**
 * Reports every id used twice within one collection of the ruleset, and every rule id in the prefix the
 * engine reserves for its own protections (`protection-`), which a result lists among the fired rules.
 */
export function checkUniqueIds(ruleset: Ruleset): Issue[] {
  const collections: [string[], readonly { id: string }[]][] = [
    [['meta', 'sources'], ruleset.meta.sources], [['levels'], ruleset.levels], [['domains'], ruleset.domains],
    [['windows'], ruleset.windows], [['attributes'], ruleset.attributes], [['contextFacts'], ruleset.contextFacts],
    [['indicators'], ruleset.indicators], [['scores'], ruleset.scores], [['rules'], ruleset.rules], [['steps'], ruleset.steps],
  ];
  const issues: Issue[] = [];
  for (const [path, items] of collections) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) issues.push({ code: 'duplicate_id', path: [...path, index, 'id'], message: `repeats an id used earlier in ${path.join('.')}` });
      seen.add(item.id);
    });
  }
  const codes = new Set<string>();
  ruleset.censusFactors?.codes.forEach((entry, index) => {
    if (codes.has(entry.code)) issues.push({ code: 'duplicate_id', path: ['censusFactors', 'codes', index, 'code'], message: 'repeats a code listed earlier in censusFactors.codes' });
    codes.add(entry.code);
  });
  ruleset.rules.forEach((rule, index) => {
    if (rule.id.startsWith(RESERVED_RULE_PREFIX)) {
      issues.push({ code: 'reserved_id', path: ['rules', index, 'id'], message: `starts with "${RESERVED_RULE_PREFIX}", which the engine reserves for the protections it applies to every screening` });
    }
  });
  return issues;
}

