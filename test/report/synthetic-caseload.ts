import { readFileSync } from 'node:fs';
import { compileRuleset, type Screener } from '../../src/index.js';

/** Pseudonymous refs of the synthetic caseload: a vehicle and a person making a chain, a place held by one child, a phone shared by two. */
export const TOKENS = {
  vehicle: 'veh-00000000000000000000000000000a11',
  person: 'per-00000000000000000000000000000b22',
  place: 'pla-00000000000000000000000000000c33',
  phone: 'tel-00000000000000000000000000000d44',
} as const;

/** A free-text canary planted in evidence and rationale: it must reach no output. */
export const CANARY = 'CANARY-free-text-7f3a';

const answers = (missing: string, olderFriend: string, disclosure: string) => ({
  missing: { value: missing, evidence: `${CANARY} seen at the station` },
  'older-friend': olderFriend,
  disclosure,
  'looked-after': 'no',
});
const subject = (ageYears: number) => ({ ageYears, attributes: { learningDisability: false } });

/** The tiered fixture ruleset, with a link policy naming its `strategy` step. */
export function linkedTieredRuleset(): Record<string, unknown> {
  const ruleset = JSON.parse(readFileSync('test/fixtures/tiered.json', 'utf8')) as Record<string, unknown>;
  return { ...ruleset, links: { sharedReferenceSteps: ['strategy'] } };
}

/**
 * Screenings for the tiered fixture ruleset, with known figures: A (twice: medium, then low), B, C, D, E,
 * F (age 9, out of scope), G, and one screening that is not valid. Links: A–B by vehicle, B–C by person
 * (a chain through two references), D alone at a place (no link), E–G by phone.
 */
export function syntheticScreenings(): unknown[] {
  const assessedOn = '2026-01-10';
  return [
    { ref: 'A', assessedOn, subject: subject(14), answers: answers('no', 'yes', 'no'), associations: [{ kind: 'vehicle', ref: TOKENS.vehicle, role: 'transport' }] },
    { ref: 'B', assessedOn, subject: subject(15), answers: answers('no', 'yes', 'no'), associations: [{ kind: 'vehicle', ref: TOKENS.vehicle }, { kind: 'person', ref: TOKENS.person, role: 'suspected-exploiter' }],
      judgement: { level: 'medium', rationale: `${CANARY} rationale` } },
    { ref: 'C', assessedOn, subject: subject(16), answers: answers('no', 'no', 'yes'), associations: [{ kind: 'person', ref: TOKENS.person }] },
    { ref: 'D', assessedOn: '2025-06-01', subject: subject(12), answers: answers('no', 'no', 'no'), associations: [{ kind: 'place', ref: TOKENS.place }] },
    { ref: 'E', assessedOn, subject: subject(17), answers: { missing: 'yes', disclosure: 'no', 'looked-after': 'no' }, associations: [{ kind: 'phone', ref: TOKENS.phone }] },
    { ref: 'F', assessedOn, subject: subject(9), answers: answers('yes', 'no', 'no') },
    { ref: 'BAD', assessedOn, subject: subject(14), answers: { 'no-such-indicator': 'yes' } },
    { ref: 'G', assessedOn: '2025-10-01', subject: subject(13), answers: answers('possible', 'no', 'no'), associations: [{ kind: 'phone', ref: TOKENS.phone }] },
    { ref: 'A', assessedOn: '2025-12-01', subject: subject(14), answers: answers('yes', 'no', 'no'), associations: [{ kind: 'vehicle', ref: TOKENS.vehicle }] },
  ];
}

/** The screenings as NDJSON text. */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n') + '\n';
}

/** What assess --batch would write for these screenings, scored in process. */
export function batchLines(screener: Screener, screenings: readonly unknown[]): string {
  return screenings.map((screening, i) => {
    const ref = (screening as { ref?: string }).ref;
    const scored = screener.safeScreen(screening);
    return JSON.stringify(scored.success ? { line: i + 1, ref, result: scored.data } : { line: i + 1, ref, error: { issues: scored.issues } });
  }).join('\n') + '\n';
}

/** The tiered ruleset with its link policy, compiled. */
export function linkedScreener(): Screener {
  return compileRuleset(linkedTieredRuleset());
}
