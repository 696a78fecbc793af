import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ReadScreening } from '../read/read-screening.js';

/** The evidence text given with each answer, in the ruleset's order of indicators: only when the caller asks for free text. */
export function evidenceOf(read: ReadScreening, compiled: CompiledRuleset): { indicator: string; evidence: string }[] {
  const out: { indicator: string; evidence: string }[] = [];
  compiled.indicators.forEach((indicator, position) => {
    const evidence = read.facts.answers[position]?.evidence;
    if (evidence !== undefined) out.push({ indicator: indicator.id, evidence });
  });
  return out;
}
