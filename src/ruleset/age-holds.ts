import type { Condition } from '../schema/condition.js';
import { assertNever } from '../assert-never.js';

/** Whether an age condition holds at a given age in whole years. */
export function ageHolds(condition: Extract<Condition, { kind: 'age' }>, age: number): boolean {
  switch (condition.is) {
    case 'under': return age < condition.years;
    case 'at-most': return age <= condition.years;
    case 'at-least': return age >= condition.years;
    case 'over': return age > condition.years;
    default: return assertNever(condition.is);
  }
}
