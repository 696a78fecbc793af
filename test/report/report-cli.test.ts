import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { batchLines, CANARY, linkedScreener, linkedTieredRuleset, syntheticScreenings, toNdjson } from './synthetic-caseload.js';

const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });
const temp = (): string => mkdtempSync(join(tmpdir(), 'cse-screen-report-'));

/** The synthetic caseload as files: its ruleset (with a link policy), screenings, and the results assess --batch writes. */
function caseload(): { folder: string; ruleset: string; screenings: string; results: string } {
  const folder = temp();
  const ruleset = join(folder, 'ruleset.json');
  writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
  const screenings = join(folder, 'screenings.ndjson');
  writeFileSync(screenings, toNdjson(syntheticScreenings()));
  const batch = run('assess', '--batch', screenings, '--ruleset', ruleset, '--quiet', '--detail', 'full');
  expect(batch.status).toBe(1);
  expect(batch.stdout).toBe(batchLines(linkedScreener(), syntheticScreenings()));
  const results = join(folder, 'results.ndjson');
  writeFileSync(results, batch.stdout);
  return { folder, ruleset, screenings, results };
}

describe('cse-screen report', () => {
  test('reads assess --batch output in its default ids form with the ruleset that produced it, to the same figures as the full form', () => {
    const files = caseload();
    const ids = run('assess', '--batch', files.screenings, '--ruleset', files.ruleset, '--quiet');
    const idsResults = join(files.folder, 'results-ids.ndjson');
    writeFileSync(idsResults, ids.stdout);
    const fromIds = run('report', idsResults, '--screenings', files.screenings, '--ruleset', files.ruleset, '--as-of', '2026-02-01');
    const fromFull = run('report', files.results, '--screenings', files.screenings, '--ruleset', files.ruleset, '--as-of', '2026-02-01');
    expect(fromIds.status).toBe(0);
    expect(fromIds.stdout).toBe(fromFull.stdout);
    const withoutRuleset = run('report', idsResults, '--screenings', files.screenings, '--ruleset', 'brighton-hove-cse', '--as-of', '2026-02-01');
    expect(withoutRuleset.status).not.toBe(0);
    expect(withoutRuleset.stderr).toContain('ruleset_mismatch');
  });

  test('writes the HTML, Markdown, CSV and JSON summary of a caseload screened by assess --batch, with no free text in any of them', () => {
    const files = caseload();
    const out = join(files.folder, 'report');
    const done = run('report', files.results, '--screenings', files.screenings, '--ruleset', files.ruleset, '--as-of', '2026-02-01', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['caseload-report.csv', 'caseload-report.html', 'caseload-report.md', 'caseload-summary.json']);
    const summary = JSON.parse(readFileSync(join(out, 'caseload-summary.json'), 'utf8')) as { rulesets: { children: number }[]; links: { groups: { id: string }[] } };
    expect(summary.rulesets[0]?.children).toBe(7);
    expect(summary.links.groups.map((group) => group.id)).toEqual(['G1', 'G2']);
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8')).not.toContain(CANARY);
    expect(done.stdout).not.toContain(CANARY);
  });

  test('prints the Markdown without --out, and refuses a bad date, a bad suppression and a missing file', () => {
    const files = caseload();
    const printed = run('report', files.results, '--as-of', '2026-02-01', '--ruleset', files.ruleset);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('# Caseload report at 2026-02-01');
    expect(run('report', files.results, '--as-of', '1 Feb').status).toBe(2);
    expect(run('report', files.results, '--suppress-below', '1').status).toBe(2);
    expect(run('report').status).toBe(2);
    const missing = run('report', join(files.folder, 'nothing.ndjson'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('file_not_found');
  });

  test('refuses screenings that are not the ones the results came from, naming the line, not the values', () => {
    const files = caseload();
    const swapped = syntheticScreenings().map((screening, i) => (i === 2 ? { ...(screening as object), ref: `${CANARY}-ref` } : screening));
    writeFileSync(files.screenings, toNdjson(swapped));
    const done = run('report', files.results, '--screenings', files.screenings, '--out', join(files.folder, 'never'));
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('screenings[3].ref invalid_value');
    expect(done.stderr).not.toContain(CANARY);
    expect(existsSync(join(files.folder, 'never'))).toBe(false);
  });
});

/** The synthetic caseload (its valid records) as a CSV that assess --batch reads: associations as `REF[:ROLE]` separated by `;`. */
function toCsv(records: readonly unknown[]): string {
  const header = ['ref', 'assessedOn', 'ageYears', 'attr:learningDisability', 'missing', 'evidence:missing', 'older-friend', 'disclosure', 'looked-after', 'judgement.level', 'judgement.rationale', 'associations'];
  const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const rows = records.map((record) => {
    const screening = record as {
      ref: string; assessedOn: string; subject: { ageYears: number; attributes: { learningDisability: boolean } };
      answers: Record<string, string | { value: string; evidence: string }>; judgement?: { level: string; rationale: string };
      associations?: { ref: string; role?: string }[];
    };
    const answer = (id: string): string => { const given = screening.answers[id]; return typeof given === 'object' ? given.value : given ?? ''; };
    const missing = screening.answers['missing'];
    return [
      screening.ref, screening.assessedOn, String(screening.subject.ageYears), String(screening.subject.attributes.learningDisability),
      answer('missing'), typeof missing === 'object' ? `${missing.evidence}\nsecond line` : '', answer('older-friend'), answer('disclosure'), answer('looked-after'),
      screening.judgement?.level ?? '', screening.judgement?.rationale ?? '',
      (screening.associations ?? []).map((association) => (association.role === undefined ? association.ref : `${association.ref}:${association.role}`)).join(';'),
    ].map(quote).join(',');
  });
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

describe('cse-screen report --screenings, CSV', () => {
  test('reads a CSV caseload, as assess --batch reads it, to the same ages, age bands and links as the same caseload in NDJSON', () => {
    const folder = temp();
    const ruleset = join(folder, 'ruleset.json');
    writeFileSync(ruleset, JSON.stringify(linkedTieredRuleset()));
    const records = syntheticScreenings().filter((record) => (record as { ref: string }).ref !== 'BAD');
    const summaryOf = (screenings: string): { ageBands: unknown; links: unknown } => {
      const batch = run('assess', '--batch', screenings, '--ruleset', ruleset, '--quiet');
      expect(batch.stderr).toBe('');
      expect(batch.status).toBe(0);
      const results = `${screenings}.results.ndjson`;
      writeFileSync(results, batch.stdout);
      const out = join(folder, `report-${screenings.endsWith('.csv') ? 'csv' : 'ndjson'}`);
      const report = run('report', results, '--screenings', screenings, '--ruleset', ruleset, '--as-of', '2026-02-01', '--out', out);
      expect(report.stderr).toBe('');
      expect(report.status).toBe(0);
      const summary = JSON.parse(readFileSync(join(out, 'caseload-summary.json'), 'utf8')) as { rulesets: { byAgeBand: unknown }[]; links: unknown };
      return { ageBands: summary.rulesets[0]?.byAgeBand, links: summary.links };
    };
    writeFileSync(join(folder, 'screenings.ndjson'), toNdjson(records));
    writeFileSync(join(folder, 'screenings.csv'), toCsv(records));
    const fromNdjson = summaryOf(join(folder, 'screenings.ndjson'));
    const fromCsv = summaryOf(join(folder, 'screenings.csv'));
    expect(fromCsv).toEqual(fromNdjson);
    expect(fromCsv.ageBands).toContainEqual({ band: 'unknown', count: 0 });
    expect((fromCsv.links as { groups: unknown[] }).groups).toHaveLength(2);
  });

  test('says what it needs for a CSV header the ruleset does not read, naming the column, never a cell', () => {
    const files = caseload();
    const screenings = join(files.folder, 'screenings.csv');
    writeFileSync(screenings, 'ref,ageYears,no-such-column\r\nA,14,CANARY\r\n');
    const done = run('report', files.results, '--screenings', screenings, '--ruleset', files.ruleset, '--as-of', '2026-02-01');
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('screenings[1].no-such-column unknown_key');
    expect(done.stderr).not.toContain('CANARY');
  });
});

describe('cse-screen links', () => {
  test('prints the groups as text and JSON, with the chain A–B–C flagged for the strategy meeting', () => {
    const files = caseload();
    const valid = join(files.folder, 'valid.ndjson');
    writeFileSync(valid, toNdjson(syntheticScreenings().filter((screening) => (screening as { ref: string }).ref !== 'BAD')));
    const text = run('links', valid, '--ruleset', files.ruleset);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('G1: 3 children: possible organised exploitation pattern');
    expect(text.stdout).toContain('G2: 2 children\n');
    expect(text.stdout).not.toContain(CANARY);
    const json = JSON.parse(run('links', valid, '--ruleset', files.ruleset, '--format', 'json').stdout) as { groups: { children: { ref: string }[] }[] };
    expect(json.groups.map((group) => group.children.map((child) => child.ref))).toEqual([['A', 'B', 'C'], ['E', 'G']]);
  });

  test('refuses a caseload with a screening that is not valid, or an association whose ref is not a token, without echoing it', () => {
    const files = caseload();
    expect(run('links', files.screenings, '--ruleset', files.ruleset).status).toBe(1);
    const raw = join(files.folder, 'raw.ndjson');
    writeFileSync(raw, toNdjson([{ ref: 'X', subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'person', ref: `${CANARY} Smith` }] }]));
    const done = run('links', raw, '--ruleset', files.ruleset);
    expect(done.status).toBe(1);
    expect(done.stderr).toContain('associations[0].ref');
    expect(done.stderr).not.toContain(CANARY);
    expect(done.stdout).toBe('');
  });
});

describe('cse-screen pseudonymise', () => {
  test('makes a key, replaces raw identifiers by refs that link the same vehicle written two ways, and never echoes an identifier', () => {
    const folder = temp();
    const key = join(folder, 'la.key');
    expect(run('pseudonymise', '--new-key', key).status).toBe(0);
    expect(run('pseudonymise', '--new-key', key).status).not.toBe(0);
    const raw = join(folder, 'raw.ndjson');
    const plate = `${CANARY.slice(0, 6)} 12 XYZ`;
    writeFileSync(raw, toNdjson([
      { ref: 'A', subject: { ageYears: 14 }, answers: {}, associations: [{ kind: 'vehicle', identifier: plate, role: 'transport' }] },
      { ref: 'B', subject: { ageYears: 15 }, answers: {}, associations: [{ kind: 'vehicle', identifier: plate.toLowerCase().replace(/ /g, '-') }] },
    ]));
    const out = join(folder, 'pseudonymised.ndjson');
    const done = run('pseudonymise', raw, '--key', key, '--out', out);
    expect(done.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).not.toContain('CANARY');
    const refs = written.trim().split('\n').map((line) => (JSON.parse(line) as { associations: { ref: string }[] }).associations[0]?.ref);
    expect(refs[0]).toMatch(/^veh-[0-9a-f]{40}$/);
    expect(refs[1]).toBe(refs[0]);

    writeFileSync(raw, toNdjson([{ ref: 'A', subject: {}, answers: {}, associations: [{ kind: 'lorry', identifier: `${CANARY} plate` }] }]));
    const refused = run('pseudonymise', raw, '--key', key, '--out', join(folder, 'never.ndjson'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('associations[0].kind invalid_value');
    expect(refused.stderr).not.toContain(CANARY);
    expect(existsSync(join(folder, 'never.ndjson'))).toBe(false);
    expect(existsSync(join(folder, 'never.ndjson.partial'))).toBe(false);
  });
});
