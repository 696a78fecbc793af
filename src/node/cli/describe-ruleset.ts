import type { Screener } from '../../engine/screener/compile-ruleset.js';
import type { Ruleset } from '../../schema/ruleset.js';

const WIDTH = 100;

/**
 * A readable summary of a ruleset for `ruleset show`: who publishes it and on what basis, whether it
 * is signed off, its ages, its levels, how many indicators, rules and steps it has, and its fingerprint.
 */
export function describeRuleset(screener: Screener): string {
  const { ruleset, stamp } = screener;
  const { meta, scope } = ruleset;
  const lines: string[] = [
    `${meta.title}`,
    `Id: ${meta.id}    Version: ${meta.version}    Effective from: ${meta.effectiveFrom}`,
    `Status: ${meta.status === 'approved' ? 'approved' : 'DRAFT, not signed off for live use'}`,
    ...wrap(`Approval: ${meta.approval}`),
    ...wrap(`Publisher: ${meta.publisher}`),
    ...wrap(`Provenance: ${meta.provenance}`),
    `Sources cited: ${meta.sources.length}`,
    `Ages in scope: ${scope.ages.from} to ${scope.ages.below - 1}`,
    '',
    'Levels (lowest first):',
    ...ruleset.levels.map((level, rank) => {
      const review = level.reviewAfterDays === undefined ? '' : `, review after ${level.reviewAfterDays} days`;
      return `  ${rank}. ${level.label} [${level.id}, ${level.rag}${review}]`;
    }),
    '',
    `Indicators: ${ruleset.indicators.length} in ${ruleset.domains.length} domain${ruleset.domains.length === 1 ? '' : 's'} (${countKinds(ruleset)})`,
    `Scores: ${ruleset.scores.length}`,
    `Rules: ${ruleset.rules.length}`,
    `Pathway steps: ${ruleset.steps.length}`,
    `Vulnerability factors: ${ruleset.policy.vulnerabilityFactors === 'score' ? 'may raise the level' : 'context only, never scored'}`,
    '',
    `Fingerprint: ${stamp.fingerprint}`,
  ];
  return `${lines.join('\n')}\n`;
}

function countKinds(ruleset: Ruleset): string {
  const counts = new Map<string, number>();
  for (const indicator of ruleset.indicators) counts.set(indicator.kind, (counts.get(indicator.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

/** Wraps a paragraph at WIDTH columns, continuation lines indented by two spaces. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = `  ${word}`;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
