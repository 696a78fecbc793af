import type { Ruleset } from '../../schema/ruleset.js';
import { buildCompiledRuleset } from '../../engine/compile/build-compiled-ruleset.js';
import { phraseFilter } from './phrase-match.js';
import { countOf, joinAnd, quote, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, strong, text, type Block, type Rich, type Section } from './rulebook-document.js';

/** Who must agree a judgement, in one sentence: which changes need agreement and which roles count. */
export function describeAgreement(ruleset: Ruleset): string {
  const { agreementRequiredFor, agreementRoles } = ruleset.policy.judgement;
  const which = agreementRequiredFor === 'any-change'
    ? 'Any judgement that changes the level, raising as well as lowering, needs'
    : 'A judgement that lowers the level needs';
  const roles = agreementRoles.length === 0
    ? 'in any role: this ruleset names no roles, so any role recorded is accepted'
    : `in one of the roles this ruleset accepts: ${joinAnd(agreementRoles.map((role) => `${role.label} (${role.id})`))}`;
  return `${which} the agreement of a second person, recorded with the judgement (who agreed it and their role), ${roles}. `
    + 'An agreement recorded under the same name as the person who made the judgement is not a second person\'s, and the judgement is then not applied.';
}

/** The indicators whose Unknown answer brings steps in, and those steps, exactly as the engine selects them. */
export function unknownAnswerScope(ruleset: Ruleset): { readonly watched: readonly string[]; readonly steps: readonly string[] } {
  const { unknownWatched } = buildCompiledRuleset(ruleset);
  return {
    watched: ruleset.indicators.filter((_indicator, position) => unknownWatched[position] === true).map((indicator) => indicator.id),
    steps: ruleset.policy.unknownAnswers?.steps ?? ruleset.policy.concernSteps,
  };
}

/** Which Unknown answers bring steps in, in a few words for a table. */
export function describeUnknownTrigger(ruleset: Ruleset, labels: RulesetLabels): string {
  const where = ruleset.policy.unknownAnswers?.where;
  return where === undefined
    ? 'An Unknown answer on an indicator that could raise the level (the default)'
    : `An Unknown answer on any ${phraseFilter(where, labels, false)}`;
}

/** What an Unknown answer brings in, in one sentence. */
export function describeUnknownPolicy(ruleset: Ruleset, labels: RulesetLabels): string {
  const policy = ruleset.policy.unknownAnswers;
  const { watched, steps } = unknownAnswerScope(ruleset);
  const which = policy?.where === undefined
    ? 'an indicator that could raise the level (one that a level, floor or override rule, or a score with bands, reads)'
    : `any ${phraseFilter(policy.where, labels, false)}`;
  const source = policy === undefined ? 'This ruleset does not say, so the default applies: an' : 'An';
  return `${source} Unknown answer on ${which} brings in ${stepsWords(steps, labels)}. `
    + `That is ${watched.length === 0 ? 'none' : watched.length === ruleset.indicators.length ? 'every one' : watched.length} of the ${countOf(ruleset.indicators.length, 'indicator')}.`;
}

/**
 * The judgement policy and the unknown-answers policy in plain English: when a judgement is applied,
 * what is kept when it is not, what an Unknown answer brings in, and what “insufficient information” does.
 */
export function buildJudgementSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const lowest = quote(labels.levelName(ruleset.levels[0]?.id ?? ''));
  const concern = quote(labels.levelName(ruleset.levels[Math.min(1, ruleset.levels.length - 1)]?.id ?? ''));
  const binding = ruleset.rules.filter((rule) => rule.effect.kind === 'floor' || rule.effect.kind === 'override');
  const { watched, steps } = unknownAnswerScope(ruleset);
  const notWatched = ruleset.indicators.filter((indicator) => !watched.includes(indicator.id));
  const judgementRows: (readonly [string, Rich])[] = [
    ['Raising', [text(ruleset.policy.judgement.agreementRequiredFor === 'any-change'
      ? 'A judgement may raise the level, but in this ruleset only with a second person\'s agreement, as for lowering (see below).'
      : 'A judgement may raise the level freely, with its rationale.')]],
    ['A second person\'s agreement', [text(describeAgreement(ruleset))]],
    ['Never below a floor or override', [text('A judgement never goes below the highest floor or override that fired. '
      + `In this ruleset the floors and overrides are: ${binding.length === 0 ? 'none' : joinAnd(binding.map((rule) => quote(rule.title)))}.`)]],
    ['Never “no concern” against the answers', [text(`A judgement never makes the level ${lowest} (the lowest) while any indicator is answered Yes or Possible, `
      + `or a rated indicator scores above 0: the level goes no lower than ${concern}.`)]],
    ['Steps from rules stay', [text('A judgement changes which level\'s steps apply, never the steps that rules, the concern policy or Unknown answers bring in. '
      + 'Rules that add steps read the higher of the level the rules gave and the final level, so lowering the level removes none of them. '
      + 'The pathway section marks which steps are level steps and which come from rules.')]],
    ['When a judgement is not applied', [text('It is still kept in the result, marked not applied, with the level judged, the reason '
      + '(it needs agreement, it is below a floor, or it contradicts the answers), the role of anyone who agreed it, and a warning with a stable code '
      + '(judgement_needs_agreement, judgement_below_floor or judgement_contradicts_answers). The level is then: without the agreement it needs, the level the rules gave; '
      + `below a floor or override, that floor; against the answers, ${concern}. The rationale and names appear in a result only when free text is asked for.`)]],
  ];
  const unknownRows: (readonly [string, Rich])[] = [
    ['What an Unknown answer brings in', [text(describeUnknownPolicy(ruleset, labels))]],
    ['Unknown answers that bring nothing in', notWatched.length === 0 ? [text('None: an Unknown answer on any indicator brings those steps in.')] : [
      text(`${countOf(notWatched.length, 'indicator')}, by id (the Indicators section gives their questions): `),
      ...notWatched.flatMap((indicator, i) => [...(i === 0 ? [] : [text(', ')]), code(indicator.id)]),
      text(`. ${ruleset.policy.unknownAnswers?.where === undefined
        ? 'No rule or score could raise the level through an answer to them.'
        : 'The unknown-answers policy does not select them.'}`),
    ]],
    ['Insufficient information', [text(`When no indicator that a rule deciding the level reads is answered Yes or Possible (a vulnerability factor read as context only does not count: `
      + `recording one never takes this away) and the level is ${lowest}, but it could be higher once unanswered or Unknown `
      + 'items are known, and at least one of those items is an indicator whose Unknown answer brings steps in (above), '
      + 'the result does not read as no concern. It is marked as insufficient information, with a warning (insufficient_information) saying how high the level could go, '
      + `a review date on the review interval of that higher (potential) level rather than the lowest level's, and ${stepsWords(steps, labels)}.`)]],
  ];
  const blocks: Block[] = [
    paragraph(text('A practitioner may record a professional judgement of the level, with a rationale. The tool supports that judgement and never replaces it, '
      + 'but these protections hold for every ruleset and cannot be configured away. The result always keeps both the level the rules gave and the final level.')),
    { kind: 'heading', depth: 3, id: 'judgement', text: 'Professional judgement' },
    { kind: 'facts', rows: judgementRows },
    { kind: 'heading', depth: 3, id: 'unknown-answers', text: 'Unknown answers' },
    paragraph(strong('Unknown is not No,'), text(' for the next steps as well as for the level. '), code('policy.unknownAnswers'),
      text(ruleset.policy.unknownAnswers === undefined ? ' is not set in this ruleset.' : ' sets what follows.')),
    { kind: 'facts', rows: unknownRows },
  ];
  return { id: 'section-judgement', title: 'Professional judgement and unknown answers', blocks };
}

/** “the step “A”” or “the steps “A” and “B””. */
export function stepsWords(ids: readonly string[], labels: RulesetLabels): string {
  return `the step${ids.length === 1 ? '' : 's'} ${labels.steps(ids)}`;
}
