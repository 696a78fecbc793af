import type { IdsResult, ScreenedFacts } from '../../schema/ids-result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { ScreenOptions } from './score-screening.js';
import { selectStepIds } from '../decide/select-pathway.js';
import { settleScreening } from '../decide/settle-screening.js';
import { suggestFactorCodes } from '../decide/suggest-factors.js';
import { bringSteps } from '../decide/step-contributions.js';
import { evidenceOf } from '../explain/evidence-of.js';
import { warningCodes } from '../explain/warning-codes.js';
import { compactHead } from './compact-head.js';
import { trendOf } from './result-tail.js';

/**
 * The ids result of a checked screening (format 3): the decision as ids, as the decision detail writes it, with the
 * judgement's whole outcome, the completeness and the facts the engine read (`screened`), from which, with the
 * ruleset, expandResult works the reasons, the undetermined rules, the answer lists and the step origins out again.
 * Pure and deterministic.
 */
export function idsOfScreening(compiled: CompiledRuleset, read: ReadScreening, options: ScreenOptions = {}): IdsResult {
  const includeFreeText = options.includeFreeText === true;
  const settled = settleScreening(compiled, read, includeFreeText);
  const { head, firedRules, undeterminedRules } = compactHead(compiled, read, settled);
  const { judged, reviewBy, standing } = settled;
  const outcome = judged.outcome;
  const factors = suggestFactorCodes(compiled, read.facts, settled.decision.truths);
  const total = compiled.indicators.length;
  const { trend } = trendOf(compiled, read, settled);
  return {
    format: 'cse-screening/result-ids@3',
    ...head,
    ...(outcome === undefined ? {} : { judgement: { ...outcome, level: outcome.level.id, ...(outcome.agreedBy === undefined ? {} : { agreedBy: { ...outcome.agreedBy } }) } }),
    firedRules,
    steps: selectStepIds(compiled, bringSteps(compiled, settled)),
    ...(factors === undefined ? {} : { suggestedFactors: factors }),
    completeness: { answered: total - standing.unanswered - standing.unknown, total },
    ...(reviewBy === undefined ? {} : { reviewBy }),
    ...(trend === undefined ? {} : { trend }),
    ...(includeFreeText ? { evidence: evidenceOf(read, compiled) } : {}),
    warnings: warningCodes(read, compiled, settled, undeterminedRules.length),
    screened: screenedFacts(compiled, read),
  };
}

/** What the engine read, without free text or associations: answers in the ruleset's order, the age as read, and what was given beside them. */
function screenedFacts(compiled: CompiledRuleset, read: ReadScreening): ScreenedFacts {
  const { screening, facts } = read;
  const answers: ScreenedFacts['answers'] = {};
  for (let position = 0; position < compiled.indicators.length; position++) {
    const answer = facts.answers[position];
    const indicator = compiled.indicators[position];
    if (answer === undefined || indicator === undefined) continue;
    answers[indicator.id] = answer.windows === undefined ? answer.value : { value: answer.value, window: [...answer.windows] };
  }
  const { attributes } = screening.subject;
  const { assessedOn, context, previous } = screening;
  return {
    ...(assessedOn === undefined ? {} : { assessedOn }),
    subject: {
      ...(facts.age === undefined ? {} : { ageYears: facts.age }),
      ...(facts.age !== undefined && screening.subject.ageYears === undefined ? { ageFrom: 'dateOfBirth' as const } : {}),
      ...(Object.keys(attributes).length === 0 ? {} : { attributes: { ...attributes } }),
    },
    answers,
    ...(Object.keys(context).length === 0 ? {} : { context: { ...context } }),
    ...(previous === undefined ? {} : {
      previous: {
        ruleset: { ...previous.ruleset },
        level: typeof previous.level === 'string' ? previous.level : { id: previous.level.id, rank: previous.level.rank },
        ...(previous.scores === undefined ? {} : { scores: previous.scores.map((score) => ({ id: score.id, value: score.value })) }),
      },
    }),
  };
}
