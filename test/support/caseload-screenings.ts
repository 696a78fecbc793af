/**
 * Caseload-like screenings, as a case system sends them in bulk: a ref and an assessment date, an age, the first
 * twelve presence indicators of the ruleset answered (mostly no, some yes, a few unknown) and three association
 * references (one shared from a pool, sometimes a second, the rest held by one child only). Deterministic for a
 * seed (mulberry32), so every run of the bench and the tests measures the same caseload.
 */

/** The part of a ruleset the generator reads. */
export interface CaseloadRuleset {
  readonly indicators: readonly { readonly id: string; readonly answer: { readonly kind: string } }[];
}

/** What shapes a generated caseload. */
export interface CaseloadShape {
  /** How many screenings. */
  readonly screenings: number;
  /** Association references per screening. */
  readonly refsEach?: number;
  /** The seed of the generator. */
  readonly seed?: number;
}

const KINDS = [['person', 'per'], ['vehicle', 'veh'], ['place', 'pla'], ['phone', 'tel'], ['online-account', 'acc']] as const;

/** Each screening of a generated caseload, one at a time (a million need not be held at once). */
export function* caseloadScreenings(ruleset: CaseloadRuleset, shape: CaseloadShape): Generator<Record<string, unknown>> {
  const next = randomFrom(shape.seed ?? 15);
  const refsEach = shape.refsEach ?? 3;
  const presence = ruleset.indicators.filter((indicator) => indicator.answer.kind === 'presence').slice(0, 12).map((indicator) => indicator.id);
  const sharedPool = Math.max(1, Math.floor(shape.screenings / 5));
  const token = (prefix: string, n: number): string => `${prefix}-${n.toString(16).padStart(32, '0')}`;
  let unique = 0;
  for (let i = 0; i < shape.screenings; i++) {
    const answers: Record<string, string> = {};
    for (const id of presence) answers[id] = next() < 0.15 ? 'yes' : next() < 0.1 ? 'unknown' : 'no';
    const associations: { kind: string; ref: string }[] = [];
    const shared = (): void => {
      const [kind, prefix] = KINDS[Math.floor(next() * KINDS.length)] as (typeof KINDS)[number];
      associations.push({ kind, ref: token(prefix, 1_000_000_000 + Math.floor(next() * sharedPool)) });
    };
    shared();
    if (next() < 0.1) shared();
    while (associations.length < refsEach) {
      const [kind, prefix] = KINDS[unique % KINDS.length] as (typeof KINDS)[number];
      associations.push({ kind, ref: token(prefix, unique++) });
    }
    const assessedOn = `2026-${String(1 + Math.floor(next() * 10)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    yield { ref: `C${i}`, assessedOn, subject: { ageYears: 10 + Math.floor(next() * 8) }, answers, associations };
  }
}

/** A small deterministic generator (mulberry32): numbers in [0, 1). */
export function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
