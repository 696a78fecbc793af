import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/screening/add-days.js';

/** The same sum through the platform's calendar (a UTC date whose full year is set, so no two-digit-year rule applies). */
function byDateObject(date: string, days: number): string {
  const moment = new Date(0);
  moment.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  const year = moment.getUTCFullYear();
  return `${String(year).padStart(4, '0')}-${String(moment.getUTCMonth() + 1).padStart(2, '0')}-${String(moment.getUTCDate()).padStart(2, '0')}`;
}

describe('adding days to a date', () => {
  test('gives the date the Gregorian calendar gives, across leap days, centuries and year ends', () => {
    // Any date from 0000-01-01 to about 9990, reached by counting days from the first.
    fc.assert(fc.property(fc.integer({ min: 0, max: 3_648_000 }), fc.integer({ min: 0, max: 3650 }), (offset, days) => {
      const date = byDateObject('0000-01-01', offset);
      expect(addDays(date, days)).toBe(byDateObject(date, days));
    }), { numRuns: 2000 });
  });

  test('reads a four-digit year as written: year 0050 is not 1950', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-11-30', 90)).toBe('2027-02-28');
  });
});
