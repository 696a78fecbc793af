import { countNode, UnsupportedSchema, type KindedReader, type ReadContext } from './reader-parts.js';
import { deriveLeafTest, type AnySchema } from './zod-leaf.js';

/**
 * A string reader that takes, without testing again, values its schema accepted once when the reader was
 * made (such as the ruleset's own ids, which recur in every screening); any other value it reads as `base`
 * does. So it accepts exactly what `base` accepts, sooner. `base` must be the reader derived from `schema`.
 */
export function withKnownValues<C extends ReadContext>(schema: AnySchema, base: KindedReader<C>, candidates: Iterable<string>): KindedReader<C> {
  if (base.kinds.length !== 1 || base.kinds[0] !== 'string') throw new UnsupportedSchema('known values for other than a string schema');
  const passes = deriveLeafTest(schema);
  const known = new Set([...candidates].filter((candidate) => passes(candidate)));
  return { kinds: base.kinds, read: (value, context) => {
    if (typeof value !== 'string' || !known.has(value)) return base.read(value, context);
    countNode(context);
    return value;
  } };
}
