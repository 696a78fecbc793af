import { isProtectionId } from '../../engine/protect/protection-ids.js';
import { protectionWording } from '../../engine/protect/protection-wording.js';
import { assertNever } from '../../assert-never.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { ageInYears } from '../../screening/age-in-years.js';
import { describeEffect, describeNotApplied, describeStrength, describeUrgency } from './describe-values.js';
import { stepsOfRule } from './rules-section.js';
import { joinAnd, quote, quoteIfNeeded, type RulesetLabels } from './ruleset-labels.js';
import { anchor, paragraph, strong, text, type Block, type ListItem, type Rich, type Section } from './rulebook-document.js';
import type { WorkedCase } from './worked-case.js';

type Answers = WorkedCase['screening']['answers'];

/**
 * Worked examples: for each case the answers in brief (which indicators are Yes, Possible, Unknown or
 * rated, and the facts; never evidence or a rationale's free text), the level, why, and the next steps.
 */
export function buildExamplesSection(ruleset: Ruleset, labels: RulesetLabels, cases: readonly WorkedCase[]): Section {
  return {
    id: 'section-examples',
    title: 'Worked examples',
    blocks: cases.length === 0
      ? [paragraph(text('No worked examples were supplied with this rulebook.'))]
      : [
        paragraph(text(`${cases.length} example screenings, each run through the rules above by the screening tool. The answers are shown in brief: `
          + 'which indicators were answered Yes, Possible or Unknown (or rated), and the facts recorded. Every other indicator was answered No or left unanswered, as stated.')),
        ...cases.flatMap((worked, i) => buildCase(ruleset, labels, worked, i)),
      ],
  };
}

function buildCase(ruleset: Ruleset, labels: RulesetLabels, worked: WorkedCase, index: number): Block[] {
  const { screening, result } = worked;
  const answered = (codes: readonly string[]): string[] => ruleset.indicators.flatMap((indicator) => {
    const answer = answerOf(screening.answers, indicator.id);
    if (answer === undefined || typeof answer.value !== 'string' || !codes.includes(answer.value)) return [];
    const windows = answer.windows.length === 0 ? '' : ` (${answer.windows.map((id) => labels.window(id)).join('; ')})`;
    return [`${labels.indicator(indicator.id)}${windows}`];
  });
  const rated = ruleset.indicators.flatMap((indicator) => {
    const value = answerOf(screening.answers, indicator.id)?.value;
    if (typeof value !== 'number' || indicator.answer.kind !== 'ordinal') return [];
    const descriptor = indicator.answer.scores.find((entry) => entry.score === value)?.label;
    return [`${labels.indicator(indicator.id)}: ${value}${descriptor === undefined ? '' : ` (${descriptor})`}`];
  });
  const no = answered(['no']).length;
  const unanswered = ruleset.indicators.filter((indicator) => answerOf(screening.answers, indicator.id) === undefined).length;
  const facts = (declared: readonly { readonly id: string; readonly label: string }[], recorded: Readonly<Record<string, boolean>> | undefined): string => {
    if (declared.length === 0) return 'None declared';
    return declared.map((fact) => {
      const value = recorded !== undefined && Object.hasOwn(recorded, fact.id) ? recorded[fact.id] : undefined;
      return `${fact.label}: ${value === undefined ? 'not recorded' : value ? 'yes' : 'no'}`;
    }).join('; ');
  };
  const list = (items: readonly string[]): Rich => [text(items.length === 0 ? 'None' : items.join('; '))];
  const name = (ref: { readonly label: string }): string => quoteIfNeeded(ref.label);
  const level = result.level.id === result.computedLevel.id ? result.level.label : `${result.level.label} (the rules gave ${name(result.computedLevel)})`;
  const potential = result.potentialLevel.rank > result.level.rank ? `; it could be as high as ${name(result.potentialLevel)} once the unanswered and Unknown items are known` : '';
  const insufficient = result.insufficientInformation !== true ? ''
    : `; insufficient information: too little is known ${result.level.rank === 0 ? 'to say there is no concern' : 'to rule a higher level out'}`;
  const judgement = result.judgement === undefined ? [] : [['Professional judgement', [text(describeJudgement(ruleset, result.judgement))]] as const];
  const why: ListItem[] = result.firedRules.map((rule) => ({
    content: [strong(quote(rule.title)), text(`: ${describeFiredRule(rule, ruleset, labels)}`)], items: [],
  }));
  return [
    { kind: 'heading', depth: 3, id: anchor('case', String(index + 1)), text: `Example ${index + 1}: ${worked.name}` },
    paragraph(text(worked.rationale)),
    {
      kind: 'facts',
      rows: [
        ['Age', [text(ageText(screening))]],
        ['Answered Yes', list(answered(['yes']))],
        ['Answered Possible', list(answered(['possible']))],
        ['Answered Unknown', list(answered(['unknown']))],
        ...(rated.length === 0 ? [] : [['Rated', list(rated)] as const]),
        ['Answered No or unanswered', [text(`${no} answered No; ${unanswered} unanswered`)]],
        ['About the child', [text(facts(ruleset.attributes, screening.subject.attributes))]],
        ['About the case', [text(facts(ruleset.contextFacts, screening.context))]],
        ...judgement,
        ['Level', [strong(level), text(`${result.inScope ? '' : '; outside the ages in scope'}${insufficient}${potential}`)]],
      ],
    },
    paragraph(strong('Why:'), text(why.length === 0 ? ' no rule fired.' : '')),
    ...(why.length === 0 ? [] : [{ kind: 'list' as const, ordered: false, items: why }]),
    paragraph(strong('Next steps:'), text(result.pathway.length === 0 ? ' none.' : '')),
    ...(result.pathway.length === 0 ? [] : [{
      kind: 'list' as const,
      ordered: true,
      items: result.pathway.map((step) => ({
        content: [text(`${step.title} (${describeStrength(step.strength)}; ${describeUrgency(step.urgency).toLowerCase()}; ${step.actor}), `
          + `brought in by ${joinAnd(step.broughtInBy.map((origin) => describeOrigin(origin, ruleset, labels)))}`)], items: [],
      })),
    }]),
  ];
}

function answerOf(answers: Answers, id: string): { value: string | number; windows: readonly string[] } | undefined {
  if (!Object.hasOwn(answers, id)) return undefined;
  const answer = answers[id];
  if (answer === undefined) return undefined;
  if (typeof answer !== 'object') return { value: answer, windows: [] };
  const window = answer.window;
  return { value: answer.value, windows: window === undefined ? [] : typeof window === 'string' ? [window] : window };
}

function ageText(screening: WorkedCase['screening']): string {
  const { ageYears, dateOfBirth } = screening.subject;
  if (ageYears !== undefined) return String(ageYears);
  if (dateOfBirth !== undefined && screening.assessedOn !== undefined) return `${ageInYears(dateOfBirth, screening.assessedOn)} (from the date of birth, on the day assessed)`;
  return 'Not recorded';
}

type Outcome = NonNullable<WorkedCase['result']['judgement']>;
type Origin = WorkedCase['result']['pathway'][number]['broughtInBy'][number];
type Fired = WorkedCase['result']['firedRules'][number];

/** A judgement in a worked example: the level judged, whether it was applied and why not, and the role that agreed it (never a name or the rationale). */
function describeJudgement(ruleset: Ruleset, outcome: Outcome): string {
  const role = outcome.agreedBy?.role;
  const roleLabel = role === undefined ? undefined : ruleset.policy.judgement.agreementRoles.find((entry) => entry.id === role)?.label;
  const agreed = role === undefined ? 'no second person\'s agreement recorded' : `agreed by a second person in the role ${quote(roleLabel ?? role)}`;
  const applied = outcome.applied ? 'applied' : `not applied: ${describeNotApplied(outcome.notAppliedBecause ?? 'below-floor')}`;
  return `${quoteIfNeeded(outcome.level.label)}, ${outcome.direction === 'same' ? 'the same as' : `${outcome.direction} from`} the level the rules gave; ${agreed}; ${applied}`;
}

/** What a fired rule did in a worked example: its effect, and the steps it brought in by name. */
function describeFiredRule(fired: Fired, ruleset: Ruleset, labels: RulesetLabels): string {
  const rule = ruleset.rules.find((entry) => entry.id === fired.id);
  const steps = rule === undefined ? [] : stepsOfRule(rule, ruleset);
  const adds = steps.length === 0 ? '' : `adds ${labels.steps(steps)}`;
  switch (fired.effect.kind) {
    case 'actions': return `${adds === '' ? 'adds no steps' : adds}; the level stays as it is`;
    case 'escalate': return `${adds === '' ? 'adds no steps' : adds} (the steps of ${labels.level(fired.effect.level)}); the level stays as it is`;
    default: return `${describeEffect(fired.effect, labels)}${adds === '' ? '' : `; ${adds}`}`;
  }
}

/** What brought a step in, as a worked example shows it. */
function describeOrigin(origin: Origin, ruleset: Ruleset, labels: RulesetLabels): string {
  switch (origin.kind) {
    case 'level': return `the level ${labels.level(origin.id)} (a level step)`;
    case 'rule': return `the rule ${quote(ruleset.rules.find((rule) => rule.id === origin.id)?.title ?? origin.id)}`;
    case 'concern': return 'any concern';
    case 'unknown': return origin.id === 'insufficientInformation' ? 'insufficient information' : 'an Unknown answer that matters';
    case 'scope': return 'the out-of-scope route';
    case 'protection': return `the protection ${quote(isProtectionId(origin.id) ? protectionWording(origin.id).title : origin.id)}`;
    case 'step': return `the step ${quote(ruleset.steps.find((step) => step.id === origin.id)?.title ?? origin.id)}, which needs it`;
    default: return assertNever(origin.kind);
  }
}
