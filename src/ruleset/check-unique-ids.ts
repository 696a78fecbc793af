import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';

/** Reports every id used twice within one collection of the ruleset. */
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
  return issues;
}
