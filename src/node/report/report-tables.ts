import { escapeUnprintable } from '../../issues/escape-unprintable.js';
import type { CaseloadSummary, Count, LinksSummary, RulesetFigures } from '../../schema/caseload-summary.js';

/** A table of the report, the same in HTML, Markdown and CSV. */
export interface ReportTable {
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  /** The rows, each time they are iterated: a long list (overdue reviews) is never copied into rows at once. */
  readonly rows: Iterable<readonly string[]>;
}

/** A part of the report: the figures of one ruleset version, or the links. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly notes: readonly string[];
  readonly tables: readonly ReportTable[];
}

const c = (count: Count): string => String(count);

/** The line that says what was read: lines, results, records not scored and results whose screening gave a key twice. */
export function inputNote(summary: CaseloadSummary): string {
  const { lines, results, notScored, keyGivenTwice } = summary.input;
  const twice = keyGivenTwice === 0 ? '' : ` Results from a screening that gives a key twice (scored with the last value given; see the warnings): ${keyGivenTwice}.`;
  return `Lines read: ${lines}; results: ${results}; records not scored: ${notScored}.${twice}`;
}

/**
 * The report's sections and tables, built once from the summary for every format. Every text in them
 * (case refs, and labels from the ruleset) is on one line and printable: controls, bidirectional controls,
 * line breaks and separators are written as `\uXXXX` escapes, in HTML, Markdown and CSV alike.
 */
export function reportTables(summary: CaseloadSummary): ReportSection[] {
  const sections = summary.rulesets.map((figures, i) => rulesetSection(figures, i, summary));
  if (summary.links !== undefined) sections.push(linksSection(summary.links));
  return sections.map(printableSection);
}

function printableSection(section: ReportSection): ReportSection {
  return {
    id: section.id,
    title: escapeUnprintable(section.title),
    notes: section.notes.map(escapeUnprintable),
    tables: section.tables.map((table) => ({
      id: table.id,
      caption: escapeUnprintable(table.caption),
      head: table.head.map(escapeUnprintable),
      rows: mapped(table.rows, (row) => row.map(escapeUnprintable)),
    })),
  };
}

/** The items of `source` through `map`, worked out afresh each time they are iterated. */
function mapped<T, U>(source: Iterable<T>, map: (item: T) => U): Iterable<U> {
  return {
    *[Symbol.iterator]() {
      for (const item of source) yield map(item);
    },
  };
}

function rulesetSection(figures: RulesetFigures, i: number, summary: CaseloadSummary): ReportSection {
  const id = i === 0 ? 'main' : `other-${i}`;
  const stamp = `${figures.ruleset.id} ${figures.ruleset.version}`;
  return {
    id,
    title: i === 0 ? `Caseload: ${stamp}` : `Results from another ruleset version, reported apart: ${stamp}`,
    notes: [
      `Children: ${c(figures.children)}, each counted once by their latest result. Ruleset fingerprint ${figures.ruleset.fingerprint}.`,
      ...(i === 0 ? [] : ['These children were screened with a different ruleset version; their figures are not added to the main caseload.']),
      ...(figures.movement.otherRuleset === 0 ? [] : [`Children whose earlier level came from another ruleset version: ${c(figures.movement.otherRuleset)}. Their levels are on different scales, so they are not counted as escalated, de-escalated or unchanged: compare them by hand.`]),
    ],
    tables: [
      { id: `${id}-by-level`, caption: 'Children by level', head: ['Level', 'Children'], rows: figures.byLevel.map((entry) => [entry.label, c(entry.count)]) },
      { id: `${id}-by-age`, caption: 'Children by age band', head: ['Age band', 'Children'], rows: figures.byAgeBand.map((entry) => [entry.band, c(entry.count)]) },
      { id: `${id}-present`, caption: 'Most frequent indicators present', head: ['Indicator', 'Text', 'Children'], rows: figures.present.map((entry) => [entry.indicator, entry.label, c(entry.count)]) },
      { id: `${id}-possible`, caption: 'Most frequent indicators possible', head: ['Indicator', 'Text', 'Children'], rows: figures.possible.map((entry) => [entry.indicator, entry.label, c(entry.count)]) },
      {
        id: `${id}-movement`,
        caption: 'Movement since the previous screening',
        head: ['Movement', 'Children'],
        rows: [
          ['escalated', c(figures.movement.escalated)],
          ['de-escalated', c(figures.movement.deEscalated)],
          ['unchanged', c(figures.movement.unchanged)],
          ['not compared', c(figures.movement.notCompared)],
          ['earlier level from another ruleset version (not a move)', c(figures.movement.otherRuleset)],
        ],
      },
      {
        id: `${id}-movement-pairs`,
        caption: 'Movement by level pair (from, to)',
        head: ['From', 'To', 'Direction', 'Children'],
        rows: figures.movement.pairs.map((pair) => [pair.from, pair.to, pair.direction, c(pair.count)]),
      },
      {
        id: `${id}-reviews`,
        caption: `Reviews at ${summary.asOf} (due soon: within ${summary.dueWithinDays} days)`,
        head: ['Review', 'Children'],
        rows: [['overdue', c(figures.reviews.overdue)], ['due soon', c(figures.reviews.dueSoon)], ['later', c(figures.reviews.later)], ['no review date', c(figures.reviews.noDate)]],
      },
      ...(figures.reviews.overdueRefs === undefined || figures.reviews.overdueRefs.length === 0 ? [] : [{
        id: `${id}-overdue`, caption: 'Overdue reviews', head: ['Case ref'], rows: mapped(figures.reviews.overdueRefs, (ref) => [ref]),
      }]),
      {
        id: `${id}-judgements`,
        caption: 'Practitioner judgements on the latest results',
        head: ['Judgement', 'Children'],
        rows: [
          ['applied: raised the computed level', c(figures.judgements.applied.raised)],
          ['applied: lowered the computed level', c(figures.judgements.applied.lowered)],
          ['applied: kept the computed level', c(figures.judgements.applied.same)],
          ['applied in part: lowered only as far as a floor', c(figures.judgements.appliedInPart)],
          ...figures.judgements.notApplied.map((entry) => [`not applied: ${entry.because}`, c(entry.count)]),
          ['final level below the computed level', c(figures.judgements.finalBelowComputed)],
          ['final level above the computed level', c(figures.judgements.finalAboveComputed)],
        ],
      },
      ...(figures.suggestedFactors.length === 0 ? [] : [{
        id: `${id}-census-factors`,
        caption: 'Children in Need census factors suggested for social workers to consider (never recorded as findings)',
        head: ['Factor code', 'Children'],
        rows: figures.suggestedFactors.map((entry) => [entry.code, c(entry.count)]),
      }]),
      {
        id: `${id}-gaps`,
        caption: 'Information gaps, incomplete screenings and ages out of scope',
        head: ['Measure', 'Children'],
        rows: [
          ['potential level above level (information gap)', c(figures.gaps.informationGaps)],
          ['incomplete screening', c(figures.gaps.incomplete)],
          ['age out of scope', c(figures.gaps.outOfScope)],
        ],
      },
    ],
  };
}

function linksSection(links: LinksSummary): ReportSection {
  const steps = links.steps.length === 0 ? 'The ruleset has no link policy: no steps are listed for linked children.' : `For each linked child the ruleset lists: ${links.steps.map((step) => step.title).join('; ')}.`;
  return {
    id: 'links',
    title: 'Association links',
    notes: [
      `Children with associations: ${c(links.childrenWithAssociations)}; distinct references: ${c(links.references)}; references shared by two or more children: ${c(links.sharedReferences)}; groups: ${links.groups.length}.`,
      steps,
      ...(links.detailSuppressed ? ['Case refs and reference tokens are left out because small counts are suppressed.'] : []),
    ],
    tables: [
      {
        id: 'link-groups',
        caption: 'Groups of linked children',
        head: ['Group', 'Children', 'Possible organised exploitation pattern', 'Shared references'],
        rows: links.groups.map((group) => [group.id, c(group.size), group.organisedPattern ? 'yes: raise at the strategy meeting' : 'no', links.detailSuppressed ? group.references.map((reference) => reference.kind).join(', ') : group.references.map((reference) => `${reference.label} (${reference.kind})`).join(', ')]),
      },
      ...(links.detailSuppressed ? [] : links.groups).flatMap((group) => [
        {
          id: `${group.id}-children`,
          caption: `${group.id}: children`,
          head: ['Child', 'Case ref', 'Level', 'Steps'],
          rows: group.children.map((child) => [child.label, child.ref ?? '', child.level?.label ?? 'not scored', child.steps.join(', ')]),
        },
        {
          id: `${group.id}-references`,
          caption: `${group.id}: shared references`,
          head: ['Reference', 'Kind', 'Token', 'Children'],
          rows: group.references.map((reference) => [reference.label, reference.kind, reference.token ?? '', reference.children.join(', ')]),
        },
      ]),
    ],
  };
}
