import type { Ruleset } from '../../schema/ruleset.js';
import { describeRag } from './describe-values.js';
import { sourcesCell } from './indicators-section.js';
import { describeAgreement, describeUnknownPolicy } from './judgement-section.js';
import { answerName, joinOr, quote, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, strong, text, type Rich, type Section } from './rulebook-document.js';

/** The levels, lowest first: label with a colour swatch and its RAG in words, meaning, review interval and steps. */
export function buildLevelsSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  return {
    id: 'section-levels',
    title: 'Levels',
    blocks: [
      paragraph(text(`This ruleset has ${ruleset.levels.length} levels, listed lowest first. A screening never comes out below `
        + `${labels.level(ruleset.levels[0]?.id ?? '')}, and when it comes out there while unanswered or Unknown items could raise it, the result says the information `
        + 'is insufficient rather than that there is no concern (see Professional judgement and unknown answers). '
        + 'The colour is shown with its name, so that nothing depends on seeing it. The basis column gives the sources for each level\'s meaning, threshold and review interval.')),
      {
        kind: 'table',
        id: 'levels',
        caption: 'Levels, lowest first',
        head: ['Level', 'Rating and colour', 'What it means', 'Review after', 'Steps it brings in', 'Basis'],
        rows: ruleset.levels.map((level) => ({
          kind: 'row',
          cells: [
            [strong(level.label), { kind: 'break' }, code(level.id)],
            [{ kind: 'swatch', colour: level.colour, text: describeRag(level) }],
            [text(level.meaning)],
            [text(level.reviewAfterDays === undefined ? 'No review interval set' : `${level.reviewAfterDays} days`)],
            [text(level.steps.length === 0 ? 'None' : labels.steps(level.steps))],
            sourcesCell(level.sources, labels),
          ],
        })),
      },
    ],
  };
}

/** The choices the ruleset makes: what counts as present, what “possible” does, vulnerability factors, concern steps, scope. */
export function buildPolicySection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const { policy, scope } = ruleset;
  const vulnerability = policy.vulnerabilityFactors === 'score'
    ? 'Vulnerability factors may raise the level: rules and scores may count them.'
    : 'Vulnerability factors give context only: no rule that sets a level may count them and no score may add them (this is checked when the ruleset is loaded). '
      + 'A rule may still name one explicitly.';
  const rows: (readonly [string, Rich])[] = [
    ['Answers that count as present', [text(`${joinOr(policy.presentAnswers.map(answerName))}, unless a rule names other answers. No never counts.`)]],
    ['What “Possible” does', [text(policy.possibleNote)]],
    ['Vulnerability factors', [text(vulnerability)]],
    ['Steps every concern brings in', [text(`${labels.steps(policy.concernSteps)}: whenever any indicator is answered Yes or Possible, `
      + 'or a rated indicator scores above 0, whatever the level.')]],
    ['Agreement to a judgement', [text(describeAgreement(ruleset))]],
    ['What an Unknown answer brings in', [text(describeUnknownPolicy(ruleset, labels))]],
    ['Ages in scope', [text(`${scope.ages.from} to ${scope.ages.below - 1} (from age ${scope.ages.from}, below ${scope.ages.below}), in whole years.`)]],
    ['Outside those ages', [text(`The screening is still scored, marked out of scope, and brings in ${labels.steps(scope.outOfScope.steps)}. ${scope.outOfScope.note}`)]],
  ];
  return {
    id: 'section-policy',
    title: 'Policy and scope',
    blocks: [
      paragraph(text('Published CSE tools differ on these points. This ruleset makes the following choices.')),
      { kind: 'facts', rows },
      ...(ruleset.windows.length === 0 ? [] : [paragraph(
        text(`Time windows an answer may name: ${ruleset.windows.map((window) => quote(window.label)).join(', ')}.`),
      )]),
      ...(ruleset.attributes.length + ruleset.contextFacts.length === 0 ? [] : [{
        kind: 'table' as const,
        id: 'facts',
        caption: 'Facts about the child and the case that rules may use',
        head: ['Fact', 'About', 'What it means'],
        rows: [
          ...ruleset.attributes.map((fact) => ({ kind: 'row' as const, cells: [[strong(fact.label), { kind: 'break' as const }, code(fact.id)], [text('The child')], [text(fact.description ?? '')]] })),
          ...ruleset.contextFacts.map((fact) => ({ kind: 'row' as const, cells: [[strong(fact.label), { kind: 'break' as const }, code(fact.id)], [text('The case')], [text(fact.description ?? '')]] })),
        ],
      }]),
      paragraph(text('A fact that is not recorded in a screening is unknown, not No.')),
    ],
  };
}
