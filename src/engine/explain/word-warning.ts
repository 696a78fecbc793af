import type { Issue, IssueCode } from '../../schema/issue.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ReadScreening } from '../read/read-screening.js';

/** What a result's warnings are worded from, beside the ruleset: counts and levels, never an answer's value. */
export interface WarningFigures {
  /** The label of the level the result could reach once what is open is known. */
  readonly potentialLabel: string;
  /** The potential level is above the final one. */
  readonly couldBeHigher: boolean;
  readonly unanswered: number;
  readonly unknown: number;
  readonly undetermined: number;
  readonly reviewBy: string | undefined;
  /** The final level is the lowest: with too little known, that is not a finding of no concern. */
  readonly atLowest: boolean;
  /** The label of the earlier result's level, where it is verified against this ruleset. */
  readonly previousLabel: string | undefined;
}

/**
 * A warning in words: built from the code, the ruleset and the result's figures, never from answer values
 * or free text. The judgement's own warning is worded where the judgement is applied, and passed in.
 */
export function wordWarning(code: IssueCode, read: ReadScreening, compiled: CompiledRuleset, figures: WarningFigures, judgementWarning: Issue | undefined): Issue {
  const { ruleset } = compiled;
  switch (code) {
    case 'draft_ruleset':
      return { code, path: [], message: `the ruleset ${ruleset.meta.id} ${ruleset.meta.version} is a draft that has not been signed off for live use` };
    case 'age_unknown':
      return { code, path: ['subject', 'ageYears'], message: 'is not given: rules that depend on age could not be decided' };
    case 'age_out_of_scope':
      return {
        code, path: ['subject', read.screening.subject.ageYears === undefined ? 'dateOfBirth' : 'ageYears'],
        message: `is outside the ages this ruleset is made for (${ruleset.scope.ages.from} to ${ruleset.scope.ages.below - 1}): the result is indicative only; follow the out-of-scope route`,
      };
    case 'incomplete': {
      const higher = figures.couldBeHigher ? `; the level could be as high as ${figures.potentialLabel} once they are known` : '';
      return {
        code, path: ['answers'],
        message: `${figures.unanswered} indicator(s) unanswered, ${figures.unknown} answered unknown and ${figures.undetermined} rule(s) undecided for want of an answer, window or fact; none was read as no${higher}`,
      };
    }
    case 'previous_from_other_ruleset':
      return { code, path: ['previous', 'ruleset', 'id'], message: 'names another ruleset: the trend compares level ranks only' };
    case 'previous_unverified':
      return { code, path: ['previous', 'ruleset', 'fingerprint'], message: 'is of another version of this ruleset, so its level cannot be checked against it: the trend compares level ranks only, and there is none for an ids or decision result, which names its level by id alone' };
    case 'previous_level_mismatch':
      return { code, path: ['previous', 'level'], message: 'does not match a level of this ruleset (its id and rank disagree with the ruleset it names by fingerprint): no trend is given' };
    case 'insufficient_information':
      return {
        code, path: ['answers'],
        message: `${figures.atLowest ? 'too little is known to say there is no concern' : 'too little is known to rule a higher level out'}: the level could be as high as ${figures.potentialLabel}; gather the missing information${figures.reviewBy === undefined ? '' : ` and review by ${figures.reviewBy}`}`,
      };
    case 'previous_level_not_ruled_out':
      return {
        code, path: ['previous', 'level'],
        message: `was ${figures.previousLabel ?? 'higher'}, higher than this result, and what is still unanswered or unknown could take the level back there: the fall is not established; gather the missing information${figures.reviewBy === undefined ? '' : ` and review by ${figures.reviewBy}`}`,
      };
    default:
      return judgementWarning ?? { code, path: [], message: '' };
  }
}
