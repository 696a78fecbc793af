import type { CaseloadSummary } from '../../schema/caseload-summary.js';

/** How the member holding a ruleset's overdue refs begins in the summary's JSON: never inside a string, whose quotes are escaped. */
const OVERDUE_REFS = '"overdueRefs": ';

/**
 * The summary file: `JSON.stringify(summary, null, 2)` and a line end, in parts, so that a caseload's list of
 * overdue reviews (a ref each, which may be most of the caseload) is written a ref at a time rather than held in
 * one text. The rest is written whole, with each list standing in for a number, then put back as JSON writes it.
 */
export function* summaryJsonChunks(summary: CaseloadSummary): Generator<string> {
  const lists: (readonly string[])[] = [];
  const rulesets = summary.rulesets.map((figures) => {
    const refs = figures.reviews.overdueRefs;
    if (refs === undefined) return figures;
    lists.push(refs);
    return { ...figures, reviews: { ...figures.reviews, overdueRefs: lists.length - 1 } };
  });
  const text = `${JSON.stringify({ ...summary, rulesets }, null, 2)}\n`;
  let from = 0;
  for (const [n, list] of lists.entries()) {
    const at = text.indexOf(OVERDUE_REFS, from) + OVERDUE_REFS.length;
    const indent = text.slice(text.lastIndexOf('\n', at) + 1, at - OVERDUE_REFS.length);
    yield text.slice(from, at);
    if (list.length === 0) yield '[]';
    else {
      yield '[';
      for (const [i, ref] of list.entries()) yield `${i === 0 ? '' : ','}\n${indent}  ${JSON.stringify(ref)}`;
      yield `\n${indent}]`;
    }
    from = at + String(n).length;
  }
  yield text.slice(from);
}
