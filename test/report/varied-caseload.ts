import { compileRuleset, type Screener } from '../../src/index.js';
import { randomFrom } from '../support/caseload-screenings.js';
import { linkedScreener, linkedTieredRuleset } from './synthetic-caseload.js';

/**
 * A generated caseload of the tiered fixture ruleset that exercises every figure of the report and of `links`:
 * children screened more than once (some with their earlier result as `previous`, some from another ruleset
 * version), children with no ref (keyed by line), judgements with and without agreement, ages, dates of birth and
 * none, review dates before and after the as-of date, associations of every kind shared from a small pool (groups,
 * chains, references held twice by one child), children whose first screening has no associations, and lines that
 * are not valid. Deterministic for a seed (mulberry32): the report's and links' output for it is held byte for byte
 * in test/report/golden/.
 */
export interface VariedCaseload {
  /** The screenings, as written to the screenings file. */
  readonly screenings: readonly unknown[];
  /** What assess --batch would write for them: full and ids results alternately (full from the other version), errors for invalid lines. */
  readonly results: string;
  /** The screenings that are valid, as `links` needs them (it refuses a caseload with one that is not). */
  readonly valid: readonly unknown[];
}

const KINDS = [['person', 'per'], ['vehicle', 'veh'], ['place', 'pla'], ['phone', 'tel'], ['online-account', 'acc']] as const;
const LEVELS = ['none', 'low', 'medium', 'high'] as const;
const ANSWERS = ['yes', 'no', 'no', 'possible', 'unknown'] as const;
const INDICATORS = ['missing', 'older-friend', 'disclosure', 'looked-after'] as const;
/** The key id every generated ref begins with, as refs made under one pseudonymisation key do. */
const KEY_ID = '5eed2700';

/** The fixture ruleset at version 1.0.1: results from it are reported apart. */
export function otherVersionScreener(): Screener {
  const ruleset = linkedTieredRuleset();
  return compileRuleset({ ...ruleset, meta: { ...(ruleset['meta'] as object), version: '1.0.1' } });
}

/** Generates `count` screenings and the batch output for them. */
export function variedCaseload(count: number, seed = 27): VariedCaseload {
  const next = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const main = linkedScreener();
  const other = otherVersionScreener();
  const token = (prefix: string, n: number): string => `${prefix}-${KEY_ID}${n.toString(16).padStart(32, '0')}`;
  const earlier = new Map<string, unknown>();
  const refs: string[] = [];
  const screenings: unknown[] = [];
  const valid: unknown[] = [];
  const lines: string[] = [];
  let unique = 0;
  for (let i = 0; i < count; i++) {
    const line = i + 1;
    const draw = next();
    const ref = draw < 0.3 && refs.length > 0 ? pick(refs) : draw < 0.36 ? undefined : `K${refs.length}`;
    if (ref !== undefined && !refs.includes(ref)) refs.push(ref);
    const answers: Record<string, string> = {};
    for (const id of INDICATORS) if (next() < 0.85) answers[id] = pick(ANSWERS);
    if (next() < 0.03) answers['no-such-indicator'] = 'yes';
    const age = next();
    const subject = age < 0.7 ? { ageYears: 8 + Math.floor(next() * 12) } : age < 0.85 ? { dateOfBirth: `20${String(8 + Math.floor(next() * 10)).padStart(2, '0')}-0${1 + Math.floor(next() * 9)}-15` } : undefined;
    const month = Math.floor(next() * 9);
    const assessedOn = month < 7 ? `2025-${String(6 + month).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` : `2026-01-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const screening: Record<string, unknown> = { ...(ref === undefined ? {} : { ref }), assessedOn, ...(subject === undefined ? {} : { subject }), answers };
    const links = next();
    if (links < 0.15) screening['associations'] = [];
    else if (links < 0.85) {
      const associations: { kind: string; ref: string }[] = [];
      const held = 1 + Math.floor(next() * 3);
      for (let a = 0; a < held; a++) {
        const [kind, prefix] = pick(KINDS);
        associations.push({ kind, ref: next() < 0.5 ? token(prefix, Math.floor(next() * (count / 8))) : token(prefix, 1_000_000 + unique++) });
      }
      if (next() < 0.05 && associations[0] !== undefined) associations.push(associations[0]);
      screening['associations'] = associations;
    }
    if (next() < 0.12) screening['judgement'] = { level: pick(LEVELS), rationale: 'generated', ...(next() < 0.5 ? { agreedBy: { role: 'team-manager' } } : {}) };
    const before = ref === undefined ? undefined : earlier.get(ref);
    if (before !== undefined && next() < 0.5) screening['previous'] = before;
    const screener = next() < 0.1 ? other : main;
    // Ids results name levels by id, read with the ruleset given to the report: the other version's are full.
    const detail = i % 2 === 0 || screener === other ? 'full' : 'ids';
    const scored = screener.safeScreen(screening, { detail });
    if (scored.success) {
      if (ref !== undefined) earlier.set(ref, scored.data);
      valid.push(screening);
      lines.push(JSON.stringify({ line, ...(ref === undefined ? {} : { ref }), result: scored.data }));
    } else {
      lines.push(JSON.stringify({ line, ...(ref === undefined ? {} : { ref }), error: { issues: scored.issues } }));
    }
    screenings.push(screening);
  }
  return { screenings, results: `${lines.join('\n')}\n`, valid };
}
