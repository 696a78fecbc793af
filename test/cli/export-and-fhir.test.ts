import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import {
  compileRuleset, toAnswerSchema, toFhirCodeSystem, toFhirQuestionnaire, toFormSchema, toJsonFormsUiSchema, toRjsfUiSchema, type ScreeningInput,
} from '../../src/index.js';
import { toFormData } from '../export/forms/form-data.js';
import { loadDefaultRuleset } from '../export/forms/form-rulesets.js';
import { goldenCases } from '../export/forms/golden-cases.js';
import { lformsResponse } from '../export/forms/lforms-response.js';
import { loadFixture } from '../support/load-fixture.js';
import { plantCanary } from '../support/plant-canary.js';

// These tests spawn the BUILT binary, dist/cli.js (vitest's globalSetup runs tsup first).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const CANARY = 'CANARY-f0e1-forms';

function cse(args: readonly string[], stdin = ''): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'cse-screen-forms-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
function writeScratch(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const screener = compileRuleset(loadDefaultRuleset());
const questionnaire = toFhirQuestionnaire(screener.ruleset);
const cases = goldenCases();
/** Golden cases with a judgement and with time windows: what a form must carry back whole. */
const carried = ['"judgement"', '"agreedBy"', '"window"'].flatMap((member) => cases.filter(([, golden]) => JSON.stringify(golden.screening).includes(member)).slice(0, 2));

describe('cse-screen export', () => {
  const expected: [string, unknown][] = [
    ['questionnaire', questionnaire],
    ['code-system', toFhirCodeSystem(screener.ruleset)],
    ['answer-schema', toAnswerSchema(screener.ruleset)],
    ['json-forms', { schema: toFormSchema(screener.ruleset, 'json-forms'), uischema: toJsonFormsUiSchema(screener.ruleset) }],
    ['rjsf', { schema: toFormSchema(screener.ruleset, 'rjsf'), uiSchema: toRjsfUiSchema(screener.ruleset) }],
  ];

  test.each(expected)('export %s prints the export of the default ruleset as JSON, and --out writes the same to a file', (kind, value) => {
    const printed = cse(['export', kind]);
    expect([printed.code, printed.stderr]).toEqual([0, '']);
    expect(JSON.parse(printed.stdout)).toEqual(value);
    const out = join(scratch, `${kind}.json`);
    const written = cse(['export', kind, 'brighton-hove-cse', '--out', out]);
    expect([written.code, written.stdout, written.stderr]).toEqual([0, `wrote ${out}\n`, '']);
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
  });

  test('--canonical-base moves the canonical URLs of the questionnaire and the code system', () => {
    const run = cse(['export', 'questionnaire', '--canonical-base', 'https://fhir.example.org/safeguarding']);
    expect(JSON.parse(run.stdout)).toMatchObject({ url: `https://fhir.example.org/safeguarding/Questionnaire/${screener.ruleset.meta.id}` });
  });

  test('refuses an unknown kind, a bad --canonical-base and a bad ruleset, without echoing them', () => {
    for (const args of [['export'], ['export', CANARY], ['export', 'questionnaire', '--canonical-base', `http://${CANARY}`], ['export', 'rjsf', '--canonical-base', 'https://example.org']]) {
      const run = cse(args);
      expect([run.code, run.stdout]).toEqual([2, '']);
      expect(run.stderr).toMatch(/^cse-screen: \(root\) usage /);
      expect(run.stderr).not.toContain(CANARY);
    }
    const broken = plantCanary(loadFixture('tiered'), CANARY) as Record<string, unknown>;
    const run = cse(['export', 'questionnaire', writeScratch('broken-ruleset.json', { ...broken, levels: [] })]);
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });

  test('output to a place that cannot be written ends with exit 74 and file_unwritable, leaving nothing behind', () => {
    const blocker = writeScratch('not-a-folder', 'x');
    const run = cse(['export', 'questionnaire', '--out', join(blocker, 'q.json')]);
    expect([run.code, run.stdout]).toEqual([74, '']);
    expect(run.stderr).toMatch(/file_unwritable/);
    expect(existsSync(join(blocker, 'q.json'))).toBe(false);
  });
});

describe('cse-screen assess --input fhir', () => {
  test.each(carried)('%s through a QuestionnaireResponse, and through the RJSF or JSON Forms form data, gives exactly the CLI\'s result on the screening', (_file, golden) => {
    const direct = cse(['assess', writeScratch('direct.json', golden.screening), '--format', 'json']);
    expect(direct.code).toBe(0);
    const response = lformsResponse(questionnaire, golden.screening as ScreeningInput);
    const viaFhir = cse(['assess', writeScratch('response.json', response), '--input', 'fhir', '--format', 'json']);
    expect([viaFhir.code, viaFhir.stderr]).toEqual([0, direct.stderr]);
    expect(viaFhir.stdout).toBe(direct.stdout);
    const viaStdin = cse(['assess', '--input', 'fhir', '--format', 'json'], JSON.stringify(response));
    expect(viaStdin.stdout).toBe(direct.stdout);
    const viaForm = cse(['assess', writeScratch('form.json', toFormData(golden.screening)), '--format', 'json']);
    expect(viaForm.stdout).toBe(direct.stdout);
  });

  test('the response id is the result ref, read one at a time as in a batch', () => {
    const [, golden] = carried[0] ?? cases[0] ?? [];
    const response = { ...lformsResponse(questionnaire, golden?.screening as ScreeningInput), id: 'qr-301' };
    const single = cse(['assess', '--input', 'fhir', '--format', 'json'], JSON.stringify(response));
    expect([single.code, (JSON.parse(single.stdout) as { ref?: string }).ref]).toEqual([0, 'qr-301']);
    const batch = cse(['assess', '--batch', '--quiet', '--detail', 'full', '--input', 'fhir'], `${JSON.stringify(response)}\n`);
    const line = JSON.parse(batch.stdout) as { ref: string; result: { ref?: string } };
    expect([batch.code, line.ref, line.result.ref]).toEqual([0, 'qr-301', 'qr-301']);
  });

  test('refuses an empty response and one still in progress with their own codes (exit 1), never a "no concern" result', () => {
    const empty = cse(['assess', '--input', 'fhir'], JSON.stringify({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [] }));
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([1, '', 'cse-screen: item response_empty holds no answer: an empty form is not screened, and never read as "no concern"\n']);
    const [, golden] = carried[0] ?? cases[0] ?? [];
    const partial = lformsResponse(questionnaire, golden?.screening as ScreeningInput, 'in-progress');
    const run = cse(['assess', '--input', 'fhir', writeScratch('partial.json', partial)]);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^cse-screen: status response_in_progress /);
  });

  test('with --batch, reads NDJSON of responses: one line per response, each result or its issues, with the response id as ref', () => {
    const responses = carried.slice(0, 2).map(([file, golden]) => ({ ...lformsResponse(questionnaire, golden.screening as ScreeningInput), id: file }));
    const input = [...responses, { resourceType: 'QuestionnaireResponse', id: 'empty', status: 'completed' }].map((entry) => JSON.stringify(entry)).join('\n');
    const run = cse(['assess', '--batch', '--quiet', '--detail', 'full', '--input', 'fhir', writeScratch('responses.ndjson', `${input}\n`)]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; ref: string; result?: unknown; error?: { issues: { code: string }[] } });
    expect(lines.map((line) => [line.line, line.ref, line.error?.issues.map((issue) => issue.code) ?? 'result'])).toEqual([
      [1, carried[0]?.[0], 'result'], [2, carried[1]?.[0], 'result'], [3, 'empty', ['response_empty']],
    ]);
    const direct = cse(['assess', '--batch', '--quiet', writeScratch('screenings.ndjson', `${carried.slice(0, 2).map(([, golden]) => JSON.stringify(golden.screening)).join('\n')}\n`)]);
    // The level and the rules that fired, by id (the batch line format is not what this test is about).
    const gist = (result: unknown): unknown => {
      const { level, firedRules } = result as { level: string | { id: string }; firedRules: (string | { id: string })[] };
      return { level: typeof level === 'string' ? level : level.id, firedRules: firedRules.map((rule) => (typeof rule === 'string' ? rule : rule.id)) };
    };
    expect(lines.slice(0, 2).map((line) => gist(line.result))).toEqual(direct.stdout.trim().split('\n').map((line) => gist((JSON.parse(line) as { result: unknown }).result)));
  });

  test('never prints free text or values from a response: a canary in evidence, rationale, names, codes and linkIds reaches no output', () => {
    const [, golden] = carried[0] ?? [];
    const response = lformsResponse(questionnaire, {
      ...(golden?.screening as ScreeningInput),
      answers: { 'older-partner': { value: 'yes', evidence: CANARY } },
      judgement: { level: 'high', rationale: CANARY, by: CANARY, agreedBy: { role: 'designated-safeguarding-lead', name: CANARY } },
    });
    const good = cse(['assess', '--input', 'fhir', '--format', 'json', writeScratch('canary-good.json', response)]);
    expect(good.code).toBe(0);
    expect(good.stdout + good.stderr).not.toContain(CANARY);
    const bad = { ...response, questionnaire: CANARY, status: CANARY, item: [{ linkId: CANARY, answer: [{ valueCoding: { system: CANARY, code: CANARY } }] }, { linkId: 'older-partner', answer: [{ valueCoding: { system: CANARY, code: CANARY, display: CANARY } }] }] };
    for (const args of [['assess', '--input', 'fhir', writeScratch('canary-bad.json', bad)], ['assess', '--batch', '--input', 'fhir', writeScratch('canary-bad.ndjson', `${JSON.stringify(bad)}\n`)]]) {
      const run = cse(args);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(CANARY);
    }
  });
});
