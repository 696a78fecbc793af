import type { Answer } from '../../schema/answer.js';
import type { Issue } from '../../schema/issue.js';
import { passesId, readScreeningShape } from '../../generated/read-screening-shape.js';
import { checkAnswer } from './check-answer.js';
import { checkBesideAnswers } from './check-screening.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { factsWithAnswers } from './facts-of.js';
import { normalizeAnswer } from './normalize-answer.js';
import type { NormalizedAnswer, ReadScreening, ReadWholeScreening } from './screening-facts.js';

/** The ids of each ruleset read so far, as {@link knownIdsOf} gives them. */
const knownIdsByRuleset = new WeakMap<CompiledRuleset, ReadonlySet<string>>();

/**
 * The ruleset's ids that recur in screenings (its own, its windows' and levels'), each checked once against
 * the id schema, so that the reader takes them without checking them again. Worked out at a ruleset's
 * first screening and kept beside it, so that a screener without this reader (a browser's) never builds it.
 */
function knownIdsOf(compiled: CompiledRuleset): ReadonlySet<string> {
  let known = knownIdsByRuleset.get(compiled);
  if (known === undefined) {
    const { index, ruleset } = compiled;
    known = new Set([ruleset.meta.id, ...index.windows, ...index.levelRank.keys()].filter((id) => passesId(id)));
    knownIdsByRuleset.set(compiled, known);
  }
  return known;
}

/** Thrown by the answer visitor to give up on a read; the generated reader catches it. */
const DECLINE: unique symbol = Symbol('decline');

/**
 * Reads a screening in one walk (guard, shape, meaning and facts together), or returns undefined when not
 * sure: for anything invalid or unusual, which the full path then reads and reports. When it returns a
 * screening, it is the one the full path (guardInput, ScreeningSchema, checkScreening, factsOf) gives.
 * The walk is src/generated/read-screening-shape.ts, written from the screening schema at build time;
 * each answer is checked against the ruleset and put in the engine's form as it is read. Unless
 * `keepAnswers`, the screening comes back without its answers (the engine reads them from the facts).
 */
export function readScreeningFast(input: unknown, compiled: CompiledRuleset, keepAnswers: true): ReadWholeScreening | undefined;
export function readScreeningFast(input: unknown, compiled: CompiledRuleset, keepAnswers: boolean): ReadScreening | undefined;
export function readScreeningFast(input: unknown, compiled: CompiledRuleset, keepAnswers: boolean): ReadScreening | undefined {
  const answers: (NormalizedAnswer | undefined)[] = compiled.blanks.answers.slice();
  const issues: Issue[] = [];
  const read = readScreeningShape(input, {
    nodes: 0,
    // The answers are read into the facts as they go by; copied into the screening too only when asked for.
    keepVisited: keepAnswers,
    known: knownIdsOf(compiled),
    visit: (id, value) => {
      const answer = value as Answer;
      const position = checkAnswer(id, answer, compiled, issues);
      if (position === undefined || issues.length > 0) throw DECLINE;
      answers[position] = normalizeAnswer(answer);
    },
  });
  if (read === undefined || checkBesideAnswers(read, compiled).length > 0) return undefined;
  if (keepAnswers) return { screening: read, facts: factsWithAnswers(read, answers) };
  const { answers: _left, ...screening } = read;
  return { screening, facts: factsWithAnswers(screening, answers) };
}
