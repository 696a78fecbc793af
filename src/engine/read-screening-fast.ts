import type * as z from 'zod/mini';
import type { Answer } from '../schema/answer.js';
import type { Issue } from '../schema/issue.js';
import { ScreeningSchema, type Screening } from '../schema/screening.js';
import { checkAnswer } from './check-answer.js';
import { checkBesideAnswers } from './check-screening.js';
import type { CompiledRuleset } from './compiled-ruleset.js';
import { deriveRecordReader } from './derive-container-reader.js';
import { deriveReader } from './derive-reader.js';
import { factsWithAnswers } from './facts-of.js';
import { normalizeAnswer } from './normalize-answer.js';
import type { ReadScreening } from './read-screening.js';
import { DECLINE, type KindedReader, type Reader, type ReadContext } from './reader-parts.js';
import { withKnownValues } from './with-known-values.js';
import { IdSchema } from '../schema/id.js';
import type { NormalizedAnswer } from './screening-facts.js';
import { checksOf, type AnySchema } from './zod-leaf.js';

/** What one fast read carries: its count of values, and the answers in the engine's form as they are read. */
interface FastContext extends ReadContext {
  readonly answers: (NormalizedAnswer | undefined)[];
  readonly issues: Issue[];
}

/** The fast reader of each compiled ruleset, derived once; null where the schema holds something it does not model. */
const READERS = new WeakMap<CompiledRuleset, Reader<FastContext> | null>();

/**
 * Reads a screening in one walk (guard, shape, meaning and facts together), or returns undefined when not
 * sure: for anything invalid or unusual, which the full path then reads and reports. When it returns a
 * screening, it is the one the full path (guardInput, ScreeningSchema, checkScreening, factsOf) gives.
 */
export function readScreeningFast(input: unknown, compiled: CompiledRuleset): ReadScreening | undefined {
  let reader = READERS.get(compiled);
  if (reader === undefined) {
    reader = deriveScreeningReader(compiled);
    READERS.set(compiled, reader);
  }
  if (reader === null) return undefined;
  const context: FastContext = { nodes: 0, answers: new Array<NormalizedAnswer | undefined>(compiled.indicators.length).fill(undefined), issues: [] };
  try {
    const screening = reader(input, context) as Screening;
    if (checkBesideAnswers(screening, compiled).length > 0) return undefined;
    return { screening, facts: factsWithAnswers(screening, context.answers) };
  } catch {
    // Declined, or a getter or proxy threw: the full path reads it again and reports it. The thrown value is never looked at.
    return undefined;
  }
}

/** Whether the fast path is in use for this ruleset (false only if the screening schema holds something the reader does not model). */
export function hasFastPath(compiled: CompiledRuleset): boolean {
  readScreeningFast(undefined, compiled);
  return READERS.get(compiled) !== null;
}

function deriveScreeningReader(compiled: CompiledRuleset): Reader<FastContext> | null {
  try {
    const ids = withKnownValues(IdSchema, deriveReader<FastContext>(IdSchema), [
      compiled.stamp.id, ...compiled.index.windows, ...compiled.index.levelRank.keys(), ...compiled.positions.keys(),
    ]);
    const overrides = new Map<AnySchema, KindedReader<FastContext>>([[IdSchema, ids]]);
    const answersSchema: AnySchema = ScreeningSchema._zod.def.shape.answers;
    const answersDef = answersSchema._zod.def as z.core.$ZodRecordDef;
    const answers = deriveRecordReader<FastContext>(answersDef, checksOf(answersSchema), (schema) => deriveReader(schema, overrides), (id, read, context) => {
      const answer = read as Answer;
      checkAnswer(id, answer, compiled, context.issues);
      if (context.issues.length > 0) throw DECLINE;
      const position = compiled.positions.get(id);
      if (position !== undefined) context.answers[position] = normalizeAnswer(answer);
    });
    overrides.set(answersSchema, answers);
    return deriveReader(ScreeningSchema, overrides).read;
  } catch {
    return null;
  }
}
