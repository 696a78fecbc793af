import type { IdsResult } from '../schema/ids-result.js';
import type { Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';

/**
 * The answer lists of an ids result (format 3), from the answers it kept, in the ruleset's order: yes or a score above
 * zero present, possible, unknown, and every indicator of the ruleset it gives no answer for unanswered (never read as
 * no). Without the ruleset the unanswered cannot be named, and the result's completeness still counts them.
 */
export function answerListsOf(result: IdsResult, ruleset: Ruleset | undefined): Pick<Result, 'present' | 'possible' | 'unknown' | 'unanswered'> {
  const lists = { present: [] as string[], possible: [] as string[], unknown: [] as string[], unanswered: [] as string[] };
  const { answers } = result.screened;
  for (const id of ruleset?.indicators.map((indicator) => indicator.id) ?? Object.keys(answers)) {
    const answer = answers[id];
    const value = typeof answer === 'object' ? answer.value : answer;
    if (value === undefined) lists.unanswered.push(id);
    else if (value === 'unknown') lists.unknown.push(id);
    else if (value === 'yes' || (typeof value === 'number' && value > 0)) lists.present.push(id);
    else if (value === 'possible') lists.possible.push(id);
  }
  return lists;
}
