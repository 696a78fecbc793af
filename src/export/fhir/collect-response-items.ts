import type { Issue } from '../../schema/issue.js';

type Path = (string | number)[];

/** An item of a QuestionnaireResponse that holds answers, with where it sits in the response. */
export interface ResponseItem {
  readonly linkId: string;
  readonly answers: readonly unknown[];
  readonly path: Path;
}

/**
 * Walks the items of a QuestionnaireResponse however deeply they nest (items in groups, and items
 * under answers, as LHC-Forms writes them) and lists every item that holds at least one answer.
 * Members other than `linkId`, `item` and `answer` are ignored. Shape problems become issues with
 * paths into the response; no value is ever quoted. Iterative, so deep nesting cannot overflow the stack.
 */
export function collectResponseItems(response: Record<string, unknown>): { items: ResponseItem[]; issues: Issue[] } {
  const items: ResponseItem[] = [];
  const issues: Issue[] = [];
  const lists: { list: unknown; path: Path }[] = [{ list: response['item'], path: ['item'] }];
  for (let next = 0; next < lists.length; next++) {
    const { list, path } = lists[next] as { list: unknown; path: Path };
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({ code: 'invalid_type', path, message: 'must be a list' });
      continue;
    }
    list.forEach((item: unknown, index) => {
      const at = [...path, index];
      if (!isRecord(item)) {
        issues.push({ code: 'invalid_type', path: at, message: 'must be an object' });
        return;
      }
      lists.push({ list: item['item'], path: [...at, 'item'] });
      const answers = item['answer'];
      if (answers !== undefined && !Array.isArray(answers)) {
        issues.push({ code: 'invalid_type', path: [...at, 'answer'], message: 'must be a list' });
        return;
      }
      (answers ?? []).forEach((answer: unknown, a) => {
        if (isRecord(answer)) lists.push({ list: answer['item'], path: [...at, 'answer', a, 'item'] });
      });
      if (answers === undefined || answers.length === 0) return;
      const linkId = item['linkId'];
      if (typeof linkId !== 'string') {
        issues.push({ code: linkId === undefined ? 'missing_key' : 'invalid_type', path: [...at, 'linkId'], message: 'must be a string naming the item' });
        return;
      }
      items.push({ linkId, answers, path: at });
    });
  }
  return { items, issues };
}

/** Whether a value is a plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
