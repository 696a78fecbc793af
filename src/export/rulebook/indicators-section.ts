import type { Ruleset } from '../../schema/ruleset.js';
import type { SourceRef } from '../../schema/source-ref.js';
import { describeBandRange, describeKind, describeScale, describeScoreTerm, describeSourceKind } from './describe-values.js';
import { countOf, type RulesetLabels } from './ruleset-labels.js';
import { bullets, code, paragraph, strong, text, type Block, type Inline, type Rich, type Section, type TableRow } from './rulebook-document.js';

/** Citations as inline content, one per line, each followed by the kind of source it is where the ruleset says. */
export function sourcesCell(refs: readonly SourceRef[] | undefined, labels: RulesetLabels, none = 'None given'): Rich {
  if (refs === undefined || refs.length === 0) return [text(none)];
  return refs.flatMap((ref, i): Inline[] => {
    const kind = labels.ruleset.meta.sources.find((source) => source.id === ref.source)?.kind;
    // A project choice reads as the choice itself: the catalogue's title adds nothing to each citation of it.
    const shown = kind === 'project-choice'
      ? `${describeSourceKind(kind)}${ref.section === undefined ? '' : ` (${ref.section})`}: ${ref.note ?? labels.source(ref)}`
      : labels.source(ref) + (kind === undefined ? '' : ` (${describeSourceKind(kind).toLowerCase()})`);
    return [...(i === 0 ? [] : [{ kind: 'break' as const }]), text(shown)];
  });
}

/** Every indicator, grouped by domain in the order the domains are declared. */
export function buildIndicatorsSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const counts = ['vulnerability', 'risk', 'significant'].map((kind) => ruleset.indicators.filter((indicator) => indicator.kind === kind).length);
  const rows: TableRow[] = ruleset.domains.flatMap((domain) => {
    const inDomain = ruleset.indicators.filter((indicator) => indicator.domain === domain.id);
    if (inDomain.length === 0) return [];
    return [
      { kind: 'group' as const, text: domain.description === undefined ? domain.label : `${domain.label}: ${domain.description}` },
      ...inDomain.map((indicator) => ({
        kind: 'row' as const,
        cells: [
          [strong(indicator.text), { kind: 'break' as const }, code(indicator.id)],
          [text(indicator.guidance)],
          [text(describeKind(indicator.kind))],
          [text(indicator.kind === 'vulnerability' && ruleset.policy.vulnerabilityFactors === 'context-only' ? 'Context only' : labels.levelName(indicator.suggestedLevel))],
          [text(describeScale(indicator.answer, labels))],
          indicator.tags.length === 0 ? [] : indicator.tags.flatMap((tag, i): Inline[] => [...(i === 0 ? [] : [text(', ')]), code(tag)]),
          sourcesCell(indicator.sources, labels),
        ],
      })),
    ];
  });
  return {
    id: 'section-indicators',
    title: 'Indicators',
    blocks: [
      paragraph(text(`The checklist has ${countOf(ruleset.indicators.length, 'indicator')} in ${countOf(ruleset.domains.length, 'domain')}: `
        + `${countOf(counts[0] ?? 0, 'vulnerability factor')}, ${countOf(counts[1] ?? 0, 'risk indicator')} and ${countOf(counts[2] ?? 0, 'significant indicator')}. `
        + 'The suggested level is what the indicator points to on its own; the threshold rules decide how it counts. '
        + (ruleset.policy.vulnerabilityFactors === 'context-only'
          ? 'Vulnerability factors show “Context only” instead: in this ruleset they never count towards a level. '
          : '')
        + 'Tags group indicators for the rules that count them.')),
      {
        kind: 'table',
        id: 'indicators',
        caption: 'Indicators by domain',
        head: ['Indicator', 'Guidance', 'Kind', 'Suggested level', 'How it is answered', 'Tags', 'Sources'],
        rows,
      },
    ],
  };
}

/** The scores: what each adds and the bands that map it to a level. */
export function buildScoresSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const blocks: Block[] = ruleset.scores.length === 0
    ? [paragraph(text('This ruleset has no scores: the threshold rules alone decide the level.'))]
    : [
      paragraph(text('A score adds up weights for the answers and facts below. Where it has bands, the band it falls in sets a level in the same way as a level rule: '
        + 'the highest level of all the rules and bands wins, and a band does not bind a judgement. An unanswered or Unknown item adds nothing to the score, '
        + 'but the result also shows the highest score the child could reach once it is known, and the level that would give.')),
      ...ruleset.scores.flatMap((score): Block[] => [
        { kind: 'heading', depth: 3, id: `score-${score.id}`, text: score.label },
        { kind: 'facts', rows: [['Score', [code(score.id)]], ['Sources', sourcesCell(score.sources, labels)]] },
        ...(score.description === undefined ? [] : [paragraph(text(score.description))]),
        paragraph(text('The score:')),
        bullets(score.terms.map((term) => describeScoreTerm(term, labels))),
        score.bands.length === 0
          ? paragraph(text('It has no bands: rules may compare it, but it sets no level on its own.'))
          : {
            kind: 'table',
            id: `bands-${score.id}`,
            caption: `Bands of ${score.label}`,
            head: ['Score', 'Level'],
            rows: score.bands.map((band) => ({ kind: 'row' as const, cells: [[text(describeBandRange(band))], [text(labels.levelName(band.level))]] })),
          },
      ]),
    ];
  return { id: 'section-scores', title: 'Scores', blocks };
}
