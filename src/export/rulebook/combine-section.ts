import type { Ruleset } from '../../schema/ruleset.js';
import { ageHolds } from '../../ruleset/age-holds.js';
import { walkCondition } from '../../ruleset/walk-condition.js';
import { under13FloorOf } from './protections-section.js';
import { joinAnd, quote, type RulesetLabels } from './ruleset-labels.js';
import { strong, text, type ListItem, type Section } from './rulebook-document.js';

/** The order in which the engine combines rules, in fixed words with this ruleset's rules named. */
export function buildCombineSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const titles = (rules: readonly { readonly title: string }[]): string => (rules.length === 0 ? 'none' : joinAnd(rules.map((rule) => quote(rule.title))));
  const binding = ruleset.rules.filter((rule) => rule.effect.kind === 'floor' || rule.effect.kind === 'override');
  const under13 = binding.filter((rule) => {
    let found = false;
    walkCondition(rule.when, [], (condition, where) => {
      if (condition.kind === 'age' && ageHolds(condition, 12) !== where.negated) found = true;
    });
    return found;
  });
  const lowest = labels.level(ruleset.levels[0]?.id ?? '');
  const step = (title: string, body: string): ListItem => ({ content: [strong(title), text(` ${body}`)], items: [] });
  return {
    id: 'section-combine',
    title: 'How the rules combine',
    blocks: [
      {
        kind: 'list',
        ordered: true,
        items: [
          step('Each rule is checked.', 'A rule fires when its condition is true for the answers, the age and the facts recorded in the screening.'),
          step('Unknown is not No.', 'An unanswered question, an Unknown answer (unless the rule counts Unknown), a Yes without the time window a rule asks for, '
            + 'a missing age and a fact not recorded are unknown. A rule that depends on them neither fires nor is ruled out: the result lists it as a rule that could '
            + 'still apply, with what is missing, and shows how high the level could go once it is known. Unknown never lowers a level.'),
          step('The highest level wins.', `The level is the highest of every level, floor and override rule that fired${ruleset.scores.length === 0 ? '' : ' and every score band'}, `
            + `and never lower than ${lowest}. Rules only ever raise the level; no rule can lower it.`),
          step('Floors and overrides bind a judgement.', 'A practitioner may record a professional judgement of the level, with a rationale. '
            + 'A judgement never goes below the highest floor or override that fired, never to the lowest level while an indicator is answered Yes or Possible, '
            + 'and lowering the level needs a second person\'s agreement; a judgement that breaks one of these is recorded as not applied, and the result says why '
            + '(see Professional judgement and unknown answers). Level rules and score bands do not bind a judgement. '
            + `In this ruleset the floors and overrides are: ${titles(binding)}.`),
          step('Escalation adds steps.', 'Once the level is settled, an escalate rule brings in the steps of a higher level while the level itself stays as it is.'),
          step('Action rules add steps.', 'Once the level is settled, including any judgement, action rules add their steps whatever the level. '
            + 'Rules that depend on the level are checked at this point against the higher of the level the rules gave and the final level, '
            + 'so a judgement that lowers the level never removes a step that a rule brings in.'),
          step('The pathway is put together.', 'The next steps are those of the final level, those of every rule that fired, the steps every concern brings in '
            + '(when any indicator is answered Yes or Possible), the steps an Unknown answer that matters brings in (and the same steps when the information is insufficient), '
            + 'and the out-of-scope route for a child outside the ages in scope. Each step appears once, in the order the pathway lists them, with what brought it in.'),
          step('16 and 17 year olds are children.', 'The ages in scope must include 16 and 17, and no rule that sets a level or escalates may treat a 16 or 17 year old '
            + 'as lower risk than a 15 year old with the same answers. When the ruleset is loaded this is also proved by scoring every indicator and every pair of '
            + 'indicators at 15, 16 and 17: the older child never gets a lower level or fewer steps, except the steps of a rule with a legal age limit. '
            + 'The tool refuses a ruleset that breaks this.'),
          step('Under 13 there is always a floor.', 'Sexual activity with a child under 13 is never consensual in law. At least one floor or override must apply to a child '
            + `under 13, and when the ruleset is loaded every single indicator that is not a vulnerability factor, answered Yes for a child under 13, must reach ${labels.level(under13FloorOf(ruleset).level)}; `
            + `the tool refuses a ruleset without this. In this ruleset: ${titles(under13)}.`),
          step('Review.', 'The final level\'s review interval gives the date by which the screening should be reviewed. When the information is insufficient, '
            + 'the review interval is that of the level the screening could reach, not that of the lowest level.'),
        ],
      },
    ],
  };
}
