import type { ReportedResult } from './caseload-record.js';

/** What the report counts of a result, in any form: the indicators present and possible, the warning and census factor codes. */
export interface ReportedAnswers {
  readonly present: readonly string[];
  readonly possible: readonly string[];
  readonly warnings: readonly string[];
  readonly suggestedFactors: readonly string[];
}

/**
 * The indicators a result records as present or possible, and its warning and census factor codes. An ids result of
 * format 3 lists none of these as such: present is an answer of yes or a score above zero, possible an answer of
 * possible, as the engine files them (never an answer's free text, which the result does not hold).
 */
export function reportedAnswers(result: ReportedResult): ReportedAnswers {
  if (result.format !== 'cse-screening/result-ids@3') {
    return {
      present: result.present,
      possible: result.possible,
      warnings: (result.warnings ?? []).map((warning) => warning.code),
      suggestedFactors: (result.suggestedFactors ?? []).map((factor) => factor.code),
    };
  }
  const present: string[] = [];
  const possible: string[] = [];
  for (const [id, answer] of Object.entries(result.screened.answers)) {
    const value = answer !== null && typeof answer === 'object' && 'value' in answer ? answer.value : answer;
    if (value === 'yes' || (typeof value === 'number' && value > 0)) present.push(id);
    else if (value === 'possible') possible.push(id);
  }
  return { present, possible, warnings: result.warnings, suggestedFactors: result.suggestedFactors ?? [] };
}
