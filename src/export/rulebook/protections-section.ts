import type { Ruleset } from '../../schema/ruleset.js';
import { asSentence, countOf, quote, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, strong, text, type ListItem, type Section } from './rulebook-document.js';

/** The under-13 floor a ruleset declares, or the default: the level above the lowest. */
export function under13FloorOf(ruleset: Ruleset): { readonly level: string; readonly declared: boolean } {
  const declared = ruleset.policy.protections.under13Floor;
  return declared === undefined
    ? { level: ruleset.levels[Math.min(1, ruleset.levels.length - 1)]?.id ?? '', declared: false }
    : { level: declared, declared: true };
}

/** The rules whose steps a statute limits to some ages. */
export function ageLimitedRules(ruleset: Ruleset): Ruleset['rules'] {
  return ruleset.rules.filter((rule) => rule.legalAgeLimit !== undefined);
}

/**
 * The protections the tool proves when it loads the ruleset by evaluating it on screenings built for the
 * purpose: the under-13 floor, a declared learning-disability floor, 16 and 17 year olds never below a
 * 15 year old (with the steps of rules that have a legal age limit as the only exception), and No never raising.
 */
export function buildProtectionsSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const { from, below } = ruleset.scope.ages;
  const floor = under13FloorOf(ruleset);
  const learning = ruleset.policy.protections.learningDisabilityFloor;
  const limited = ageLimitedRules(ruleset);
  const under13Ages = from <= 12 ? (from === 12 ? 'age 12' : `every age from ${from} to 12`) : undefined;
  const item = (title: string, body: string, items: readonly ListItem[] = []): ListItem => ({ content: [strong(title), text(` ${body}`)], items });
  const limitItems: ListItem[] = limited.map((rule) => ({
    content: [strong(quote(rule.title)), text(' ('), code(rule.id), text(`): ${asSentence(rule.legalAgeLimit ?? '')} Its steps: ${rule.steps.length === 0 ? 'none' : labels.steps(rule.steps)}.`)],
    items: [],
  }));
  return {
    id: 'section-protections',
    title: 'Protections applied to every screening, and proved when the ruleset is loaded',
    blocks: [
      paragraph(text('The screening tool applies these protections itself to every screening, whatever this ruleset\'s rules say: '
        + 'any concern (a risk or significant indicator answered Yes or Possible) is above the lowest level; under 13, any concern reaches the under-13 floor '
        + `and any sign of sexual activity (indicators tagged ${(ruleset.policy.protections.under13SexualActivity?.tags ?? ['sexual-activity']).join(', ')}) reaches `
        + `${quote(labels.levelName(ruleset.policy.protections.under13SexualActivity?.level ?? ruleset.levels.at(-1)?.id ?? ''))}`
        + `${(ruleset.policy.protections.under13SexualActivity?.steps ?? []).length === 0 ? '' : ` with ${labels.steps(ruleset.policy.protections.under13SexualActivity?.steps ?? [])}`}; `
        + 'a declared learning-disability floor holds with any concern; and a 16 or 17 year old gets at least what the same screening gives a 15 year old. '
        + '"Possible" counts as a concern for each of them. Where one changes a result it is listed with the rules that fired, and no judgement goes below it. '
        + 'A rule that would let more concern lower the level or remove a step cannot be written in this format.')),
      paragraph(text('When the screening tool loads this ruleset it does not only read its structure: it scores screenings built for the purpose and checks each result. '
        + 'A ruleset that fails any of these checks is refused, with a stable code naming the rule and the indicator that show the failure. '
        + 'These protections cannot be configured away.')),
      {
        kind: 'list',
        ordered: false,
        items: [
          item('Under 13.', under13Ages === undefined
            ? `No age in scope is below 13 (the ages start at ${from}), so there is nothing to check.`
            : `At ${under13Ages}, a screening with only one indicator answered Yes (every other answered No) must reach at least ${quote(labels.levelName(floor.level))}, `
              + `for every indicator that is not a vulnerability factor. ${floor.declared ? 'This ruleset declares that floor (policy.protections.under13Floor).' : 'This ruleset declares no under-13 floor, so the default applies: the level above the lowest.'}`),
          item('Learning disability.', learning === undefined
            ? 'This ruleset declares no learning-disability floor (policy.protections.learningDisabilityFloor), so nothing is proved for it.'
            : `With ${quote(labels.attribute(learning.attribute))} recorded as yes for the child, at every age in scope (${from} to ${below - 1}), a screening with only one `
              + `indicator that is not a vulnerability factor answered Yes must reach at least ${quote(labels.levelName(learning.level))}.`),
          item('16 and 17 year olds are children.', 'For every indicator on its own and every pair of indicators answered Yes, a 16 or 17 year old never gets a lower level, '
            + 'or fewer steps, than a 15 year old with the same answers. The only exception is the steps of a rule with a legal age limit, where a statute limits '
            + `them to some ages; the level never has an exception. ${limited.length === 0 ? 'No rule in this ruleset has a legal age limit.'
              : `This ruleset has ${countOf(limited.length, 'such rule')}:`}`, limitItems),
          item('No never raises.', 'For every indicator, an answer of No never gives a higher level than Yes or Possible.'),
          item('Ages in scope.', `The ages in scope must include 16 and 17; here they are ${from} to ${below - 1}.`),
        ],
      },
    ],
  };
}
