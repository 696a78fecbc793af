import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { TRUE } from '../evaluate/truth.js';
import type { ScreeningFacts } from '../read/screening-facts.js';

/** A census factor a screening suggests, with the ids of the indicators and rules that suggest it. */
export interface FactorSuggestion {
  readonly code: string;
  readonly label: string;
  readonly suggestedBy: string[];
}

/**
 * The Children in Need census factors a screening suggests, in the order the ruleset lists the codes: those
 * of every indicator answered yes or possible (or scored above zero) and of every rule that fired. A
 * suggestion for the assessing social worker to consider, never a factor recorded. Undefined where the
 * ruleset declares no census factors.
 */
export function suggestFactors(compiled: CompiledRuleset, facts: ScreeningFacts, truths: readonly number[]): FactorSuggestion[] | undefined {
  const codes = compiled.censusCodes;
  if (codes === undefined) return undefined;
  const by: (string[] | undefined)[] = [];
  forEachSuggestion(compiled, facts, truths, (place, id) => { (by[place] ??= []).push(id); });
  const suggestions: FactorSuggestion[] = [];
  for (let place = 0; place < codes.length; place++) {
    const entry = codes[place];
    const suggestedBy = by[place];
    if (entry !== undefined && suggestedBy !== undefined) suggestions.push({ code: entry.code, label: entry.label, suggestedBy });
  }
  return suggestions;
}

/** The codes of {@link suggestFactors}' suggestions, in the same order, without what suggests each: what the decision and the ids result carry. */
export function suggestFactorCodes(compiled: CompiledRuleset, facts: ScreeningFacts, truths: readonly number[]): string[] | undefined {
  const codes = compiled.censusCodes;
  if (codes === undefined) return undefined;
  const suggested: boolean[] = [];
  forEachSuggestion(compiled, facts, truths, (place) => { suggested[place] = true; });
  const found: string[] = [];
  for (let place = 0; place < codes.length; place++) {
    const entry = codes[place];
    if (entry !== undefined && suggested[place] === true) found.push(entry.code);
  }
  return found;
}

/**
 * Tells `suggest` of each census factor a screening suggests (its place in censusCodes) and the id of what
 * suggests it: every indicator answered yes or possible (or scored above zero), then every rule that fired.
 * Each indicator and each rule is visited once, so an id comes at most once from each: no search of a list,
 * which would grow with the square of the indicators on a large ruleset, on every screening.
 */
function forEachSuggestion(compiled: CompiledRuleset, facts: ScreeningFacts, truths: readonly number[], suggest: (place: number, id: string) => void): void {
  const { indicators, indicatorFactors, rules } = compiled;
  for (let position = 0; position < indicators.length; position++) {
    const places = indicatorFactors[position] ?? [];
    if (places.length === 0) continue;
    const answer = facts.answers[position];
    if (answer === undefined || !(answer.code === 'yes' || answer.code === 'possible' || (answer.score ?? 0) > 0)) continue;
    const id = indicators[position]?.id ?? '';
    for (const place of places) suggest(place, id);
  }
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || truths[r] !== TRUE) continue;
    for (const place of rule.factors) suggest(place, rule.source.id);
  }
}
