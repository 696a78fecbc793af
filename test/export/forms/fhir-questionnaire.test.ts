import { describe, expect, test } from 'vitest';
import type { FhirQuestionnaireItem } from '../../../src/export/fhir/fhir-types.js';
import { toFhirCodeSystem } from '../../../src/export/to-fhir-code-system.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { CseError, compileRuleset, type Screener } from '../../../src/index.js';
import { loadFixture } from '../../support/load-fixture.js';
import { validateR4 } from './fhir-r4-validator.js';
import { formScreeners } from './form-rulesets.js';

const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';

function flatten(items: readonly FhirQuestionnaireItem[]): FhirQuestionnaireItem[] {
  return items.flatMap((item) => [item, ...flatten(item.item ?? [])]);
}

function weightsOf(item: FhirQuestionnaireItem): (number | undefined)[] {
  return (item.answerOption ?? []).map((option) => {
    const extension = option.extension?.find((entry) => entry.url === ITEM_WEIGHT);
    return extension !== undefined && 'valueDecimal' in extension ? extension.valueDecimal : undefined;
  });
}

describe.each(formScreeners())('toFhirQuestionnaire on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const questionnaire = toFhirQuestionnaire(ruleset);
  const codeSystem = toFhirCodeSystem(ruleset);
  const items = flatten(questionnaire.item);

  test('is a valid FHIR R4 Questionnaire, and its CodeSystem a valid R4 CodeSystem (Medplum validator and the R4 JSON Schema)', () => {
    expect(validateR4(questionnaire)).toEqual([]);
    expect(validateR4(codeSystem)).toEqual([]);
  });

  test('states its FHIR version in meta.profile, and takes url, version and status from the ruleset', () => {
    expect(questionnaire.meta.profile).toEqual(['http://hl7.org/fhir/4.0/StructureDefinition/Questionnaire']);
    expect(questionnaire.url).toBe(`https://cse-screening.example/fhir/Questionnaire/${ruleset.meta.id}`);
    expect(questionnaire.version).toBe(ruleset.meta.version);
    expect(questionnaire.status).toBe('draft');
    expect(questionnaire.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/);
  });

  test('has a group per domain, in order, whose choice items are the indicators with their ids as linkIds', () => {
    const groups = questionnaire.item.filter((item) => item.linkId.startsWith('domain/'));
    const withIndicators = ruleset.domains.filter((domain) => ruleset.indicators.some((indicator) => indicator.domain === domain.id));
    expect(groups.map((group) => group.text)).toEqual(withIndicators.map((domain) => domain.label));
    groups.forEach((group, g) => {
      expect(group.type).toBe('group');
      expect((group.item ?? []).filter((item) => item.type === 'choice').map((item) => item.linkId))
        .toEqual(ruleset.indicators.filter((indicator) => indicator.domain === withIndicators[g]?.id).map((indicator) => indicator.id));
    });
    const linkIds = items.map((item) => item.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  test('requires nothing (unknown and unanswered are allowed) and shows every indicator as radio buttons with its guidance as help', () => {
    expect(items.filter((item) => item.type !== 'display' && item.required !== false)).toEqual([]);
    for (const item of items.filter((entry) => entry.type === 'choice')) {
      expect(item.extension).toContainEqual(expect.objectContaining({ url: ITEM_CONTROL, valueCodeableConcept: expect.objectContaining({ coding: [expect.objectContaining({ code: 'radio-button' })] }) }));
      expect(item.item?.[0]).toMatchObject({ type: 'display', text: ruleset.indicators.find((indicator) => indicator.id === item.linkId)?.guidance });
    }
  });

  test('codes every answer option from the ruleset\'s CodeSystem, whose canonical URL derives from the ruleset id', () => {
    expect(codeSystem.url).toBe(`https://cse-screening.example/fhir/CodeSystem/${ruleset.meta.id}-answers`);
    const codes = new Map(codeSystem.concept.map((concept) => [concept.code, concept.display]));
    for (const option of items.flatMap((item) => item.answerOption ?? [])) {
      expect(option.valueCoding.system).toBe(codeSystem.url);
      expect(codes.get(option.valueCoding.code)).toBe(option.valueCoding.display);
    }
  });

  test('puts an itemWeight only on the options of indicators a score weights, equal to what the engine adds for that answer alone', () => {
    const [score] = ruleset.scores;
    for (const item of items.filter((entry) => entry.type === 'choice')) {
      const weights = weightsOf(item);
      const weighted = score !== undefined && (item.answerOption ?? []).some((option) => {
        const value = option.valueCoding.code.startsWith(`${item.linkId}-`) ? Number(option.valueCoding.code.slice(item.linkId.length + 1)) : option.valueCoding.code;
        return (screener.screen({ subject: {}, answers: { [item.linkId]: value } }).scores[0]?.value ?? 0) > 0;
      });
      if (!weighted) {
        expect(weights.every((weight) => weight === undefined), item.linkId).toBe(true);
        continue;
      }
      (item.answerOption ?? []).forEach((option, o) => {
        const code = option.valueCoding.code;
        const value = code.startsWith(`${item.linkId}-`) ? Number(code.slice(item.linkId.length + 1)) : code;
        const added = screener.screen({ subject: {}, answers: { [item.linkId]: value } }).scores[0]?.value ?? 0;
        expect(weights[o], `${item.linkId} ${code}`).toBe(code === 'unknown' && added === 0 ? undefined : added);
      });
    }
  });
});

describe('toFhirQuestionnaire options and status', () => {
  const weighted = compileRuleset(loadFixture('weighted')).ruleset;

  test('weights the weighted fixture\'s significant and vulnerability items, not the risk items whose score term needs a time window', () => {
    const items = flatten(toFhirQuestionnaire(weighted).item);
    const weightedIds = items.filter((item) => weightsOf(item).some((weight) => weight !== undefined)).map((item) => item.linkId);
    expect(weightedIds).toEqual(weighted.indicators.filter((indicator) => indicator.kind !== 'risk').map((indicator) => indicator.id));
    expect(weightsOf(items.find((item) => item.linkId === 'exchanging-sex') as FhirQuestionnaireItem)).toEqual([5, 0, 0, undefined]);
  });

  test('weightScore picks another score: the ordinal area ratings weigh their own scores', () => {
    const items = flatten(toFhirQuestionnaire(weighted, { weightScore: 'area-score' }).item);
    expect(weightsOf(items.find((item) => item.linkId === 'online-rating') as FhirQuestionnaireItem)).toEqual([0, 1, 2, 3, undefined]);
    expect(() => toFhirQuestionnaire(weighted, { weightScore: 'no-such-score' })).toThrow(CseError);
  });

  test('legacyOrdinalValue also writes ordinalValue; canonicalBase moves every canonical URL', () => {
    const questionnaire = toFhirQuestionnaire(weighted, { legacyOrdinalValue: true, canonicalBase: 'https://example.org/fhir/' });
    const option = flatten(questionnaire.item).find((item) => item.linkId === 'exchanging-sex')?.answerOption?.[0];
    expect(option?.extension?.map((extension) => extension.url)).toEqual([ITEM_WEIGHT, ORDINAL_VALUE]);
    expect(option?.valueCoding.system).toBe('https://example.org/fhir/CodeSystem/fixture-weighted-answers');
    expect(questionnaire.url).toBe('https://example.org/fhir/Questionnaire/fixture-weighted');
    expect(validateR4(questionnaire)).toEqual([]);
  });

  test('an approved ruleset exports as an active, non-experimental Questionnaire', () => {
    const input = loadFixture('weighted');
    const approved = compileRuleset({ ...input, meta: { ...input.meta, status: 'approved' } }).ruleset;
    expect(toFhirQuestionnaire(approved)).toMatchObject({ status: 'active', experimental: false });
    expect(toFhirCodeSystem(approved)).toMatchObject({ status: 'active', experimental: false });
  });
});
