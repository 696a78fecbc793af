import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileRuleset, fromQuestionnaireResponse, toFhirQuestionnaire, toFhirRiskAssessment, type ScreeningInput } from '../../../src/index.js';
import { validateR4 } from './fhir-r4-validator.js';
import { loadDefaultRuleset } from './form-rulesets.js';
import { goldenCases } from './golden-cases.js';
import { lformsResponse } from './lforms-response.js';

const screener = compileRuleset(loadDefaultRuleset());
const { ruleset } = screener;
const questionnaire = toFhirQuestionnaire(ruleset);
const SYSTEM = 'https://cse-screening.example/fhir/CodeSystem/brighton-hove-cse-answers';
const EXTENSION = 'https://cse-screening.example/fhir/StructureDefinition/';

type Json = Record<string, unknown>;
const extensionOf = (resource: Json, name: string): Json | undefined => (resource['extension'] as Json[]).find((entry) => entry['url'] === `${EXTENSION}${name}`);
const part = (extension: Json | undefined, url: string): Json | undefined => (extension?.['extension'] as Json[] | undefined)?.find((entry) => entry['url'] === url);

describe('toFhirRiskAssessment', () => {
  test.each(goldenCases())('golden case %s: a Questionnaire response read back and screened gives a valid R4 RiskAssessment that keeps the level, computed level, judgement, rules, steps and ruleset', (_file, golden) => {
    const response = { ...lformsResponse(questionnaire, golden.screening as ScreeningInput), id: 'qr-1' };
    const read = fromQuestionnaireResponse(response, ruleset);
    if (!read.success) throw new Error(read.issues.map((issue) => issue.code).join(', '));
    const result = screener.screen(read.data);
    expect(JSON.stringify(result.pathway)).toBe(JSON.stringify(screener.screen(golden.screening).pathway));
    const assessment = toFhirRiskAssessment(result, { ruleset, ...(read.data.assessedOn === undefined ? {} : { assessedOn: read.data.assessedOn }), questionnaireResponse: 'QuestionnaireResponse/qr-1' });
    expect(validateR4(assessment)).toEqual([]);
    expect(assessment['basis']).toEqual([{ reference: 'QuestionnaireResponse/qr-1' }]);
    expect(assessment['subject']).toEqual({ identifier: { value: 'qr-1' } });
    expect(assessment['occurrenceDateTime']).toBe(golden.screening['assessedOn']);
    const [prediction] = assessment['prediction'] as Json[];
    expect((prediction?.['qualitativeRisk'] as { coding: Json[] }).coding).toEqual([{ system: SYSTEM, code: `level:${result.level.id}`, display: result.level.label }]);
    expect(prediction?.['rationale']).toBe(result.firedRules.length === 0 ? undefined : result.firedRules.map((rule) => rule.title).join('; '));
    expect(String(assessment['mitigation']).split('\n').length).toBe(result.pathway.length);
    expect(extensionOf(assessment, 'screening-computed-level')?.['valueCoding']).toMatchObject({ code: `level:${result.computedLevel.id}` });
    expect(part(extensionOf(assessment, 'screening-ruleset'), 'fingerprint')?.['valueString']).toBe(result.ruleset.fingerprint);
    const judgement = extensionOf(assessment, 'screening-judgement');
    expect(judgement === undefined).toBe(result.judgement === undefined);
    if (result.judgement !== undefined) {
      expect(part(judgement, 'level')?.['valueCoding']).toMatchObject({ code: `level:${result.judgement.level.id}` });
      expect(part(judgement, 'applied')?.['valueBoolean']).toBe(result.judgement.applied);
      expect(part(judgement, 'notAppliedBecause')?.['valueString']).toBe(result.judgement.notAppliedBecause);
    }
    expect(assessment['status']).toBe('preliminary');
  });

  test('the subject given by the app is used, and the assessment carries no free text of the screening', () => {
    const result = screener.screen({ ref: 'case-42', assessedOn: '2026-11-28', subject: { ageYears: 14 }, answers: { 'older-partner': { value: 'yes', evidence: 'seen with a man of thirty' } },
      judgement: { level: 'high', rationale: 'private reasons' } }, { includeFreeText: true });
    const assessment = toFhirRiskAssessment(result, { ruleset, subject: { reference: 'Patient/7' } });
    expect(assessment['subject']).toEqual({ reference: 'Patient/7' });
    expect(assessment['identifier']).toEqual([{ value: 'case-42' }]);
    expect(JSON.stringify(assessment)).not.toMatch(/thirty|private reasons/);
    expect(validateR4(assessment)).toEqual([]);
  });
});

describe('cse-screen (the built dist/cli.js)', () => {
  const run = (args: string[]): { status: number | null; stdout: string; stderr: string } => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000 });

  test('assess --input fhir --output fhir prints a valid RiskAssessment whose basis is the QuestionnaireResponse read', () => {
    const [, golden] = goldenCases().find(([file]) => file.startsWith('070-')) ?? [];
    if (golden === undefined) throw new Error('no case 070');
    const file = join(mkdtempSync(join(tmpdir(), 'cse-fhir-')), 'response.json');
    writeFileSync(file, JSON.stringify({ ...lformsResponse(questionnaire, golden.screening as ScreeningInput), id: 'qr-70' }));
    const ran = run(['assess', '--input', 'fhir', file, '--output', 'fhir']);
    expect(ran.status, ran.stderr).toBe(0);
    const assessment = JSON.parse(ran.stdout) as Json;
    expect(assessment['basis']).toEqual([{ reference: 'QuestionnaireResponse/qr-70' }]);
    expect(validateR4(assessment as { resourceType: string })).toEqual([]);
    expect(run(['assess', file, '--output', 'fhir', '--format', 'json']).status).toBe(2);
  });

  test('export govuk-html prints the GOV.UK form page', () => {
    const ran = run(['export', 'govuk-html']);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^<!DOCTYPE html><html lang="en-GB" class="govuk-template">/);
    expect(ran.stdout).toContain('<link rel="stylesheet" href="govuk-frontend.min.css">');
  });
});
