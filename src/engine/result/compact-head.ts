import type { DecisionResult } from '../../schema/compact-result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { couldMatter } from '../decide/could-matter.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { SettledScreening } from '../decide/settle-screening.js';
import { TRUE, UNKNOWN } from '../evaluate/truth.js';

/** The fields both compact forms (the decision and the ids result) open with, in their order (COMPACT_HEAD_FIELDS). */
export type CompactHead = Pick<DecisionResult, 'ruleset' | 'ref' | 'inScope' | 'complete' | 'computedLevel' | 'level' | 'potentialLevel' | 'insufficientInformation'>;

/**
 * The head of a compact result, written from the settled screening once for both forms, so that the decision and
 * the ids result cannot name a level or the completeness differently; with the ids of the rules that fired (the
 * protections last) and of the undetermined rules that could still change the level or bring steps (the ids
 * result keeps only their count).
 */
export function compactHead(compiled: CompiledRuleset, read: ReadScreening, settled: SettledScreening): {
  readonly head: CompactHead; readonly firedRules: string[]; readonly undeterminedRules: string[];
} {
  const { truths } = settled.decision;
  const { levels, rules } = compiled;
  const firedRules: string[] = [];
  const undeterminedRules: string[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined) continue;
    if (truths[r] === TRUE) firedRules.push(rule.source.id);
    else if (truths[r] === UNKNOWN && couldMatter(rule, settled.computedRank, settled.bindingRank)) undeterminedRules.push(rule.source.id);
  }
  for (const protection of settled.protections) firedRules.push(protection.id);
  const levelId = (rank: number): string => (levels[rank] ?? levels[0])?.id ?? '';
  const { id, version, fingerprint } = compiled.stamp;
  const { ref } = read.screening;
  const head: CompactHead = {
    ruleset: { id, version, fingerprint },
    ...(ref === undefined ? {} : { ref }),
    inScope: settled.inScope,
    complete: settled.standing.unanswered === 0 && settled.standing.unknown === 0,
    computedLevel: levelId(settled.computedRank),
    level: levelId(settled.judged.finalRank),
    potentialLevel: levelId(settled.potentialRank),
    ...(settled.insufficient ? { insufficientInformation: true as const } : {}),
  };
  return { head, firedRules, undeterminedRules };
}
