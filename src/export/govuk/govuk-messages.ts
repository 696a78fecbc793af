/**
 * Every string the GOV.UK form shows that does not come from the ruleset, in one table. A translation
 * (a Welsh edition, say) is another object of the same type, written by a translator and passed as
 * `messages`, with `lang` set to its language tag; a translated ruleset gives the questions, guidance,
 * levels, windows, roles and steps. `{name}` marks a value filled in when the page is written.
 */
export interface GovukMessages {
  readonly lang: string;
  readonly skipLink: string;
  readonly draftNotice: string;
  readonly approvedNotice: string;
  readonly warningPrefix: string;
  readonly decisionSupport: string;
  readonly childHeading: string;
  readonly ageLabel: string;
  readonly ageHint: string;
  readonly dateOfBirthLegend: string;
  readonly dateOfBirthHint: string;
  readonly assessedOnLegend: string;
  readonly assessedOnHint: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly factYes: string;
  readonly factNo: string;
  readonly factNotKnown: string;
  readonly answerYes: string;
  readonly answerNo: string;
  readonly answerPossible: string;
  readonly answerNotKnown: string;
  readonly detailsIntro: string;
  readonly windowsLegend: string;
  readonly windowsHint: string;
  readonly basisLegend: string;
  readonly basisEvidence: string;
  readonly basisConcern: string;
  readonly evidenceLabel: string;
  readonly evidenceHint: string;
  readonly caseHeading: string;
  readonly judgementHeading: string;
  readonly judgementHint: string;
  readonly judgementLevelLegend: string;
  readonly rationaleLabel: string;
  readonly judgedByLabel: string;
  readonly agreedByLegend: string;
  readonly agreedByHint: string;
  readonly agreedRoleLegend: string;
  readonly agreedRoleLabel: string;
  readonly agreedNameLabel: string;
  readonly submit: string;
  readonly errorSummaryTitle: string;
  readonly errorPrefix: string;
  readonly resultHeading: string;
  readonly resultEmpty: string;
  readonly resultNotScreened: string;
  readonly levelKey: string;
  readonly computedLevelKey: string;
  readonly judgementKey: string;
  readonly judgementApplied: string;
  readonly judgementNotApplied: string;
  readonly unansweredKey: string;
  readonly unansweredValue: string;
  readonly reasonsHeading: string;
  readonly stepsHeading: string;
  readonly stepWho: string;
  readonly stepWhen: string;
  readonly warningsHeading: string;
  /** The text of a result's warning by its code; a code not listed shows the engine's own (English) message. */
  readonly warnings: Readonly<Partial<Record<string, string>>>;
  /** The error summary's text for an issue code; `fallback` for any code not listed. */
  readonly errors: Readonly<Partial<Record<string, string>>> & { readonly fallback: string };
}

/** The English message table. */
export const GOVUK_MESSAGES_EN: GovukMessages = {
  lang: 'en-GB',
  skipLink: 'Skip to main content',
  draftNotice: 'Draft ruleset, not signed off for live use: {approval}',
  approvedNotice: 'Signed off: {approval}',
  warningPrefix: 'Warning',
  decisionSupport: 'Decision support only: the result supports professional judgement and never replaces it, or a referral.',
  childHeading: 'The child',
  ageLabel: 'Age in years',
  ageHint: 'Give the age, or the date of birth with the date of assessment.',
  dateOfBirthLegend: 'Date of birth',
  dateOfBirthHint: 'For example, 27 3 2012',
  assessedOnLegend: 'Date of assessment',
  assessedOnHint: 'Needed with a date of birth. For example, 28 11 2026',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  factYes: 'Yes',
  factNo: 'No',
  factNotKnown: 'Not known',
  answerYes: 'Yes',
  answerNo: 'No',
  answerPossible: 'Possible',
  answerNotKnown: 'Not known',
  detailsIntro: 'Optional details for this answer.',
  windowsLegend: 'When did it happen?',
  windowsHint: 'Select all that apply.',
  basisLegend: 'What is the answer based on?',
  basisEvidence: 'Evidence',
  basisConcern: 'Professional concern',
  evidenceLabel: 'Evidence',
  evidenceHint: 'What the answer rests on. It is kept out of the result.',
  caseHeading: 'About the case',
  judgementHeading: 'Professional judgement (optional)',
  judgementHint: 'Leave the level unselected to keep the level the checklist gives. A judgement that lowers the level is applied only when a second person agrees it.',
  judgementLevelLegend: 'The level you judge right',
  rationaleLabel: 'Why (needed with a judgement)',
  judgedByLabel: 'Judged by',
  agreedByLegend: 'Agreed by',
  agreedByHint: 'The second person who agreed the judgement: needed for a judgement that lowers the level.',
  agreedRoleLegend: 'Their role',
  agreedRoleLabel: 'Their role',
  agreedNameLabel: 'Their name',
  submit: 'See the result',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  resultHeading: 'Result',
  resultEmpty: 'Answer the questions to see the result.',
  resultNotScreened: 'The form cannot be screened yet: correct the problems listed.',
  levelKey: 'Level',
  computedLevelKey: 'Level the checklist gives',
  judgementKey: 'Professional judgement',
  judgementApplied: 'Applied',
  judgementNotApplied: 'Not applied: {reason}',
  unansweredKey: 'Unanswered questions',
  unansweredValue: '{count}',
  reasonsHeading: 'Why',
  stepsHeading: 'Next steps',
  stepWho: 'Who',
  stepWhen: 'When',
  warningsHeading: 'Check',
  warnings: {
    draft_ruleset: 'This ruleset is a draft and has not been signed off for live use.',
    insufficient_information: 'Unknown or unanswered questions could raise the level: find out more before relying on this level.',
    judgement_needs_agreement: 'The judgement lowers the level, so it needs a second person\'s agreement: the level from the checklist stands.',
    judgement_below_floor: 'The judgement goes below a level the rules set as the lowest for these answers.',
    judgement_contradicts_answers: 'The judgement says no concern while a question is answered yes or possible.',
    age_unknown: 'The child\'s age is not known: rules that depend on it are not settled.',
    age_out_of_scope: 'The child\'s age is outside the ages this checklist covers.',
    incomplete: 'Some questions are unanswered.',
  },
  errors: {
    fallback: 'Check this answer',
    date_of_birth_needs_assessment_date: 'Enter the date of assessment: it is needed with a date of birth',
    date_of_birth_after_assessment: 'Date of birth must be before the date of assessment',
    age_mismatch: 'Age and date of birth must agree on the date of assessment',
    invalid_format: 'Enter a real date, with a day, month and year',
    out_of_range: 'Enter a whole number in the range allowed',
    missing_rationale: 'Enter why you judge this level',
    missing_key: 'Enter the missing answer: {field}',
    unknown_level: 'Select the level you judge right',
  },
};

/** Fills `{name}` placeholders of a message. */
export function fillMessage(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
