import fc from 'fast-check';
import type { Ruleset, RulesetStamp } from '../../src/index.js';
import { screeningArbitrary } from './screening-arbitrary.js';

type Json = Record<string | number, unknown>;

/** One of `valid` nine times in ten, else one of `invalid`: so that a screening with several parts is often valid whole. */
function mostly<T>(valid: readonly T[], invalid: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 9 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 });
}

/** Strings at and around the limits of the screening's formats, in UTF-16 units and in code points. */
const edgeText = mostly(['a', 'x'.repeat(200), '\u{1F600}'.repeat(150), '\u0000\u202e'], ['', ' \t', 'x'.repeat(201), 'x'.repeat(20_000), '\u{1F600}'.repeat(10_000), 'x'.repeat(20_001)]);
const longText = mostly(['a', ' \t', 'x'.repeat(20_000), '\u{1F600}'.repeat(10_000), '\u{1F600}'.repeat(10_001)], ['x'.repeat(20_001), '']);

/**
 * A valid screening (screeningArbitrary) with what that generator leaves out, each part valid or not:
 * ref, $schema, the ruleset named, a date of birth, a judgement, an earlier result, associations,
 * evidence and basis on an answer, a single window, extra members on the earlier result.
 */
export function richScreeningArbitrary(ruleset: Ruleset, stamp: RulesetStamp): fc.Arbitrary<unknown> {
  const level = mostly(ruleset.levels.map((entry) => entry.id), ['no-such-level', 'Bad Level']);
  const extras = fc.record({
    ref: edgeText,
    $schema: fc.constantFrom('https://example.org/screening.json', ''),
    ruleset: mostly([{ id: stamp.id }, { id: stamp.id, version: stamp.version }], [{ id: stamp.id, version: '0.0.0-other' }, { id: 'other-ruleset' }, { id: 'Not An Id' }]),
    dateOfBirth: mostly(['2013-11-28', '2013-11-29', '2012-02-29'], ['2013-02-30', '2030-01-01', '2013-1-1']),
    judgement: fc.record({
      level,
      rationale: mostly(['seen at the strategy meeting', 'x'.repeat(20_000)], ['   ', '', 'x'.repeat(20_001)]),
      by: edgeText,
      agreedBy: fc.record({ role: mostly(['team-manager'], ['Team Manager']), name: edgeText }, { requiredKeys: ['role'] }),
    }, { requiredKeys: ['level', 'rationale'] }),
    previous: fc.record({
      ruleset: mostly([stamp, { ...stamp, id: 'other-ruleset' }], [{ ...stamp, fingerprint: 'sha256:nope' }]),
      level: fc.record({ id: level, rank: mostly([0, 1], [-1, 1.5]) }),
      scores: fc.array(fc.record({ id: mostly(['total'], ['Bad Id']), value: mostly([0, 7, -3], [0.5]) }), { maxLength: 3 }),
      pathway: fc.constant([]),
    }, { requiredKeys: ['ruleset', 'level'] }),
    associations: fc.array(fc.record({
      kind: mostly(['person', 'vehicle'], ['boat']),
      ref: mostly(['per-0123456789abcdef', 'veh-0123456789abcdef0123'], ['veh-0123456789ABCDEF', 'per-01']),
      role: mostly(['associate', 'transport'], ['friend']),
    }, { requiredKeys: ['kind', 'ref'] }), { maxLength: 3 }),
  }, { requiredKeys: [] });
  const detail = fc.record({ evidence: longText, basis: mostly(['evidence', 'professional-concern'], ['hunch']), single: fc.boolean() }, { requiredKeys: [] });
  return fc.tuple(screeningArbitrary(ruleset), extras, detail, fc.nat()).map(([base, extra, answerDetail, pick]) => {
    const screening = structuredClone(base) as Json & { subject: Json; answers: Json };
    const { dateOfBirth, ...top } = extra;
    Object.assign(screening, top);
    if (dateOfBirth !== undefined) {
      screening.subject['dateOfBirth'] = dateOfBirth;
      if (pick % 2 === 0) delete screening.subject['ageYears'];
    }
    const ids = Object.keys(screening.answers);
    const id = ids[pick % Math.max(ids.length, 1)];
    if (id !== undefined) {
      const answer = screening.answers[id];
      const value = typeof answer === 'object' && answer !== null ? answer as Json : { value: answer };
      const { single, ...rest } = answerDetail;
      const window = value['window'];
      if (single === true && Array.isArray(window) && window.length > 0) value['window'] = window[0];
      screening.answers[id] = { ...value, ...rest };
    }
    return screening;
  });
}

/** Every place in a JSON value, as paths. */
export function placesOf(value: unknown): (string | number)[][] {
  const places: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    places.push(path);
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node !== null && typeof node === 'object') for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  walk(value, []);
  return places;
}

/** A copy of a JSON value with the value at one place (picked by `pick`) made by `change` from the old one. */
export function changeAt(value: unknown, pick: number, change: (old: unknown) => unknown): unknown {
  const places = placesOf(value);
  const path = places[pick % places.length] ?? [];
  if (path.length === 0) return change(value);
  const copy = structuredClone(value) as Json;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Json;
  const last = path[path.length - 1] as string | number;
  node[last] = change(node[last]);
  return copy;
}

/** Values a caller should never send: non-finite and negative zero numbers, prototype keys, huge and deep values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 53, 1.5, -1, 31, 101, '', 'yes', 'YES', '__proto__', 'x'.repeat(100_000), undefined, null, true),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'value', 'window'), fc.jsonValue()),
  fc.nat({ max: 80 }).map((depth) => { let node: unknown = 'deep'; for (let i = 0; i < depth; i++) node = i % 2 === 0 ? [node] : { value: node }; return node; }),
);

/** Ways to hand a value over that plain JSON cannot: getters, proxies, a key `__proto__`, an extra key, other prototypes. */
export type Disguise = 'getter' | 'throwing-getter' | 'proxy' | 'throwing-proxy' | 'proto-key' | 'extra-key' | 'null-prototype' | 'class-instance';
export const disguise: fc.Arbitrary<Disguise> = fc.constantFrom('getter', 'throwing-getter', 'proxy', 'throwing-proxy', 'proto-key', 'extra-key', 'null-prototype', 'class-instance');

/** The same object handed over in a disguise; other values are returned as they are. */
export function disguised(value: unknown, how: Disguise): unknown {
  if (value === null || typeof value !== 'object') return value;
  const source = value as Json;
  const keys = Object.keys(source);
  switch (how) {
    case 'getter': {
      const out: Json = Array.isArray(value) ? new Array<unknown>(value.length) as unknown as Json : {};
      for (const key of keys) Object.defineProperty(out, key, { enumerable: true, get: () => source[key] });
      return out;
    }
    case 'throwing-getter': {
      const out: Json = { ...source };
      Object.defineProperty(out, keys[0] ?? 'value', { enumerable: true, get: () => { throw new Error('getter threw'); } });
      return out;
    }
    case 'proxy': return new Proxy(source, {});
    case 'throwing-proxy': return new Proxy(source, { ownKeys: () => { throw new Error('proxy threw'); } });
    case 'proto-key': return Array.isArray(value) ? value : JSON.parse(JSON.stringify({ ...source, ['__proto__']: { polluted: true } })) as unknown;
    case 'extra-key': return Array.isArray(value) ? value : { ...source, unexpected: 1 };
    case 'null-prototype': return Array.isArray(value) ? value : Object.assign(Object.create(null) as Json, source);
    case 'class-instance': return Array.isArray(value) ? value : Object.assign(new Holder() as unknown as Json, source);
    default: return value;
  }
}

/** An object with a prototype of its own, as a class instance has. */
class Holder {
  describe(): string {
    return 'a holder';
  }
}
