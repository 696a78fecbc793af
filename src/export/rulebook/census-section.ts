import type { Ruleset } from '../../schema/ruleset.js';
import { code, paragraph, text, type Section } from './rulebook-document.js';
import { sourcesCell } from './indicators-section.js';
import type { RulesetLabels } from './ruleset-labels.js';

/**
 * The Children in Need census factors the ruleset maps its indicators and rules to: each code with its label
 * and what suggests it, for the lead to confirm. A result suggests them; it never records one.
 */
export function buildCensusSection(ruleset: Ruleset, labels: RulesetLabels): Section | undefined {
  const census = ruleset.censusFactors;
  if (census === undefined) return undefined;
  const rows = census.codes.map((entry) => {
    const indicators = ruleset.indicators.filter((indicator) => indicator.censusFactors?.includes(entry.code) === true);
    const rules = ruleset.rules.filter((rule) => rule.censusFactors?.includes(entry.code) === true);
    const suggested = [
      ...indicators.map((indicator) => labels.indicator(indicator.id)),
      ...rules.map((rule) => `the rule “${rule.title}”`),
    ];
    return { kind: 'row' as const, cells: [[code(entry.code)], [text(entry.label)], [text(suggested.length === 0 ? 'Nothing in this ruleset suggests it.' : `${suggested.join('; ')}.`)]] };
  });
  return {
    id: 'section-census',
    title: 'Children in Need census factors',
    blocks: [
      paragraph(text('A result lists the census factors its answers and fired rules suggest, for the assessing social worker to consider when recording the factors identified '
        + 'at the end of assessment. A suggestion is never a factor recorded, and no screening suggests that no factors were identified. '
        + 'The mapping below is what the lead confirms.')),
      ...(census.note === undefined ? [] : [paragraph(text(census.note))]),
      { kind: 'facts', rows: [['Sources', sourcesCell(census.sources, labels)]] },
      { kind: 'table', id: 'census-factors', caption: 'Census factors and what suggests each', head: ['Code', 'Factor', 'Suggested by'], rows },
    ],
  };
}
