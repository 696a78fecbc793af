import { assertNever } from '../../assert-never.js';
import { formatPath } from '../../issues/format-path.js';
import type { CompiledRuleset, CompiledScoreTerm } from '../compile/compiled-ruleset.js';
import { matchAnswer } from './match-answer.js';
import type { NormalizedAnswer, ScreeningFacts } from '../read/screening-facts.js';
import { TRUE, UNKNOWN } from './truth.js';

/** A computed score: what is known, the most it could reach, and the answers or facts still open. */
export interface ScoreValue {
  readonly value: number;
  readonly potential: number;
  readonly open: readonly string[];
  readonly bandRank: number | undefined;
  readonly potentialBandRank: number | undefined;
}

/** Computes every score of the ruleset for one screening. */
export function computeScores(compiled: CompiledRuleset, facts: ScreeningFacts): ScoreValue[] {
  return compiled.scores.map((score) => {
    const total = { value: 0, potential: 0, open: [] as string[] };
    for (const term of score.terms) addTerm(compiled, term, facts, total);
    const band = (value: number): number | undefined => score.bands.find((entry) => value >= entry.min && value <= entry.max)?.rank;
    return { ...total, bandRank: band(total.value), potentialBandRank: band(total.potential) };
  });
}

function addTerm(
  compiled: CompiledRuleset, term: CompiledScoreTerm, facts: ScreeningFacts, total: { value: number; potential: number; open: string[] },
): void {
  switch (term.kind) {
    case 'answers':
      term.positions.forEach((position, j) => {
        const answer = facts.answers[position];
        const truth = matchAnswer(answer, term.match, undefined);
        if (truth === TRUE && answer !== undefined) {
          const weight = windowedWeight(term, answer);
          total.value += weight;
          total.potential += weight;
        } else if (truth === UNKNOWN) {
          total.potential += term.maxWeights[j] ?? 0;
          total.open.push(compiled.answerPaths[position] ?? '');
        }
      });
      return;
    case 'ordinal':
      term.positions.forEach((position, j) => {
        const score = facts.answers[position]?.score;
        if (score === undefined) {
          total.potential += term.maxScores[j] ?? 0;
          total.open.push(compiled.answerPaths[position] ?? '');
        } else {
          total.value += score;
          total.potential += score;
        }
      });
      return;
    case 'attribute': {
      const value = facts.attributes.get(term.attribute);
      if (value === true) { total.value += term.weight; total.potential += term.weight; }
      if (value === undefined) { total.potential += term.weight; total.open.push(formatPath(['subject', 'attributes', term.attribute])); }
      return;
    }
    default:
      assertNever(term);
  }
}

/** An answer that names windows adds each window's weight (so two windows add both); one with none adds the plain weight. */
function windowedWeight(term: Extract<CompiledScoreTerm, { kind: 'answers' }>, answer: NormalizedAnswer): number {
  if (term.windowWeights.size === 0 || answer.windows === undefined) return term.weight;
  let sum = 0;
  for (const window of answer.windows) {
    if (term.match.windows !== undefined && !term.match.windows.has(window)) continue;
    sum += term.windowWeights.get(window) ?? term.weight;
  }
  return sum;
}
