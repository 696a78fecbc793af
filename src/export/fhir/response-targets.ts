import { assertNever } from '../../assert-never.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Indicator } from '../../schema/indicator.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { answerChoices } from './answer-choices.js';
import { isRecord, type ResponseItem } from './collect-response-items.js';
import { BASIS_CHOICES, FHIR_CODES, LINK_IDS } from './fhir-link-ids.js';

type Path = (string | number)[];

/** What a linkId of the exported Questionnaire stands for. */
export type ResponseTarget =
  | { readonly kind: 'indicator' | 'window' | 'basis' | 'evidence'; readonly indicator: Indicator }
  | { readonly kind: 'attribute' | 'context'; readonly id: string }
  | { readonly kind: 'ageYears' | 'dateOfBirth' | 'assessedOn' | 'level' | 'rationale' | 'by' | 'role' | 'name' };

/** A value read from a response item: one value, or a list for an item that repeats. */
export type ResponseValue = string | number | boolean | readonly string[];

/** The targets of every answerable linkId of the ruleset's Questionnaire. */
export function responseTargets(ruleset: Ruleset): Map<string, ResponseTarget> {
  const targets = new Map<string, ResponseTarget>([
    [LINK_IDS.ageYears, { kind: 'ageYears' }],
    [LINK_IDS.dateOfBirth, { kind: 'dateOfBirth' }],
    [LINK_IDS.assessedOn, { kind: 'assessedOn' }],
    [LINK_IDS.judgementLevel, { kind: 'level' }],
    [LINK_IDS.judgementRationale, { kind: 'rationale' }],
    [LINK_IDS.judgementBy, { kind: 'by' }],
    [LINK_IDS.agreedByRole, { kind: 'role' }],
    [LINK_IDS.agreedByName, { kind: 'name' }],
  ]);
  for (const indicator of ruleset.indicators) {
    targets.set(indicator.id, { kind: 'indicator', indicator });
    if (indicator.answer.kind === 'presence' && indicator.answer.windows.length > 0) targets.set(LINK_IDS.window(indicator.id), { kind: 'window', indicator });
    targets.set(LINK_IDS.basis(indicator.id), { kind: 'basis', indicator });
    targets.set(LINK_IDS.evidence(indicator.id), { kind: 'evidence', indicator });
  }
  for (const fact of ruleset.attributes) targets.set(LINK_IDS.attribute(fact.id), { kind: 'attribute', id: fact.id });
  for (const fact of ruleset.contextFacts) targets.set(LINK_IDS.context(fact.id), { kind: 'context', id: fact.id });
  return targets;
}

/**
 * Reads the answers of an item as the value its target takes, with the path of that value in the
 * response. Codings match by system and code only. Only time windows take several answers.
 */
export function readTargetValue(item: ResponseItem, target: ResponseTarget, ruleset: Ruleset, system: string): Safe<{ value: ResponseValue; path: Path }> {
  const at: Path = [...item.path, 'answer'];
  if (item.answers.length > 1 && target.kind !== 'window') return fail([{ code: 'invalid_value', path: at, message: 'holds more than one answer; this item takes one' }]);
  const answer = item.answers[0];
  const path: Path = [...at, 0];
  if (!isRecord(answer)) return fail([{ code: 'invalid_type', path, message: 'must be an object' }]);
  const typed = (member: string, ok: boolean, what: string): Safe<{ value: ResponseValue; path: Path }> =>
    (ok ? succeed({ value: answer[member] as string | number | boolean, path: [...path, member] })
      : fail([{ code: 'invalid_type', path, message: `must hold ${what} for this item` }]));
  const coded = (options: readonly { code: string; value: string | number }[]): Safe<{ value: ResponseValue; path: Path }> => {
    const coding = answer['valueCoding'];
    if (!isRecord(coding)) return fail([{ code: 'answer_not_in_scale', path, message: 'must hold a valueCoding from this item\'s answer options' }]);
    const found = options.find((option) => coding['system'] === system && coding['code'] === option.code);
    return found === undefined
      ? fail([{ code: 'answer_not_in_scale', path: [...path, 'valueCoding'], message: 'is not one of this item\'s answer options (matched by system and code)' }])
      : succeed({ value: found.value, path: [...path, 'valueCoding'] });
  };
  const text = (): Safe<{ value: ResponseValue; path: Path }> => typed('valueString', typeof answer['valueString'] === 'string', 'a valueString');
  switch (target.kind) {
    case 'indicator':
      return coded(answerChoices(target.indicator).map((choice) => ({ code: choice.code, value: choice.value })));
    case 'basis':
      return coded(BASIS_CHOICES.map((choice) => ({ code: FHIR_CODES.basis(choice.value), value: choice.value })));
    case 'level':
      return coded(ruleset.levels.map((level) => ({ code: FHIR_CODES.level(level.id), value: level.id })));
    case 'role': {
      const roles = ruleset.policy.judgement.agreementRoles;
      return roles.length === 0 ? text() : coded(roles.map((role) => ({ code: FHIR_CODES.role(role.id), value: role.id })));
    }
    case 'evidence':
    case 'rationale':
    case 'by':
    case 'name':
      return text();
    case 'attribute':
    case 'context':
      return typed('valueBoolean', typeof answer['valueBoolean'] === 'boolean', 'a valueBoolean');
    case 'ageYears':
      return typed('valueInteger', Number.isInteger(answer['valueInteger']), 'a whole-number valueInteger');
    case 'dateOfBirth':
    case 'assessedOn':
      return typed('valueDate', typeof answer['valueDate'] === 'string', 'a valueDate');
    case 'window':
      return readWindows(item, target.indicator, system);
    default:
      return assertNever(target);
  }
}

function readWindows(item: ResponseItem, indicator: Indicator, system: string): Safe<{ value: ResponseValue; path: Path }> {
  const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
  const values: string[] = [];
  for (const [a, answer] of item.answers.entries()) {
    const path: Path = [...item.path, 'answer', a];
    const coding = isRecord(answer) ? answer['valueCoding'] : undefined;
    const found = isRecord(coding) && coding['system'] === system ? windows.find((id) => coding['code'] === FHIR_CODES.window(id)) : undefined;
    if (found === undefined) return fail([{ code: 'unknown_window', path, message: 'is not one of the time windows this item offers (matched by system and code)' }]);
    if (!values.includes(found)) values.push(found);
  }
  return succeed({ value: values, path: [...item.path, 'answer'] });
}
