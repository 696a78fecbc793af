import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { CountPlan } from './count-plan.js';
import { matchAnswer } from './match-answer.js';
import type { ScreeningFacts } from '../read/screening-facts.js';
import { TRUE, UNKNOWN, type Truth } from './truth.js';

/**
 * Every tally of the plan for one screening, into the memo (known + 1, then open, at each tally's place),
 * before any rule is read: each selection's items start unanswered, which is unknown (unknown is not no),
 * and each answered item then moves from there to what the count's match makes of its answer. A screening
 * pays for its answers, not for the size of each selection: the same tallies countNode would make one by one.
 */
export function countTallies(compiled: CompiledRuleset, plan: CountPlan, facts: ScreeningFacts, classes: readonly number[], memo: number[]): void {
  const { tallies, tallyStart, tallyIndex } = plan;
  for (const tally of tallies) {
    const unanswered = unansweredTruth(tally.table);
    const size = tally.count.positions.length;
    memo[tally.place] = (unanswered === TRUE ? size : 0) + 1;
    memo[tally.place + 1] = unanswered === UNKNOWN ? size : 0;
  }
  const { answers } = facts;
  for (let position = 0; position < answers.length; position++) {
    const answer = answers[position];
    if (answer === undefined) continue;
    const cls = classes[position] ?? 0;
    const end = tallyStart[position + 1] ?? 0;
    for (let i = tallyStart[position] ?? 0; i < end; i++) {
      const tally = tallies[tallyIndex[i] ?? 0];
      if (tally === undefined) continue;
      const { place, table } = tally;
      const truth = table?.[cls] ?? matchAnswer(answer, tally.count.match, compiled.ordinalMax[position]);
      const before = unansweredTruth(table);
      if (truth === before) continue;
      if (before === TRUE) memo[place] = (memo[place] ?? 1) - 1;
      else if (before === UNKNOWN) memo[place + 1] = (memo[place + 1] ?? 0) - 1;
      if (truth === TRUE) memo[place] = (memo[place] ?? 1) + 1;
      else if (truth === UNKNOWN) memo[place + 1] = (memo[place + 1] ?? 0) + 1;
    }
  }
}

/** What a count makes of an unanswered item: its table's first class, or unknown for a count that reads each answer whole (as matchAnswer does). */
function unansweredTruth(table: readonly Truth[] | undefined): Truth {
  return table?.[0] ?? UNKNOWN;
}
