import { describe, expect, test } from 'vitest';
import { CseError, type Screener } from '../../src/index.js';
import { propertyScreeners } from '../support/property-rulesets.js';

const screener = propertyScreeners()[0]?.[1] as Screener;
const screening = { subject: { ageYears: 14 }, answers: {} };
// Options as a plain JavaScript caller may give them, past the types.
const loosely = (options: unknown) => screener.safeScreen(screening, options as Record<never, never>);

describe('the options of a screening', () => {
  test('a detail the library does not know is refused with its path, never read as another form', () => {
    const outcome = loosely({ detail: 'decison' });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_value', ['options', 'detail']]]);
    expect(() => screener.screen(screening, { detail: 'decison' } as unknown as Record<never, never>)).toThrow(CseError);
  });

  test('options that are not an object, or a free-text switch that is not true or false, are refused', () => {
    for (const [options, path] of [['ids', ['options']], [[], ['options']], [{ includeFreeText: 'yes' }, ['options', 'includeFreeText']]] as const) {
      const outcome = loosely(options);
      expect(outcome.success, JSON.stringify(options)).toBe(false);
      if (!outcome.success) expect(outcome.issues[0]?.path).toEqual(path);
    }
  });

  test('options that throw when read give unreadable_input, and safeScreen still never throws', () => {
    const getter = Object.defineProperty({}, 'detail', { enumerable: true, get: () => { throw new Error('CANARY-7f3a91'); } });
    const proxy = new Proxy({}, { get: () => { throw new Error('CANARY-7f3a91'); } });
    for (const options of [getter, proxy]) {
      const outcome = loosely(options);
      expect(outcome.success).toBe(false);
      if (!outcome.success) {
        expect(outcome.issues.map((issue) => [issue.code, issue.path])).toEqual([['unreadable_input', ['options']]]);
        expect(JSON.stringify(outcome.issues)).not.toContain('CANARY');
      }
    }
  });

  test('no options, empty options and every known detail screen as before', () => {
    expect(loosely(undefined)).toEqual(screener.safeScreen(screening));
    expect(loosely({})).toEqual(screener.safeScreen(screening));
    for (const detail of ['full', 'ids', 'decision'] as const) expect(screener.safeScreen(screening, { detail }).success).toBe(true);
  });
});
