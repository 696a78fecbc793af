import type { AnswerMatch } from '../schema/answer-match.js';
import type { IndicatorFilter } from '../schema/indicator-filter.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { SourceRef } from '../schema/source-ref.js';
import type { RulesetIndex } from './ruleset-index.js';
import { selectIndicators } from './select-indicators.js';
import { walkCondition } from './walk-condition.js';

type Path = readonly (string | number)[];

/** Reports every reference to an indicator, level, domain, window, fact, score, step or source that does not exist. */
export function checkReferences(ruleset: Ruleset, index: RulesetIndex): Issue[] {
  const issues: Issue[] = [];
  const expect = (known: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string, path: Path, what: string): boolean => {
    if (known.has(id)) return true;
    issues.push({ code: 'unknown_reference', path: [...path], message: `refers to ${what} that the ruleset does not declare` });
    return false;
  };
  const sources = (refs: readonly SourceRef[], path: Path): void => {
    refs.forEach((ref, i) => expect(index.sources, ref.source, [...path, 'sources', i, 'source'], 'a source'));
  };
  const steps = (ids: readonly string[], path: Path): void => {
    ids.forEach((id, i) => expect(index.steps, id, [...path, i], 'a pathway step'));
  };
  const filter = (where: IndicatorFilter, path: Path): void => {
    where.indicators?.forEach((id, i) => expect(index.indicators, id, [...path, 'indicators', i], 'an indicator'));
    where.domains?.forEach((id, i) => expect(index.domains, id, [...path, 'domains', i], 'a domain'));
    where.levels?.forEach((id, i) => expect(index.levelRank, id, [...path, 'levels', i], 'a level'));
    where.tags?.forEach((id, i) => expect(index.tags, id, [...path, 'tags', i], 'a tag that no indicator carries'));
  };
  const match = (m: AnswerMatch | undefined, path: Path): void => {
    m?.windows?.forEach((id, i) => expect(index.windows, id, [...path, 'match', 'windows', i], 'a time window'));
  };

  ruleset.levels.forEach((level, i) => steps(level.steps, ['levels', i, 'steps']));
  ruleset.indicators.forEach((indicator, i) => {
    const path = ['indicators', i];
    expect(index.domains, indicator.domain, [...path, 'domain'], 'a domain');
    expect(index.levelRank, indicator.suggestedLevel, [...path, 'suggestedLevel'], 'a level');
    if (indicator.answer.kind === 'presence') {
      indicator.answer.windows.forEach((id, w) => expect(index.windows, id, [...path, 'answer', 'windows', w], 'a time window'));
    }
    sources(indicator.sources, path);
  });
  ruleset.scores.forEach((score, s) => {
    const path = ['scores', s];
    score.terms.forEach((term, t) => {
      const termPath = [...path, 'terms', t];
      switch (term.kind) {
        case 'answers':
          filter(term.where, [...termPath, 'where']);
          match(term.match, termPath);
          checkCountMatchFitsScales(ruleset, term.where, term.match, index, termPath, issues);
          for (const window of Object.keys(term.windowWeights ?? {})) expect(index.windows, window, [...termPath, 'windowWeights', window], 'a time window');
          break;
        case 'ordinal':
          filter(term.where, [...termPath, 'where']);
          break;
        case 'attribute':
          expect(index.attributes, term.attribute, [...termPath, 'attribute'], 'a subject attribute');
          break;
      }
    });
    score.bands.forEach((band, b) => expect(index.levelRank, band.level, [...path, 'bands', b, 'level'], 'a level'));
    sources(score.sources, path);
  });
  ruleset.rules.forEach((rule, r) => {
    const path = ['rules', r];
    walkCondition(rule.when, [...path, 'when'], (condition, where) => {
      switch (condition.kind) {
        case 'answer':
          if (expect(index.indicators, condition.indicator, [...where.path, 'indicator'], 'an indicator')) {
            checkMatchFitsScale(index, condition.indicator, condition.match, where.path, issues);
          }
          match(condition.match, where.path);
          break;
        case 'count':
          filter(condition.where, [...where.path, 'where']);
          match(condition.match, where.path);
          checkCountMatchFitsScales(ruleset, condition.where, condition.match, index, where.path, issues);
          break;
        case 'score': expect(index.scores, condition.score, [...where.path, 'score'], 'a score'); break;
        case 'attribute': expect(index.attributes, condition.attribute, [...where.path, 'attribute'], 'a subject attribute'); break;
        case 'context': expect(index.contextFacts, condition.fact, [...where.path, 'fact'], 'a context fact'); break;
        case 'level':
          if (condition.atLeast !== undefined) expect(index.levelRank, condition.atLeast, [...where.path, 'atLeast'], 'a level');
          if (condition.atMost !== undefined) expect(index.levelRank, condition.atMost, [...where.path, 'atMost'], 'a level');
          break;
        default: break;
      }
    });
    if (rule.effect.kind !== 'actions') expect(index.levelRank, rule.effect.level, [...path, 'effect', 'level'], 'a level');
    steps(rule.steps, [...path, 'steps']);
    sources(rule.sources, path);
  });
  ruleset.steps.forEach((step, s) => sources(step.sources, ['steps', s]));
  const censusCodes = new Set(ruleset.censusFactors?.codes.map((entry) => entry.code) ?? []);
  const factors = (codes: readonly string[] | undefined, path: Path): void => {
    codes?.forEach((code, i) => {
      if (!censusCodes.has(code)) issues.push({ code: 'unknown_reference', path: [...path, i], message: 'refers to a census factor code that the ruleset does not declare in censusFactors.codes' });
    });
  };
  ruleset.indicators.forEach((indicator, i) => factors(indicator.censusFactors, ['indicators', i, 'censusFactors']));
  ruleset.rules.forEach((rule, r) => factors(rule.censusFactors, ['rules', r, 'censusFactors']));
  if (ruleset.censusFactors !== undefined) sources(ruleset.censusFactors.sources, ['censusFactors', 'sources']);
  ruleset.steps.forEach((step, s) => {
    steps(step.requires, ['steps', s, 'requires']);
    step.requires.forEach((id, i) => {
      if (id === step.id) issues.push({ code: 'step_requires_itself', path: ['steps', s, 'requires', i], message: 'names the step itself: a step requires other steps only' });
    });
  });
  steps(ruleset.policy.concernSteps, ['policy', 'concernSteps']);
  steps(ruleset.scope.outOfScope.steps, ['scope', 'outOfScope', 'steps']);
  return issues;
}

/**
 * A match used over many indicators (a count or a score term) must suit each of them: a score match
 * only selects ordinal items, and a window match only selects items that offer one of the windows.
 * Otherwise those items could never be decided and would stay unknown for ever.
 */
function checkCountMatchFitsScales(
  ruleset: Ruleset, where: IndicatorFilter, match: AnswerMatch | undefined, index: RulesetIndex, path: Path, issues: Issue[],
): void {
  if (match === undefined) return;
  const selected = selectIndicators(ruleset.indicators, where);
  if ((match.minScore !== undefined || match.atMax !== undefined) && selected.some((indicator) => indicator.answer.kind !== 'ordinal')) {
    issues.push({ code: 'match_not_for_scale', path: [...path, 'match'], message: 'asks for a score but its filter also selects indicators answered yes/no/possible/unknown' });
  }
  const windows = match.windows?.filter((window) => index.windows.has(window));
  if (windows !== undefined && windows.length > 0) {
    const offersNone = selected.some((indicator) => indicator.answer.kind === 'presence' && !indicator.answer.windows.some((window) => windows.includes(window)));
    if (offersNone) {
      issues.push({ code: 'window_not_on_indicator', path: [...path, 'match', 'windows'], message: 'names time windows that some indicators its filter selects do not offer' });
    }
  }
}

/** An answer condition's match must suit the indicator's scale: windows it allows, scores only for ordinal items. */
function checkMatchFitsScale(
  index: RulesetIndex, indicatorId: string, match: AnswerMatch | undefined, path: Path, issues: Issue[],
): void {
  const indicator = index.indicators.get(indicatorId);
  if (indicator === undefined || match === undefined) return;
  const scale = indicator.answer;
  if (scale.kind === 'presence' && (match.minScore !== undefined || match.atMax !== undefined)) {
    issues.push({ code: 'match_not_for_scale', path: [...path, 'match'], message: 'uses a score on an indicator answered yes/no/possible/unknown' });
  }
  if (scale.kind === 'ordinal' && match.windows !== undefined) {
    issues.push({ code: 'match_not_for_scale', path: [...path, 'match', 'windows'], message: 'uses time windows on an ordinal indicator' });
  }
  if (scale.kind === 'presence') {
    match.windows?.forEach((window, w) => {
      if (index.windows.has(window) && !scale.windows.includes(window)) {
        issues.push({ code: 'window_not_on_indicator', path: [...path, 'match', 'windows', w], message: 'names a time window that this indicator does not offer' });
      }
    });
  }
}
