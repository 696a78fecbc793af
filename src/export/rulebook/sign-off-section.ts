import { assertNever } from '../../assert-never.js';
import type { RulesetMeta } from '../../schema/ruleset-meta.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { describeAgreement, describeUnknownPolicy } from './judgement-section.js';
import { collectProjectChoices } from './project-choices.js';
import { under13FloorOf } from './protections-section.js';
import { answerName, countOf, joinOr, quote, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, strong, text, type Block, type Rich, type Section } from './rulebook-document.js';

type SignOff = NonNullable<RulesetMeta['signOff']>;

const BLANK = '________________________________';
/** Tick boxes, each kept with its word by a no-break space so that a narrow column never splits them. */
const CONFIRM = '☐\u00a0Confirm ☐\u00a0Change';

/** A sign-off decision in words. */
export function describeDecision(decision: SignOff['decision']): string {
  switch (decision) {
    case 'approved': return 'Approved';
    case 'approved-with-changes': return 'Approved with changes';
    case 'not-approved': return 'Not approved';
    default: return assertNever(decision);
  }
}

/** A recorded sign-off in one line: “Approved by A. Name, Designated safeguarding lead, on 2026-03-01”. */
export function describeSignOff(signOff: SignOff): string {
  return `${describeDecision(signOff.decision)} by ${signOff.name}, ${signOff.role}, on ${signOff.date}`;
}

/**
 * The sign-off: who signs, when and what they decided (from meta.signOff, or lines to fill in for a
 * draft), then a checklist generated from the ruleset of every choice the project made, for the
 * safeguarding lead to confirm or change: each citation of a project-choice source and each policy choice.
 */
export function buildSignOffSection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const { signOff } = ruleset.meta;
  const choices = collectProjectChoices(ruleset, labels);
  const chosenSources = ruleset.meta.sources.filter((source) => source.kind === 'project-choice');
  const who: (readonly [string, Rich])[] = signOff === undefined
    ? [['Name', [text(BLANK)]], ['Role', [text(BLANK)]], ['Date', [text(BLANK)]],
      ['Decision', [text('☐\u00a0Approved ☐\u00a0Approved with changes ☐\u00a0Not approved')]], ['Changes asked for', [text(BLANK)]]]
    : [['Name', [text(signOff.name)]], ['Role', [text(signOff.role)]], ['Date', [text(signOff.date)]],
      ['Decision', [strong(describeDecision(signOff.decision))]], ...(signOff.note === undefined ? [] : [['Note', [text(signOff.note)]] as const])];
  const floor = under13FloorOf(ruleset);
  const learning = ruleset.policy.protections.learningDisabilityFloor;
  const policy: (readonly [string, string, string])[] = [
    ['Answers that count as present', 'policy.presentAnswers', `${joinOr(ruleset.policy.presentAnswers.map(answerName))}, unless a rule names others.`],
    ['What “Possible” does', 'policy.possibleNote', ruleset.policy.possibleNote],
    ['Vulnerability factors', 'policy.vulnerabilityFactors', ruleset.policy.vulnerabilityFactors === 'score' ? 'They may raise the level.' : 'Context only: they never count towards a level.'],
    ['Steps every concern brings in', 'policy.concernSteps', `${labels.steps(ruleset.policy.concernSteps)}.`],
    ['Agreement to a judgement', 'policy.judgement', describeAgreement(ruleset)],
    ['Unknown answers', 'policy.unknownAnswers', describeUnknownPolicy(ruleset, labels)],
    ['Under-13 floor', 'policy.protections.under13Floor', `${labels.levelName(floor.level)}${floor.declared ? '' : ' (the default: not declared)'}.`],
    ['Learning-disability floor', 'policy.protections.learningDisabilityFloor',
      learning === undefined ? 'None declared.' : `${labels.levelName(learning.level)} when ${quote(labels.attribute(learning.attribute))} is recorded as yes.`],
    ['Ages in scope', 'scope.ages', `${ruleset.scope.ages.from} to ${ruleset.scope.ages.below - 1}.`],
  ];
  const choiceBlocks: Block[] = chosenSources.length === 0
    ? [paragraph(text('This ruleset marks no source as the project\'s choice (a source of kind project-choice), so no citation is listed here. '
      + 'Check the sources of every level, threshold, timescale and step in the sections above.'))]
    : [
      paragraph(text(`Every place where the ruleset cites ${joinOr(chosenSources.map((source) => quote(source.title)))} `
        + `as its basis: ${choices.length === 0 ? 'none (the source is declared but not cited).' : `${countOf(choices.length, 'place')}, each to confirm or change.`}`)),
      ...(choices.length === 0 ? [] : [{
        kind: 'table' as const,
        id: 'project-choices',
        caption: 'Project choices to confirm or change',
        head: ['Attached to', 'Id', 'Section', 'The choice', 'Confirm or change'],
        rows: choices.map((choice) => ({
          kind: 'row' as const,
          cells: [[text(choice.attachedTo)], [code(choice.id)], [text(choice.section ?? '')], [text(choice.note ?? 'No note given')], [text(CONFIRM)]],
        })),
      }]),
    ];
  return {
    id: 'section-sign-off',
    title: 'Sign-off',
    blocks: [
      paragraph(text(signOff === undefined
        ? 'This ruleset has not been signed off. The safeguarding lead who reviews it fills in the lines below, confirms or changes each project choice, '
          + 'and records the sign-off in the ruleset file (meta.signOff, with the status set to approved). That file has its own fingerprint, which every result then records.'
        : 'The sign-off recorded in the ruleset file (meta.signOff). It applies to this version and fingerprint only.')),
      { kind: 'heading', depth: 3, id: 'sign-off-who', text: 'Who signs, when, and the decision' },
      { kind: 'facts', rows: who },
      { kind: 'heading', depth: 3, id: 'sign-off-choices', text: 'Project choices to confirm or change' },
      ...choiceBlocks,
      { kind: 'heading', depth: 3, id: 'sign-off-policy', text: 'Policy choices to confirm or change' },
      {
        kind: 'table',
        id: 'policy-choices',
        caption: 'Policy choices this ruleset makes',
        head: ['Choice', 'Where in the file', 'This ruleset says', 'Confirm or change'],
        rows: policy.map(([name, where, says]) => ({ kind: 'row' as const, cells: [[strong(name)], [code(where)], [text(says)], [text(CONFIRM)]] })),
      },
    ],
  };
}
