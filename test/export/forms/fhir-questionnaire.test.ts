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
  const indicatorIds = new Set(ruleset.indicators.map((indicator) => indicator.id));
  const indicatorItems = items.filter((item) => indicatorIds.has(item.linkId));

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
    for (const item of indicatorItems) {
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
    for (const item of indicatorItems) {
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

describe.each(formScreeners())('toFhirQuestionnaire carries the whole screening on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const questionnaire = toFhirQuestionnaire(ruleset);
  const items = flatten(questionnaire.item);
  const item = (linkId: string): FhirQuestionnaireItem | undefined => items.find((entry) => entry.linkId === linkId);
  const system = toFhirCodeSystem(ruleset).url;

  test('opens with a display item saying the ruleset is a draft that has not been signed off', () => {
    expect(questionnaire.item[0]).toMatchObject({ linkId: 'ruleset/status', type: 'display' });
    expect(questionnaire.item[0]?.text).toMatch(/^DRAFT: .* has not been signed off for live use/);
  });

  test('gives every subject attribute and context fact the ruleset describes its description as help', () => {
    for (const [prefix, facts] of [['subject/attributes/', ruleset.attributes], ['context/', ruleset.contextFacts]] as const) {
      for (const fact of facts) {
        const help = item(`${prefix}${fact.id}`)?.item?.[0];
        if (fact.description === undefined) continue;
        expect(help).toMatchObject({ type: 'display', text: fact.description, extension: [expect.objectContaining({ url: ITEM_CONTROL })] });
      }
    }
  });

  test('asks the time windows of each windowed indicator (several may be ticked), its basis and evidence, enabled only when it is answered yes or possible, or scores above zero', () => {
    for (const indicator of ruleset.indicators) {
      const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
      const window = item(`${indicator.id}/window`);
      if (windows.length === 0) expect(window).toBeUndefined();
      else {
        expect(window).toMatchObject({ type: 'choice', repeats: true, required: false });
        expect(window?.answerOption?.map((option) => option.valueCoding.code)).toEqual(windows.map((id) => `window:${id}`));
      }
      expect(item(`${indicator.id}/basis`)?.answerOption?.map((option) => option.valueCoding.code)).toEqual(['basis:evidence', 'basis:professional-concern']);
      expect(item(`${indicator.id}/evidence`)).toMatchObject({ type: 'text', required: false });
      for (const detail of [window, item(`${indicator.id}/basis`), item(`${indicator.id}/evidence`)].filter((entry) => entry !== undefined)) {
        const concerns = indicator.answer.kind === 'presence'
          ? [{ code: 'yes', display: 'Yes' }, { code: 'possible', display: 'Possible' }]
          : indicator.answer.scores.filter((entry) => entry.score > 0).map((entry) => ({ code: `${indicator.id}-${entry.score}`, display: entry.label }));
        expect(concerns.length).toBeGreaterThan(0);
        expect(detail.enableWhen).toEqual(concerns.map((coding) => ({ question: indicator.id, operator: '=', answerCoding: { system, ...coding } })));
        expect(detail.enableBehavior).toBe(concerns.length > 1 ? 'any' : undefined);
      }
    }
  });

  test('ends with the professional judgement: the level as radio buttons of the ruleset\'s levels, why, by whom, and who agreed it', () => {
    const group = questionnaire.item.at(-1);
    expect(group?.linkId).toBe('group/judgement');
    const roles = ruleset.policy.judgement.agreementRoles;
    expect(group?.item?.map((entry) => [entry.linkId, entry.type])).toEqual([
      ['judgement/level', 'choice'], ['judgement/rationale', 'text'], ['judgement/by', 'string'],
      ['judgement/agreedBy/role', roles.length === 0 ? 'string' : 'choice'], ['judgement/agreedBy/name', 'string'],
    ]);
    if (roles.length > 0) expect(item('judgement/agreedBy/role')?.answerOption?.map((option) => option.valueCoding.display)).toEqual(roles.map((role) => role.label));
    expect(item('judgement/level')?.answerOption?.map((option) => option.valueCoding.display)).toEqual(ruleset.levels.map((level) => level.label));
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

  test('an approved ruleset exports as an active, non-experimental Questionnaire whose notice says who signed it off', () => {
    const input = loadFixture('weighted');
    const signOff = { name: 'A Lead', role: 'Head of safeguarding', date: '2026-11-01', decision: 'approved' as const };
    const approved = compileRuleset({ ...input, meta: { ...input.meta, status: 'approved', signOff } }).ruleset;
    expect(toFhirQuestionnaire(approved)).toMatchObject({ status: 'active', experimental: false });
    expect(toFhirQuestionnaire(approved).item[0]?.text).toMatch(/^Signed off: .*, approved by A Lead \(Head of safeguarding\) on 2026-11-01\./);
    expect(toFhirCodeSystem(approved)).toMatchObject({ status: 'active', experimental: false });
  });

  test('a ruleset sets its own canonical base; an option given when exporting wins over it', () => {
    const input = loadFixture('weighted');
    const published = compileRuleset({ ...input, meta: { ...input.meta, canonicalBase: 'https://fhir.example.org/safeguarding' } }).ruleset;
    expect(toFhirQuestionnaire(published).url).toBe('https://fhir.example.org/safeguarding/Questionnaire/fixture-weighted');
    expect(toFhirCodeSystem(published).url).toBe('https://fhir.example.org/safeguarding/CodeSystem/fixture-weighted-answers');
    expect(toFhirQuestionnaire(published, { canonicalBase: 'https://other.example.org' }).url).toBe('https://other.example.org/Questionnaire/fixture-weighted');
    expect(compileRuleset.bind(null, { ...input, meta: { ...input.meta, canonicalBase: 'http://insecure.example.org' } })).toThrow(CseError);
  });

  test('with agreement roles in the ruleset, who agreed a judgement is chosen from them as radio buttons', () => {
    const input = loadFixture('weighted');
    const roles = [{ id: 'designated-safeguarding-lead', label: 'Designated safeguarding lead' }, { id: 'team-manager', label: 'Team manager' }];
    const withRoles = compileRuleset({ ...input, policy: { ...input.policy, judgement: { agreementRoles: roles } } }).ruleset;
    const role = flatten(toFhirQuestionnaire(withRoles).item).find((entry) => entry.linkId === 'judgement/agreedBy/role');
    expect(role?.type).toBe('choice');
    expect(role?.answerOption?.map((option) => [option.valueCoding.code, option.valueCoding.display])).toEqual(roles.map((entry) => [`role:${entry.id}`, entry.label]));
    expect(toFhirCodeSystem(withRoles).concept.map((concept) => concept.code)).toEqual(expect.arrayContaining(['role:team-manager', `level:${withRoles.levels[0]?.id ?? ''}`]));
  });
});
