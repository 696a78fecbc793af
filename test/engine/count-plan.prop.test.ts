import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Screener } from '../../src/index.js';
import { buildCompiledRuleset } from '../../src/engine/compile/build-compiled-ruleset.js';
import type { CompiledCondition } from '../../src/engine/compile/compiled-ruleset.js';
import { evaluateLevelRules } from '../../src/engine/evaluate/evaluate-level-rules.js';
import { evaluateCondition } from '../../src/engine/evaluate/evaluate-condition.js';
import { matchAnswer } from '../../src/engine/evaluate/match-answer.js';
import { readScreening } from '../../src/engine/read/read-screening.js';
import { countTruth, TRUE, UNKNOWN } from '../../src/engine/evaluate/truth.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

type CountNode = Extract<CompiledCondition, { kind: 'count' }>;

function countsOf(condition: CompiledCondition): CountNode[] {
  switch (condition.kind) {
    case 'all': case 'any': case 'at-least': return condition.of.flatMap(countsOf);
    case 'not': return countsOf(condition.condition);
    case 'count': return [condition];
    default: return [];
  }
}

describe.each(propertyScreeners())('the counts of %s', (_path: string, screener: Screener) => {
  const compiled = buildCompiledRuleset(screener.ruleset);
  const counts = compiled.rules.flatMap((rule) => countsOf(rule.when));

  test('every count, read by class of answer and shared between counts alike, stands where matchAnswer on each selected answer puts it', () => {
    fc.assert(fc.property(screeningArbitrary(screener.ruleset), (screening) => {
      const read = readScreening(screening, compiled);
      if (!read.success) throw new Error('a generated screening was refused');
      const { facts } = read.data;
      const { env } = evaluateLevelRules(compiled, facts);
      for (const node of counts) {
        let known = 0;
        let open = 0;
        for (const position of node.positions) {
          const truth = matchAnswer(facts.answers[position], node.match, compiled.ordinalMax[position]);
          if (truth === TRUE) known++;
          else if (truth === UNKNOWN) open++;
        }
        expect(evaluateCondition(node, env)).toBe(countTruth(known, open, node.min, node.max));
      }
    }), { numRuns: 100 });
  });
});
