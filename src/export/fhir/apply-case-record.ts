import type { Issue } from '../../schema/issue.js';

type Path = (string | number)[];

/** What the case record may give: the options of `fromQuestionnaireResponse` that hold facts about the child and the case. */
export interface CaseRecord {
  readonly ageYears?: number;
  readonly dateOfBirth?: string;
  readonly attributes?: Readonly<Record<string, boolean>>;
  readonly context?: Readonly<Record<string, boolean>>;
  readonly assessedOn?: string;
}

/** The facts gathered from a response, which the case record fills in. */
export interface CaseFacts {
  subject: { ageYears?: number; dateOfBirth?: string };
  attributes: Record<string, boolean>;
  context: Record<string, boolean>;
  assessedOn?: string;
}

/**
 * Fills in from the case record each fact the response does not record. A fact that both record with
 * different values is not settled for the practitioner: it is an `invalid_value` issue at the option
 * (such as `['options', 'ageYears']`) whose message quotes neither value, and nothing is filled in.
 * A fact both record alike stays with the place in the response it came from.
 */
export function applyCaseRecord(facts: CaseFacts, record: CaseRecord, set: (path: Path, at: Path) => void): Issue[] {
  const issues: Issue[] = [];
  const fill = <T>(recorded: T | undefined, given: T | undefined, at: Path, into: Path, write: (value: T) => void): void => {
    if (given === undefined) return;
    if (recorded === undefined) {
      write(given);
      set(into, at);
    } else if (recorded !== given) {
      issues.push({ code: 'invalid_value', path: at, message: 'differs from what the response records: the practitioner\'s answer is not overridden; correct the form or the case record' });
    }
  };
  fill(facts.subject.ageYears, record.ageYears, ['options', 'ageYears'], ['subject', 'ageYears'], (value) => { facts.subject.ageYears = value; });
  fill(facts.subject.dateOfBirth, record.dateOfBirth, ['options', 'dateOfBirth'], ['subject', 'dateOfBirth'], (value) => { facts.subject.dateOfBirth = value; });
  for (const [id, value] of Object.entries(record.attributes ?? {})) {
    fill(facts.attributes[id], value, ['options', 'attributes', id], ['subject', 'attributes', id], (given) => { facts.attributes[id] = given; });
  }
  for (const [id, value] of Object.entries(record.context ?? {})) {
    fill(facts.context[id], value, ['options', 'context', id], ['context', id], (given) => { facts.context[id] = given; });
  }
  fill(facts.assessedOn, record.assessedOn, ['options', 'assessedOn'], ['assessedOn'], (value) => { facts.assessedOn = value; });
  return issues;
}
