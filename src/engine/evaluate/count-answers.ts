import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { answerClass } from './answer-classes.js';
import type { CountPlan } from './count-plan.js';
import { matchAnswer } from './match-answer.js';
import type { ScreeningFacts } from '../read/screening-facts.js';
import { TRUE, UNKNOWN } from './truth.js';

/**
 * Reads each answer of a screening once, before any rule: its class (answerClass) into `classes`, and its
 * place in every tally whose selection holds it. The memo starts as the plan's unansweredMemo, where each
 * selection's items are unanswered, which is unknown (unknown is not no); each answered item moves from
 * there to what the count's match makes of its answer. A screening pays for its answers, not for the size
 * of each selection: the same tallies countNode would make one count at a time.
 */
export function countAnswers(compiled: CompiledRuleset, plan: CountPlan, facts: ScreeningFacts, classes: number[], memo: number[]): void {
  const { tallies, tallyStart, tallyIndex } = plan;
  const { answers } = facts;
  for (let position = 0; position < answers.length; position++) {
    const answer = answers[position];
    if (answer === undefined) continue;
    const cls = answerClass(compiled, position, answer);
    classes[position] = cls;
    const end = tallyStart[position + 1] ?? 0;
    for (let i = tallyStart[position] ?? 0; i < end; i++) {
      const tally = tallies[tallyIndex[i] ?? 0];
      if (tally === undefined) continue;
      const { place, table, unanswered } = tally;
      const truth = table?.[cls] ?? matchAnswer(answer, tally.count.match, compiled.ordinalMax[position]);
      if (truth === unanswered) continue;
      if (unanswered === TRUE) memo[place] = (memo[place] ?? 1) - 1;
      else if (unanswered === UNKNOWN) memo[place + 1] = (memo[place + 1] ?? 0) - 1;
      if (truth === TRUE) memo[place] = (memo[place] ?? 1) + 1;
      else if (truth === UNKNOWN) memo[place + 1] = (memo[place + 1] ?? 0) + 1;
    }
  }
}
