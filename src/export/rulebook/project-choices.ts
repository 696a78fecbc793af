import type { Ruleset } from '../../schema/ruleset.js';
import type { SourceRef } from '../../schema/source-ref.js';
import { describeUrgency } from './describe-values.js';
import { quote, type RulesetLabels } from './ruleset-labels.js';

/** One citation of a project-choice source: what it is attached to, where in the ruleset, and the choice in the citation's words. */
export interface ProjectChoice {
  /** What the citation is attached to, in words: “Level “High””, “Timescale of the step “Refer””. */
  readonly attachedTo: string;
  /** The id of the item, or the policy key, so that the lead can find it in the file. */
  readonly id: string;
  readonly section: string | undefined;
  readonly note: string | undefined;
}

/**
 * Every citation of a source whose kind is project-choice, in the order of the ruleset: levels,
 * indicators, scores, rules, then steps and their timescales. A citation is listed once per place it
 * is cited, so that the safeguarding lead confirms or changes each choice where it takes effect.
 */
export function collectProjectChoices(ruleset: Ruleset, labels: RulesetLabels): ProjectChoice[] {
  const chosen = new Set(ruleset.meta.sources.filter((source) => source.kind === 'project-choice').map((source) => source.id));
  if (chosen.size === 0) return [];
  const of = (refs: readonly SourceRef[] | undefined, attachedTo: string, id: string): ProjectChoice[] =>
    (refs ?? []).filter((ref) => chosen.has(ref.source)).map((ref) => ({ attachedTo, id, section: ref.section, note: ref.note }));
  return [
    ...ruleset.levels.flatMap((level) => of(level.sources, `Level ${labels.level(level.id)}: its meaning, threshold and review interval`, level.id)),
    ...ruleset.indicators.flatMap((indicator) => of(indicator.sources, `Indicator ${labels.indicator(indicator.id)}`, indicator.id)),
    ...ruleset.scores.flatMap((score) => of(score.sources, `Score ${quote(score.label)}`, score.id)),
    ...ruleset.rules.flatMap((rule) => of(rule.sources, `Rule ${quote(rule.title)}`, rule.id)),
    ...ruleset.steps.flatMap((step) => [
      ...of(step.sources, `Step ${labels.step(step.id)}`, step.id),
      ...of(step.timescaleBasis, `Timescale of the step ${labels.step(step.id)}: ${quote(step.timescale ?? describeUrgency(step.urgency))}`, step.id),
    ]),
  ];
}
