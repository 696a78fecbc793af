/**
 * JSON with object keys sorted (by UTF-16 code unit, as Array.prototype.sort does) and no
 * whitespace: the same value always gives the same text, whatever the key order it was built in.
 */
export function canonicalJson(value: unknown): string {
  // The native serializer, handed each object as a copy with its keys in sorted order, writes the same text
  // several times faster (the fingerprint of a ruleset is taken at every start). Whatever it would write
  // differently takes the plain recursive path: a key that reads as an array index (such keys always come
  // first, in numeric order, whatever the order they were added in) or `__proto__`, a toJSON method, a function or a symbol.
  try {
    return JSON.stringify(value, sortedKeys) ?? 'null';
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return canonicalJsonPlainly(value);
  }
}

const NOT_PLAIN: unique symbol = Symbol('not plain JSON');
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  if (value !== (this as Record<string, unknown>)[key] || typeof value === 'function' || typeof value === 'symbol') throw NOT_PLAIN;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const name of Object.keys(record).sort()) {
    if (INDEX_KEY.test(name) || name === '__proto__') throw NOT_PLAIN;
    sorted[name] = record[name];
  }
  return sorted;
}

function canonicalJsonPlainly(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJsonPlainly(item === undefined ? null : item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJsonPlainly(record[key])}`).join(',')}}`;
}
