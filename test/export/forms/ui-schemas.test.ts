import {
  Actions, Generate, and, coreReducer, createAjv, createLabelDescriptionFrom, isOneOfEnumControl, optionIs, resolveSchema,
  toDataPath, type ControlElement, type JsonSchema, type UISchemaElement,
} from '@jsonforms/core';
import { describe, expect, test } from 'vitest';
import { toFormSchema } from '../../../src/export/to-form-schema.js';
import { toJsonFormsUiSchema, type JsonFormsControl, type JsonFormsLayout } from '../../../src/export/to-json-forms-ui-schema.js';
import { toRjsfUiSchema } from '../../../src/export/to-rjsf-ui-schema.js';
import type { Screener } from '../../../src/index.js';
import { formScreeners, strictAjv } from './form-rulesets.js';

type Schema = Record<string, unknown>;

function controls(layout: JsonFormsLayout): JsonFormsControl[] {
  return layout.elements.flatMap((group) => group.elements);
}

/** Every property path of an object schema, as JSON Forms scopes. */
function leafScopes(schema: Schema, scope = '#'): string[] {
  if (schema['type'] !== 'object') return [scope];
  return Object.entries((schema['properties'] ?? {}) as Record<string, Schema>)
    .flatMap(([key, child]) => (child['type'] === 'object' && key !== 'ruleset' ? leafScopes(child, `${scope}/properties/${key}`) : [`${scope}/properties/${key}`]));
}

describe.each(formScreeners())('the form UI schemas on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const schema = toFormSchema(ruleset, 'json-forms') as JsonSchema;
  const uischema = toJsonFormsUiSchema(ruleset);

  test('JSON Forms core loads schema and UI schema with an Ajv2020 instance, and keys a wrong code by its field', () => {
    const ajv = strictAjv({ verbose: true });
    const [first] = ruleset.indicators;
    if (first === undefined) throw new Error('a ruleset has indicators');
    const state = coreReducer(undefined, Actions.init({ subject: {}, answers: { [first.id]: { value: 'maybe' } } }, schema, uischema as UISchemaElement, { ajv }));
    expect(state.schema).toBe(schema);
    expect(state.errors?.map((error) => error.instancePath)).toContain(`/answers/${first.id}/value`);
    const fixed = coreReducer(state, Actions.update(toDataPath(`#/properties/answers/properties/${first.id}/properties/value`), () => 'unknown'));
    expect(fixed.errors).toEqual([]);
  });

  test('JSON Forms\' built-in draft-07 Ajv refuses the 2020-12 schema: the app must pass its own Ajv2020', () => {
    expect(() => createAjv().compile(schema)).toThrow(/2020-12/);
  });

  test('every Control scope resolves to a property of the answer schema, and every property has a control', () => {
    const scopes = controls(uischema).map((control) => control.scope);
    for (const scope of scopes) expect(resolveSchema(schema, scope, schema), scope).toBeDefined();
    expect(new Set(scopes).size).toBe(scopes.length);
    expect([...scopes].sort()).toEqual(leafScopes(schema as Schema).filter((scope) => !scope.endsWith('/ref') && !scope.endsWith('/ruleset')).sort());
  });

  test('groups the indicator controls by domain, in order, each one a radio group labelled with the question', () => {
    expect(uischema.type).toBe('VerticalLayout');
    const domainGroups = uischema.elements.filter((group) => group.type === 'Group' && ruleset.domains.some((domain) => domain.label === group.label));
    expect(domainGroups.map((group) => group.label)).toEqual(
      ruleset.domains.filter((domain) => ruleset.indicators.some((indicator) => indicator.domain === domain.id)).map((domain) => domain.label));
    const radio = and(isOneOfEnumControl, optionIs('format', 'radio'));
    for (const indicator of ruleset.indicators) {
      const control = controls(uischema).find((entry) => entry.scope === `#/properties/answers/properties/${indicator.id}/properties/value`) as ControlElement;
      expect(radio(control, schema, { rootSchema: schema, config: {} })).toBe(true);
      expect(createLabelDescriptionFrom(control, resolveSchema(schema, control.scope, schema)).text).toBe(indicator.text);
    }
  });

  test('JSON Forms can generate a default UI schema from the answer schema too', () => {
    expect(() => Generate.uiSchema(schema)).not.toThrow();
  });

  test('the RJSF uiSchema orders every property of every object, and uses radios for indicators and check boxes for time windows', () => {
    const ui = toRjsfUiSchema(ruleset) as Record<string, Record<string, unknown>>;
    const rjsfSchema = toFormSchema(ruleset, 'rjsf') as Schema;
    const properties = rjsfSchema['properties'] as Record<string, Schema>;
    // RJSF's orderProperties throws unless ui:order lists exactly the schema's properties (or holds '*').
    const order = (uiNode: Record<string, unknown> | undefined, schemaNode: Schema | undefined): void => {
      expect([...(uiNode?.['ui:order'] as string[])].sort()).toEqual(Object.keys((schemaNode?.['properties'] ?? {}) as object).sort());
    };
    order(ui, rjsfSchema);
    order(ui['subject'], properties['subject']);
    order(ui['subject']?.['attributes'] as Record<string, unknown>, (properties['subject']?.['properties'] as Record<string, Schema>)['attributes']);
    order(ui['answers'], properties['answers']);
    order(ui['context'], properties['context']);
    order(ui['judgement'], properties['judgement']);
    order(ui['judgement']?.['agreedBy'] as Record<string, unknown>, (properties['judgement']?.['properties'] as Record<string, Schema>)['agreedBy']);
    order(ui['ruleset'], properties['ruleset']);
    const answers = properties['answers']?.['properties'] as Record<string, Schema>;
    for (const indicator of ruleset.indicators) {
      const answerUi = ui['answers']?.[indicator.id] as Record<string, unknown>;
      order(answerUi, answers[indicator.id]);
      expect(answerUi['value']).toMatchObject({ 'ui:widget': 'radio' });
      if (indicator.answer.kind === 'presence' && indicator.answer.windows.length > 0) expect(answerUi['window']).toMatchObject({ 'ui:widget': 'checkboxes' });
    }
    expect(JSON.stringify(ui)).not.toMatch(/"x-/);
  });
});
