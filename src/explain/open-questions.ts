import type { Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';

/** A question whose answer could still change the level or the steps, in plain words. */
export interface OpenQuestion {
  /** The path into the screening it stands for (answers.<id>, subject.ageYears, subject.attributes.<id>, context.<id>). */
  readonly path: string;
  readonly question: string;
  /** The highest level an answer could lead to through the rules that wait on it; -1 where it could bring steps only. */
  readonly rank: number;
}

/** How many questions an explanation shows before it counts the rest. */
export const QUESTIONS_SHOWN = 5;

/**
 * The questions whose answers could still change the result, each once, most important first: those that
 * could raise the level furthest, then those that could bring steps in, in the order the rules name them.
 */
export function openQuestions(result: Result, ruleset: Ruleset | undefined): OpenQuestion[] {
  const rankOf = (id: string): number => ruleset?.levels.findIndex((level) => level.id === id)
    ?? [result.level, result.computedLevel, result.potentialLevel].find((level) => level.id === id)?.rank ?? 0;
  const byPath = new Map<string, OpenQuestion>();
  for (const rule of result.undeterminedRules) {
    const { effect } = rule;
    const rank = effect.kind === 'actions' || effect.kind === 'escalate' ? -1 : rankOf(effect.level);
    for (const path of rule.missing) {
      const known = byPath.get(path);
      if (known === undefined || known.rank < rank) byPath.set(path, { path, question: questionFor(path, ruleset), rank });
    }
  }
  return [...byPath.values()].sort((a, b) => b.rank - a.rank);
}

/** A path into the screening as the question a practitioner would answer. */
function questionFor(path: string, ruleset: Ruleset | undefined): string {
  const [head, second, third] = path.split('.');
  if (head === 'answers' && second !== undefined) {
    const text = ruleset?.indicators.find((indicator) => indicator.id === second)?.text;
    return text === undefined ? `the answer to ${second}` : text;
  }
  if (head === 'subject' && second === 'ageYears') return 'How old is the child?';
  if (head === 'subject' && second === 'attributes' && third !== undefined) {
    const label = ruleset?.attributes.find((fact) => fact.id === third)?.label ?? third;
    return `${label}: is this so?`;
  }
  if (head === 'context' && second !== undefined) {
    const label = ruleset?.contextFacts.find((fact) => fact.id === second)?.label ?? second;
    return `${label}: is this so?`;
  }
  return path;
}
