import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';


/**
 * Every text of the ruleset that cannot travel in FHIR (a Questionnaire, a CodeSystem) or in well-formed
 * UTF-8: one holding a control character other than tab, carriage return and line feed (ESC, NUL, BEL,
 * ...), or a lone surrogate. One `invalid_value` at the path of each such text, quoting none of it.
 */
export function checkPortableText(ruleset: Ruleset): Issue[] {
  const issues: Issue[] = [];
  const stack: { readonly value: unknown; readonly path: readonly (string | number)[] }[] = [{ value: ruleset, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (isUnportable(value)) {
        issues.push({ code: 'invalid_value', path: [...path], message: 'holds a control character other than tab, carriage return and line feed, or a lone surrogate: FHIR and forms cannot carry it; remove it' });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, member] = entries[i] as [string, unknown];
        stack.push({ value: member, path: [...path, key] });
      }
    }
  }
  return issues;
}

/** Whether a text holds a control character FHIR strings may not hold (below U+0020, but tab, line feed and carriage return) or a lone surrogate. */
function isUnportable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  }
  return false;
}
