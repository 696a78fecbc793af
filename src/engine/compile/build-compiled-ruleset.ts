import type { Ruleset } from '../../schema/ruleset.js';
import { buildAnswerRules } from './answer-rules.js';
import { formatPath } from '../../issues/format-path.js';
import { assertNever } from '../../assert-never.js';
import { fingerprintRuleset } from '../../ruleset/fingerprint-ruleset.js';
import { rememberFingerprint } from '../../ruleset/remembered-fingerprints.js';
import { indexRuleset } from '../../ruleset/ruleset-index.js';
import { maxOrdinal, maxTermWeight } from '../../ruleset/score-range.js';
import { selectIndicators } from '../../ruleset/select-indicators.js';
import { compileCondition, compileMatch } from './compile-condition.js';
import type { CompiledRule, CompiledRuleset, CompiledScore } from './compiled-ruleset.js';
import { compileProtections } from './compile-protections.js';
import { levelRelevantPositions } from './level-relevant-positions.js';

/**
 * Resolves a valid ruleset into the engine's read-only form: ids to positions, defaults filled in, bands sorted.
 * `fingerprint` is given only where it is known for certain to be the ruleset's (a precompiled file the build
 * attests, see readFreshPrecompiled); otherwise it is worked out here.
 */
export function buildCompiledRuleset(ruleset: Ruleset, fingerprint?: string): CompiledRuleset {
  const index = indexRuleset(ruleset);
  const slots = { next: 0 };
  const positions = new Map(ruleset.indicators.map((indicator, position) => [indicator.id, position]));
  const stepPositions = (ids: readonly string[]): number[] => ids.map((id) => index.steps.get(id) ?? -1);
  const rankOf = (id: string): number => index.levelRank.get(id) ?? 0;
  const censusCodes = ruleset.censusFactors?.codes.map(({ code, label }) => ({ code, label }));
  const factorPlaces = (codes: readonly string[] | undefined): number[] => (codes ?? []).map((code) => censusCodes?.findIndex((entry) => entry.code === code) ?? -1).filter((place) => place >= 0);

  const scores: CompiledScore[] = ruleset.scores.map((score) => ({
    source: score,
    terms: score.terms.map((term) => {
      switch (term.kind) {
        case 'answers': {
          const selected = selectIndicators(ruleset.indicators, term.where).filter((indicator) => indicator.answer.kind === 'presence');
          return {
            kind: 'answers' as const,
            positions: selected.map((indicator) => positions.get(indicator.id) ?? -1),
            match: compileMatch(term.match, ruleset.policy.presentAnswers),
            weight: term.weight,
            windowWeights: new Map(Object.entries(term.windowWeights ?? {})),
            maxWeights: selected.map((indicator) => maxTermWeight(term, indicator)),
          };
        }
        case 'ordinal': {
          const selected = selectIndicators(ruleset.indicators, term.where).filter((indicator) => indicator.answer.kind === 'ordinal');
          return {
            kind: 'ordinal' as const,
            positions: selected.map((indicator) => positions.get(indicator.id) ?? -1),
            maxScores: selected.map(maxOrdinal),
          };
        }
        case 'attribute':
          return { kind: 'attribute' as const, attribute: term.attribute, weight: term.weight };
        default:
          return assertNever(term);
      }
    }),
    bands: score.bands.map((band) => ({ min: band.min, max: band.max ?? Number.POSITIVE_INFINITY, rank: rankOf(band.level) })),
  }));

  const rules: CompiledRule[] = ruleset.rules.map((rule) => ({
    source: rule,
    when: compileCondition(rule.when, ruleset, index, positions, slots),
    rank: rule.effect.kind === 'actions' ? 0 : rankOf(rule.effect.level),
    stepPositions: stepPositions(rule.steps),
    decidesLevel: rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override',
    ageLimited: rule.legalAgeLimit !== undefined,
    factors: factorPlaces(rule.censusFactors),
  }));
  const unknownPolicy = ruleset.policy.unknownAnswers;
  const watchedIds = unknownPolicy?.where === undefined ? undefined : new Set(selectIndicators(ruleset.indicators, unknownPolicy.where).map((indicator) => indicator.id));
  const levelRelevant = levelRelevantPositions(ruleset.indicators.length, rules, scores);
  const unknownWatched = watchedIds === undefined
    ? levelRelevant
    : ruleset.indicators.map((indicator) => watchedIds.has(indicator.id));

  return {
    ruleset,
    stamp: { id: ruleset.meta.id, version: ruleset.meta.version, fingerprint: rememberFingerprint(ruleset, fingerprint ?? fingerprintRuleset(ruleset)) },
    index,
    indicators: ruleset.indicators,
    positions,
    answerRules: buildAnswerRules(ruleset.indicators, index.windows),
    answerPaths: ruleset.indicators.map((indicator) => formatPath(['answers', indicator.id])),
    ordinalMax: ruleset.indicators.map((indicator) => (indicator.answer.kind === 'ordinal' ? maxOrdinal(indicator) : undefined)),
    levels: ruleset.levels.map((level, rank) => ({ id: level.id, label: level.label, rank, colour: level.colour, rag: level.rag })),
    levelSteps: ruleset.levels.map((level) => stepPositions(level.steps)),
    stepEntries: ruleset.steps.map(({ description: _description, timescaleBasis: _timescaleBasis, requires: _requires, ...entry }) => entry),
    rules,
    scores,
    concernSteps: stepPositions(ruleset.policy.concernSteps),
    slotCount: slots.next,
    outOfScopeSteps: stepPositions(ruleset.scope.outOfScope.steps),
    unknownSteps: stepPositions(unknownPolicy?.steps ?? ruleset.policy.concernSteps),
    unknownWatched,
    levelRelevant,
    concernRank: Math.min(1, ruleset.levels.length - 1),
    stepRequires: ruleset.steps.map((step) => stepPositions(step.requires)),
    protections: compileProtections(ruleset, positions, stepPositions),
    censusCodes,
    indicatorFactors: ruleset.indicators.map((indicator) => factorPlaces(indicator.censusFactors)),
    blanks: {
      answers: ruleset.indicators.map(() => undefined),
      zeros: ruleset.indicators.map(() => 0),
      noSteps: ruleset.steps.map(() => false),
    },
  };
}
