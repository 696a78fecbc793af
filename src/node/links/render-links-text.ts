import { escapeUnprintable } from '../../issues/escape-unprintable.js';
import type { LinksSummary } from '../../schema/caseload-summary.js';

/**
 * The links as plain text for a terminal: the counts, then each group with its children and shared references.
 * Case refs and step titles are written on one line, printable: controls, bidirectional controls and line
 * breaks in them are `\uXXXX` escapes, so that a ref can neither drive the terminal nor forge a line.
 */
export function renderLinksText(links: LinksSummary): string {
  const lines = [
    `Children with associations: ${links.childrenWithAssociations}; distinct references: ${links.references}; shared by two or more children: ${links.sharedReferences}; groups: ${links.groups.length}`,
  ];
  if (links.steps.length > 0) lines.push(`For each linked child the ruleset lists: ${links.steps.map((step) => `${escapeUnprintable(step.title)} (${step.id})`).join('; ')}`);
  for (const group of links.groups) {
    lines.push('', `${group.id}: ${group.size} children${group.organisedPattern ? ': possible organised exploitation pattern (they share a person, place or vehicle); raise at the strategy meeting' : ''}`);
    for (const child of group.children) {
      lines.push(`  ${child.label}  ${escapeUnprintable(child.ref ?? '')}  ${escapeUnprintable(child.level?.label ?? 'not scored')}${child.steps.length > 0 ? `  steps: ${child.steps.join(', ')}` : ''}`);
    }
    for (const reference of group.references) {
      lines.push(`  ${reference.label}  ${reference.kind}${reference.token === undefined ? '' : `  ${reference.token}`}${reference.children.length > 0 ? `  shared by ${reference.children.join(', ')}` : ''}`);
    }
  }
  lines.push('', 'A link is a prompt to cross-reference at the strategy meeting, not a finding.');
  return `${lines.join('\n')}\n`;
}
