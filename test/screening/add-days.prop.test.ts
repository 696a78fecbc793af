import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/screening/add-days.js';

/** Days since 0000-03-01, counted in 400-year eras of 146,097 days (the calendar repeats every 400 years): whole-day arithmetic, no platform calendar. */
function toDayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Years start on 1 March here, so that the leap day falls at the end of a year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
}

/** The date of a day number, as YYYY-MM-DD. */
function fromDayNumber(dayNumber: number): string {
  const era = Math.floor(dayNumber / 146_097);
  const dayOfEra = dayNumber - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('adding days to a date', () => {
  test('gives the date that counting days gives, across leap days, centuries and year ends', () => {
    // Any date from 0000-03-01 to about 9990, reached by counting days from the first, plus up to ten years of days.
    fc.assert(fc.property(fc.integer({ min: 0, max: 3_648_000 }), fc.integer({ min: 0, max: 3650 }), (offset, days) => {
      const date = fromDayNumber(offset);
      expect(toDayNumber(date)).toBe(offset);
      expect(addDays(date, days)).toBe(fromDayNumber(offset + days));
    }), { numRuns: 2000 });
  });

  test('reads a four-digit year as written: year 0050 is not 1950', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-11-30', 90)).toBe('2027-02-28');
    expect(addDays('9999-12-31', 730)).toBe('10001-12-30');
  });

  test('reads neither the clock nor the time zone', () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      process.env['TZ'] = 'America/Adak';
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
