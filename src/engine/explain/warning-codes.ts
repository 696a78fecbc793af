import type { IssueCode } from '../../schema/issue.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { previousIsConsistent } from '../decide/previous-is-consistent.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { SettledScreening } from '../decide/settle-screening.js';

/**
 * The warnings a settled screening carries, by code, in the order a result lists them: a draft ruleset,
 * the age unknown or out of scope, answers or rules still open, a judgement not applied, an earlier result
 * that cannot be compared in full, insufficient information, and a fall from a higher earlier level that is not established. The full result words each one.
 */
export function warningCodes(read: ReadScreening, compiled: CompiledRuleset, settled: SettledScreening, undeterminedCount: number): IssueCode[] {
  const codes: IssueCode[] = [];
  if (compiled.ruleset.meta.status === 'draft') codes.push('draft_ruleset');
  if (read.facts.age === undefined) codes.push('age_unknown');
  else if (!settled.inScope) codes.push('age_out_of_scope');
  if (settled.standing.unanswered > 0 || settled.standing.unknown > 0 || undeterminedCount > 0) codes.push('incomplete');
  if (settled.judged.warning !== undefined) codes.push(settled.judged.warning.code);
  const previous = read.screening.previous;
  if (previous !== undefined && previous.ruleset.id !== compiled.stamp.id) codes.push('previous_from_other_ruleset');
  else if (previous !== undefined && previous.ruleset.fingerprint !== compiled.stamp.fingerprint) codes.push('previous_unverified');
  else if (previous !== undefined && !previousIsConsistent(previous, compiled)) codes.push('previous_level_mismatch');
  if (settled.insufficient) codes.push('insufficient_information');
  if (settled.previousNotRuledOut) codes.push('previous_level_not_ruled_out');
  return codes;
}
