import { assertNever } from '../../assert-never.js';
import type { AnswerScale, IndicatorKind } from '../../schema/indicator.js';
import type { Level } from '../../schema/level.js';
import type { PathwayStep, Urgency } from '../../schema/pathway-step.js';
import type { RuleEffect } from '../../schema/rule-effect.js';
import type { JudgementOutcome } from '../../schema/result.js';
import type { ScoreBand, ScoreTerm } from '../../schema/score.js';
import type { Source } from '../../schema/source-ref.js';
import { phraseFilter, phraseMatch } from './phrase-match.js';
import { selectIndicators } from '../../ruleset/select-indicators.js';
import { joinAnd, quote, type RulesetLabels } from './ruleset-labels.js';

/** A rule's effect in a few words, for tables and change lists. */
export function describeEffect(effect: RuleEffect, labels: RulesetLabels): string {
  switch (effect.kind) {
    case 'level': return `Level: at least ${labels.level(effect.level)}`;
    case 'floor': return `Floor: at least ${labels.level(effect.level)}; a judgement may not go lower`;
    case 'override': return `Override: at least ${labels.level(effect.level)}; a judgement may not go lower`;
    case 'escalate': return `Escalate: adds the steps of ${labels.level(effect.level)}; the level stays as it is`;
    case 'actions': return 'Actions: adds steps only; the level stays as it is';
    default: return assertNever(effect);
  }
}

/** An indicator's kind, as a noun. */
export function describeKind(kind: IndicatorKind): string {
  switch (kind) {
    case 'vulnerability': return 'Vulnerability factor';
    case 'risk': return 'Risk indicator';
    case 'significant': return 'Significant indicator';
    default: return assertNever(kind);
  }
}

/** How an indicator is answered. */
export function describeScale(scale: AnswerScale, labels: RulesetLabels): string {
  switch (scale.kind) {
    case 'presence': {
      const base = 'Yes, No, Possible or Unknown';
      return scale.windows.length === 0 ? base : `${base}; a Yes or Possible may name when: ${joinAnd(scale.windows.map((id) => quote(labels.window(id))))}`;
    }
    case 'ordinal': return `Rated ${scale.scores.map((entry) => `${entry.score} (${entry.label})`).join(', ')}, or Unknown`;
    default: return assertNever(scale);
  }
}

/** One term of a score: what it adds. */
export function describeScoreTerm(term: ScoreTerm, labels: RulesetLabels): string {
  switch (term.kind) {
    case 'answers': {
      const selected = selectIndicators(labels.ruleset.indicators, term.where).filter((indicator) => indicator.answer.kind === 'presence');
      const windows = Object.entries(term.windowWeights ?? {}).map(([id, weight]) => `${weight} for ${quote(labels.window(id))}`);
      const perWindow = windows.length === 0 ? '' : ` (an answer naming time windows adds ${joinAnd(windows)} instead, for each window it names)`;
      return `adds ${term.weight} for each ${phraseFilter(term.where, labels, false)} that is ${phraseMatch(term.match, labels, selected)}${perWindow}`;
    }
    case 'ordinal': return `adds the rating of each ${phraseFilter(term.where, labels, false)} rated on a scale`;
    case 'attribute': return `adds ${term.weight} when ${quote(labels.attribute(term.attribute))} is recorded as yes for the child`;
    default: return assertNever(term);
  }
}

/** A score band: “6 to 10: Mild”, “16 and above: Significant”. */
export function describeBand(band: ScoreBand, labels: RulesetLabels): string {
  return `${describeBandRange(band)}: ${labels.level(band.level)}`;
}

/** The scores a band covers: “6 to 10”, “16 and above”. */
export function describeBandRange(band: ScoreBand): string {
  return band.max === undefined ? `${band.min} and above` : band.min === band.max ? `${band.min}` : `${band.min} to ${band.max}`;
}

/** How soon a step is due, in words. */
export function describeUrgency(urgency: Urgency): string {
  switch (urgency) {
    case 'immediate': return 'Immediately';
    case 'same-day': return 'The same working day';
    case 'within-days': return 'Within days';
    case 'planned': return 'At the next planned point';
    default: return assertNever(urgency);
  }
}

/** Whether a step is required. */
export function describeStrength(strength: PathwayStep['strength']): string {
  switch (strength) {
    case 'must': return 'Must';
    case 'should': return 'Should';
    case 'consider': return 'Consider';
    default: return assertNever(strength);
  }
}

/** A level's RAG rating and colour in words, so that meaning never rests on colour alone. */
export function describeRag(level: Level): string {
  switch (level.rag) {
    case 'none': return `No rating (${level.colour})`;
    case 'green': return `Green (${level.colour})`;
    case 'amber': return `Amber (${level.colour})`;
    case 'red': return `Red (${level.colour})`;
    default: return assertNever(level.rag);
  }
}

/** What kind of basis a source is, in words: “Legislation”, “The project's choice”. */
export function describeSourceKind(kind: NonNullable<Source['kind']>): string {
  switch (kind) {
    case 'procedure': return 'Procedure';
    case 'legislation': return 'Legislation';
    case 'national-guidance': return 'National guidance';
    case 'published-tool': return 'Another area\'s published tool';
    case 'research': return 'Research';
    case 'project-choice': return 'The project\'s choice';
    default: return assertNever(kind);
  }
}

/** Why a judgement was not applied, as a clause after “not applied: ”. */
export function describeNotApplied(reason: NonNullable<JudgementOutcome['notAppliedBecause']>): string {
  switch (reason) {
    case 'below-floor': return 'it is below a floor or override that fired';
    case 'contradicts-answers': return 'it would give the lowest level while an indicator is answered Yes or Possible';
    case 'needs-agreement': return 'it needs the agreement of a second person in a role the ruleset accepts, which was not recorded';
    default: return assertNever(reason);
  }
}
