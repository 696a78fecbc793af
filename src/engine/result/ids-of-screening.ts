import type { IdsResult } from '../../schema/compact-result.js';
import { collectMissing } from '../explain/collect-missing.js';
import { createReasonWalker } from '../explain/collect-because.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { couldMatter } from '../decide/could-matter.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { NormalizedAnswer } from '../read/screening-facts.js';
import type { ScreenOptions } from './score-screening.js';
import { selectPathwayIds } from '../decide/select-pathway.js';
import { settleScreening } from '../decide/settle-screening.js';
import { suggestFactors } from '../decide/suggest-factors.js';
import { stepContributions } from '../decide/step-contributions.js';
import { resultTail } from './result-tail.js';
import { protectionBecause } from '../explain/protection-because.js';
import { TRUE, UNKNOWN } from '../evaluate/truth.js';

/**
 * The ids result of a checked screening, written straight from the settled screening: the full result
 * (scoreScreening) projected to ids (toIdsResult), key for key, without first writing the texts, or each
 * answer once for every rule that rests on it. A rule's reasons name the indicator; the answer itself is
 * written once, in `citedAnswers`, in the order first cited. Pure and deterministic.
 */
export function idsOfScreening(compiled: CompiledRuleset, read: ReadScreening, options: ScreenOptions = {}): IdsResult {
  const { screening } = read;
  const includeFreeText = options.includeFreeText === true;
  const lists = { present: [] as string[], possible: [] as string[], unknown: [] as string[], unanswered: [] as string[] };
  const settled = settleScreening(compiled, read, includeFreeText, lists);
  const { decision, judged, actionEnv, insufficient, computedRank, bindingRank } = settled;
  const { scores, truths } = decision;
  const { unknown, unanswered } = lists;
  const { levels, rules, indicators } = compiled;
  const level = (rank: number) => levels[rank] ?? (levels[0] as NonNullable<(typeof levels)[0]>);
  const finalLevel = level(judged.finalRank);
  const potentialLevel = level(settled.potentialRank);

  // Each answer is cited once however many rules rest on it: by position, whether it is already in citedAnswers.
  const cited = new Array<boolean>(indicators.length).fill(false);
  const citedAnswers: IdsResult['citedAnswers'] = [];
  const reasons = createReasonWalker(compiled);
  const cite = (position: number, answer: NormalizedAnswer): string => {
    const indicator = indicators[position]?.id ?? '';
    if (cited[position] !== true) {
      cited[position] = true;
      citedAnswers.push(answer.windows === undefined ? { indicator, answer: answer.value } : { indicator, answer: answer.value, windows: [...answer.windows] });
    }
    return indicator;
  };
  const firedRules: IdsResult['firedRules'] = [];
  const undeterminedRules: IdsResult['undeterminedRules'] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined) continue;
    const env = rule.decidesLevel ? decision.env : actionEnv;
    if (truths[r] === TRUE) {
      firedRules.push({ id: rule.source.id, because: reasons.collect(rule.when, env, cite) });
    } else if (truths[r] === UNKNOWN && couldMatter(rule, computedRank, bindingRank)) {
      undeterminedRules.push({ id: rule.source.id, missing: collectMissing(rule.when, env) });
    }
  }
  for (const protection of settled.protections) {
    firedRules.push({
      id: protection.id,
      because: protection.reasons.map((reason) => {
        const answer = reason.kind === 'answer' ? read.facts.answers[reason.position] : undefined;
        return reason.kind === 'answer' && answer !== undefined ? cite(reason.position, answer) : protectionBecause(compiled, read.facts, reason);
      }),
    });
  }
  const scoreFigures: IdsResult['scores'] = scores.map((score, s) => {
    const band = score.bandRank === undefined ? undefined : levels[score.bandRank]?.id;
    return { id: compiled.scores[s]?.source.id ?? '', value: score.value, potential: score.potential, ...(band === undefined ? {} : { level: band }) };
  });
  const outcome = judged.outcome;
  const factors = suggestFactors(compiled, read.facts, truths);
  const result: IdsResult = {
    format: 'cse-screening/result-ids@2',
    ruleset: { ...compiled.stamp },
    ...(screening.ref === undefined ? {} : { ref: screening.ref }),
    inScope: settled.inScope,
    complete: unanswered.length === 0 && unknown.length === 0,
    computedLevel: level(computedRank).id,
    level: finalLevel.id,
    potentialLevel: potentialLevel.id,
    ...(insufficient ? { insufficientInformation: true as const } : {}),
    ...(outcome === undefined ? {} : { judgement: { ...outcome, level: outcome.level.id, ...(outcome.agreedBy === undefined ? {} : { agreedBy: { ...outcome.agreedBy } }) } }),
    firedRules,
    citedAnswers,
    undeterminedRules,
    scores: scoreFigures,
    pathway: selectPathwayIds(compiled, stepContributions(compiled, settled)),
    ...(factors === undefined ? {} : { suggestedFactors: factors.map(({ code, suggestedBy }) => ({ code, suggestedBy })) }),
    ...resultTail(compiled, read, settled, lists, scoreFigures, undeterminedRules.length, includeFreeText),
  };
  return result;
}
