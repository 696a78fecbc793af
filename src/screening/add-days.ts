/**
 * A date plus a number of days, both as YYYY-MM-DD, in the proleptic Gregorian calendar. The platform's calendar
 * does the sum on a date fixed at the epoch, never the clock's, in UTC so that no time zone shifts it, with the
 * full year set so that no two-digit-year rule applies (year 0050 stays 0050).
 */
export function addDays(date: string, days: number): string {
  const day = new Date(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${String(day.getUTCFullYear()).padStart(4, '0')}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
}
