/**
 * Whole years between a date of birth and a later date, both YYYY-MM-DD. A birthday on 29 February
 * is reached on 1 March in other years. Pure date arithmetic: no clock, no time zone.
 */
export function ageInYears(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const birthdayPassed = m > bm || (m === bm && d >= bd);
  return y - by - (birthdayPassed ? 0 : 1);
}
