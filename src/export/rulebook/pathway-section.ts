import type { Ruleset } from '../../schema/ruleset.js';
import { describeEffect, describeStrength, describeUrgency } from './describe-values.js';
import { sourcesCell } from './indicators-section.js';
import { describeUnknownTrigger, unknownAnswerScope } from './judgement-section.js';
import { stepsOfRule } from './rules-section.js';
import { quote, type RulesetLabels } from './ruleset-labels.js';
import { code, paragraph, strong, text, type Block, type Inline, type Rich, type Section } from './rulebook-document.js';

interface Trigger {
  readonly name: string;
  readonly id: string;
  readonly what: string;
  /** How the trigger reads in a “brought in by” list. */
  readonly origin: string;
  readonly steps: readonly string[];
}

/** Every pathway step, what brings each in, and the steps by level and by trigger. */
export function buildPathwaySection(ruleset: Ruleset, labels: RulesetLabels): Section {
  const triggers: Trigger[] = [
    { name: 'Any concern', id: 'policy.concernSteps', what: 'Any indicator answered Yes or Possible, whatever the level', origin: 'any concern', steps: ruleset.policy.concernSteps },
    ...ruleset.rules.map((rule) => ({ name: rule.title, id: rule.id, what: describeEffect(rule.effect, labels), origin: `rule ${quote(rule.title)}`, steps: stepsOfRule(rule, ruleset) }))
      .filter((trigger) => trigger.steps.length > 0),
    ...(() => {
      const { steps } = unknownAnswerScope(ruleset);
      return [
        { name: 'Unknown answers', id: 'policy.unknownAnswers', what: describeUnknownTrigger(ruleset, labels), origin: 'an Unknown answer that matters', steps },
        { name: 'Insufficient information', id: 'insufficientInformation', origin: 'insufficient information', steps,
          what: `The level is the lowest, ${quote(labels.levelName(ruleset.levels[0]?.id ?? ''))}, nothing is answered Yes or Possible, and unanswered or Unknown items could raise it` },
      ];
    })(),
    { name: 'Outside the ages in scope', id: 'scope.outOfScope', what: 'The child is outside the ages this ruleset is made for', origin: 'the out-of-scope route', steps: ruleset.scope.outOfScope.steps },
    ...(ruleset.links === undefined ? [] : [{
      name: 'Shared associations', id: 'links.sharedReferenceSteps', origin: 'a shared association (cse-screen links and the caseload report)', steps: ruleset.links.sharedReferenceSteps,
      what: 'The child shares a person, vehicle, place, phone number or online account with another child on the caseload (found by cse-screen links, not by screening one child)',
    }]),
  ];
  const broughtInBy = (stepId: string): Rich => {
    const origins = [
      ...ruleset.levels.filter((level) => level.steps.includes(stepId)).map((level) => `level ${labels.level(level.id)}`),
      ...triggers.filter((trigger) => trigger.steps.includes(stepId)).map((trigger) => trigger.origin),
    ];
    return lines(origins.length === 0 ? ['Nothing: no level or rule brings it in'] : origins);
  };
  /** Whether a step is a level step, comes from a rule or policy, or both: a short name for the table and a sentence for the step's details. */
  const kindOf = (stepId: string): { readonly short: string; readonly long: string } => {
    const fromLevel = ruleset.levels.some((level) => level.steps.includes(stepId));
    const fromRules = triggers.some((trigger) => trigger.steps.includes(stepId));
    if (fromLevel && fromRules) {
      return { short: 'Level, and rule or policy', long: 'A level step, and also brought in by a rule or policy: when one of those brings it in, no judgement removes it.' };
    }
    if (fromLevel) return { short: 'Level', long: 'A level step: a judgement that changes the level can change it.' };
    return fromRules
      ? { short: 'Rule or policy', long: 'Brought in by a rule or policy: no judgement removes it.' }
      : { short: 'Nothing', long: 'Nothing brings it in.' };
  };
  const details: Block[] = ruleset.steps.flatMap((step): Block[] => [
    { kind: 'heading', depth: 3, id: `step-${step.id}`, text: step.title },
    paragraph(text(step.description)),
    {
      kind: 'facts',
      rows: [
        ['Step', [code(step.id)]],
        ['Comes from', [text(kindOf(step.id).long)]],
        ['How soon', [text(describeUrgency(step.urgency) + (step.timescale === undefined ? '' : ` (${step.timescale})`))]],
        ...(step.timescaleBasis === undefined ? [] : [['Basis of the timescale', sourcesCell(step.timescaleBasis, labels)] as const]),
        ...(step.requires.length === 0 ? [] : [['Needs', [text(`${labels.steps(step.requires)}: whenever this step is in a result, after any judgement too, so are these.`)]] as const]),
        ['Sources', sourcesCell(step.sources, labels)],
      ],
    },
  ]);
  return {
    id: 'section-pathway',
    title: 'The pathway',
    blocks: [
      paragraph(text('The next steps, most urgent first, in the order a result lists them. “Must” steps are required; “should” steps are expected unless there is a reason '
        + 'not to, recorded; “consider” steps are for the practitioner and the designated safeguarding lead to weigh.')),
      paragraph(strong('Level steps and steps from rules.'), text(' A level step comes with the final level: a professional judgement that changes the level changes '
        + 'which level\'s steps apply. A step from a rule or policy (a rule that fired, any concern, an Unknown answer that matters, insufficient information, '
        + 'or the out-of-scope route) stays whatever the judgement: no judgement removes it. Rules that add steps and depend on the level read the higher of '
        + 'the level the rules gave and the final level, so lowering the level never takes their steps away. The column “Comes from” says which each step is: '
        + '“Level”, “Rule or policy”, or both.')),
      {
        kind: 'table',
        id: 'pathway',
        caption: 'Pathway steps',
        head: ['Step', 'Who acts', 'How soon', 'Required', 'Legal basis', 'Comes from', 'Brought in by'],
        rows: ruleset.steps.map((step) => ({
          kind: 'row' as const,
          cells: [
            [strong(step.title), { kind: 'break' as const }, code(step.id)],
            [text(step.actor)],
            [text(describeUrgency(step.urgency) + (step.timescale === undefined ? '' : ` (${step.timescale})`))],
            [text(describeStrength(step.strength))],
            lines(step.legalBasis.length === 0 ? ['None given'] : step.legalBasis),
            [text(kindOf(step.id).short)],
            broughtInBy(step.id),
          ],
        })),
      },
      {
        kind: 'table',
        id: 'pathway-by-level',
        caption: 'Level steps, by level: a judgement that changes the level changes these',
        head: ['Level', 'Steps it brings in'],
        rows: ruleset.levels.map((level) => ({ kind: 'row' as const, cells: [[strong(level.label)], lines(level.steps.length === 0 ? ['None'] : level.steps.map(labels.step))] })),
      },
      {
        kind: 'table',
        id: 'pathway-by-trigger',
        caption: 'Steps from rules and policy, by trigger (no judgement removes these): the concern policy, each rule that brings in steps, unknown answers and the out-of-scope route',
        head: ['Trigger', 'What it is', 'Steps it brings in'],
        rows: triggers.map((trigger) => ({
          kind: 'row' as const,
          cells: [[strong(trigger.name), { kind: 'break' as const }, code(trigger.id)], [text(trigger.what)], lines(trigger.steps.map(labels.step))],
        })),
      },
      ...details,
    ],
  };
}

/** Items as inline content, one per line. */
function lines(items: readonly string[]): Rich {
  return items.flatMap((item, i): Inline[] => [...(i === 0 ? [] : [{ kind: 'break' as const }]), text(item)]);
}
