import { assertNever } from '../assert-never.js';
import type { ItemChange, RulesetDiff } from './diff-rulesets.js';
import type { FieldChange } from './rulebook/diff-fields.js';
import type { Impact } from './impact-of-change.js';
import { renderMarkdown } from './rulebook/render-markdown.js';
import { code, paragraph, strong, text, textItem, type Block, type ListItem, type Section } from './rulebook/rulebook-document.js';
import { countOf, joinAnd } from './rulebook/ruleset-labels.js';

type ItemKey = 'sources' | 'levels' | 'domains' | 'windows' | 'attributes' | 'contextFacts' | 'indicators' | 'scores' | 'rules' | 'steps';
type FieldKey = 'meta' | 'scope' | 'policy' | 'order';

/** The parts of a diff in the order a lead reads them, with their headings. */
const PARTS: readonly (readonly [ItemKey | FieldKey, string])[] = [
  ['meta', 'Identity, version and sign-off'], ['sources', 'Sources'], ['scope', 'Scope'], ['policy', 'Policy'], ['levels', 'Levels'],
  ['order', 'Order'], ['domains', 'Domains'], ['windows', 'Time windows'], ['attributes', 'Facts about the child'],
  ['contextFacts', 'Facts about the case'], ['indicators', 'Indicators'], ['scores', 'Scores'], ['rules', 'Threshold rules'], ['steps', 'Pathway steps'],
];

/**
 * Renders a ruleset diff, and optionally its impact on a set of cases, as Markdown for a safeguarding
 * lead: what to check first, a summary, every change with its before and after in plain English, the
 * rules that now count other indicators, and the cases whose level or next steps move.
 */
export function renderDiffMarkdown(diff: RulesetDiff, impact?: Impact): string {
  const summary: string[] = [];
  const changes: Block[] = [];
  for (const [key, heading] of PARTS) {
    const items = isFieldKey(key) ? diff[key].map(fieldItem) : diff[key].map(changeItem);
    if (items.length === 0) continue;
    summary.push(`${heading}: ${isFieldKey(key) ? countOf(items.length, 'change') : itemCounts(diff[key])}`);
    changes.push({ kind: 'heading', depth: 3, id: `changes-${key}`, text: heading }, { kind: 'list', ordered: false, items });
  }
  const sections: Section[] = [
    { id: 'summary', title: 'Summary', blocks: [summary.length === 0 ? paragraph(text('No changes.')) : { kind: 'list', ordered: false, items: summary.map((line) => textItem(line)) }] },
    ...(changes.length === 0 ? [] : [{ id: 'changes', title: 'Changes', blocks: changes }]),
    ...(diff.selections.length === 0 ? [] : [{
      id: 'selections',
      title: 'Rules and scores that now count other indicators',
      blocks: [
        paragraph(text('These rules and scores now count different indicators: an indicator was added, removed, re-levelled, re-kinded, moved or re-tagged, '
          + 'or the rule\'s own filter changed. The change to the rule itself, if any, is listed above.')),
        {
          kind: 'list' as const,
          ordered: false,
          items: diff.selections.map((selection): ListItem => ({
            content: [strong(`${selection.owner === 'rule' ? 'Rule' : 'Score'} “${selection.name}”`), text(' '), code(selection.id)],
            items: [
              ...(selection.nowCounts.length === 0 ? [] : [textItem(`now counts ${joinAnd(selection.nowCounts)}`)]),
              ...(selection.noLongerCounts.length === 0 ? [] : [textItem(`no longer counts ${joinAnd(selection.noLongerCounts)}`)]),
            ],
          })),
        },
      ],
    }]),
    ...(impact === undefined ? [] : [impactSection(impact)]),
  ];
  return renderMarkdown({
    title: `Changes to ${diff.to.title}: ${diff.from.version} to ${diff.to.version}`,
    contents: false,
    front: [
      {
        kind: 'facts',
        rows: [
          ['From', [code(diff.from.id), text(` version ${diff.from.version}, fingerprint `), code(diff.from.fingerprint)]],
          ['To', [code(diff.to.id), text(` version ${diff.to.version}, fingerprint `), code(diff.to.fingerprint)]],
        ],
      },
      {
        kind: 'notice',
        title: 'Review every change before sign-off',
        paragraphs: [
          [text('Each change below was found by comparing the two ruleset files and is described from the files themselves. '
            + 'A sign-off covers one fingerprint: the changed ruleset needs its own.')],
          ...diff.notes.map((note) => [text(note)]),
        ],
      },
    ],
    sections,
  });
}

function isFieldKey(key: ItemKey | FieldKey): key is FieldKey {
  return key === 'meta' || key === 'scope' || key === 'policy' || key === 'order';
}

function itemCounts(changes: readonly ItemChange[]): string {
  const count = (kind: ItemChange['kind']): number => changes.filter((change) => change.kind === kind).length;
  return [[count('added'), 'added'], [count('changed'), 'changed'], [count('removed'), 'removed']]
    .filter(([n]) => n !== 0).map(([n, word]) => `${n} ${word}`).join(', ');
}

function fieldItem(change: FieldChange): ListItem {
  const multiline = change.before.includes('\n') || change.after.includes('\n');
  if (!multiline && change.before.length + change.after.length <= 120) {
    return { content: [strong(`${capitalise(change.what)}:`), text(` was ${change.before}; now ${change.after}`)], items: [] };
  }
  return {
    content: [strong(`${capitalise(change.what)}:`)],
    items: [textItem(change.before, [strong('Before:'), text(' ')]), textItem(change.after, [strong('After:'), text(' ')])],
  };
}

function changeItem(change: ItemChange): ListItem {
  const head = [strong(`${capitalise(change.kind)}: “${change.name}”`), text(' '), code(change.id)];
  switch (change.kind) {
    case 'added': case 'removed': return { content: head, items: [textItem(change.summary)] };
    case 'changed': return { content: head, items: change.changes.map(fieldItem) };
    default: return assertNever(change);
  }
}

function impactSection(impact: Impact): Section {
  const names = (items: readonly { readonly name: string }[]): string => (items.length === 0 ? '' : items.map((item) => item.name).join('; '));
  return {
    id: 'impact',
    title: 'Effect on the cases',
    blocks: [
      paragraph(text(`${countOf(impact.checked, 'case')} screened under both rulesets. `
        + (impact.moved.length === 0 ? 'None changes its level or next steps.'
          : impact.moved.length === 1 ? 'One case changes its level or next steps:' : `${impact.moved.length} cases change their level or next steps:`))),
      ...(impact.moved.length === 0 ? [] : [{
        kind: 'table' as const,
        id: 'impact',
        caption: 'Cases whose level or next steps change',
        head: ['Case', 'Level before', 'Level after', 'Steps added', 'Steps removed', 'Rules now firing', 'Rules no longer firing'],
        rows: impact.moved.map((moved) => ({
          kind: 'row' as const,
          cells: [[strong(moved.name)], [text(moved.levelBefore.name)], [text(moved.levelAfter.name)], [text(names(moved.stepsAdded))],
            [text(names(moved.stepsRemoved))], [text(names(moved.rulesNowFiring))], [text(names(moved.rulesNoLongerFiring))]],
        })),
      }]),
      ...(impact.unreadable.length === 0 ? [] : [
        paragraph(text(`${countOf(impact.unreadable.length, 'case')} could not be screened under both rulesets:`)),
        {
          kind: 'list' as const,
          ordered: false,
          items: impact.unreadable.map((entry): ListItem => ({ content: [strong(entry.name), text(` (under the ${entry.under === 'both' ? 'old and the new' : entry.under} ruleset)`)], items: entry.issues.map((issue) => textItem(issue)) })),
        },
      ]),
    ],
  };
}

function capitalise(value: string): string {
  return `${value.charAt(0).toUpperCase()}${value.slice(1)}`;
}
