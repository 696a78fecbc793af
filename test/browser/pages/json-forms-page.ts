// An app that renders the checklist with JSON Forms 3 exactly as docs/forms.md says: the form schema, the
// UI schema, its own Ajv2020 with verbose errors, data starting as { subject: {}, answers: {} }, and either
// the material renderers, the vanilla renderers as they ship, or the vanilla renderers with the radio
// renderer docs/forms.md gives. Its Submit button keeps the data and errors on window.submitted.
import { and, isOneOfEnumControl, optionIs, rankWith, type ControlProps, type JsonFormsRendererRegistryEntry, type JsonSchema, type OwnPropsOfEnum, type UISchemaElement } from '@jsonforms/core';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { JsonForms, withJsonFormsOneOfEnumProps } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { toFormSchema, toJsonFormsUiSchema, type Ruleset } from '../../../src/index.js';

interface PageData { readonly ruleset: Ruleset; readonly renderers: 'material' | 'vanilla' | 'vanilla-unique-radios' }

// docs/forms.md, "JSON Forms with the vanilla renderers": radio buttons whose ids are unique on the page.
function UniqueRadios({ id, label, description, errors, options, data, path, handleChange, visible, enabled }: ControlProps & OwnPropsOfEnum): ReactElement | null {
  if (!visible) return null;
  return createElement('fieldset', { id, className: 'control' },
    createElement('legend', null, label),
    ...(options ?? []).map((option, index) => createElement('label', { key: index, htmlFor: `${id}-${String(index)}` },
      createElement('input', { type: 'radio', id: `${id}-${String(index)}`, name: id, checked: data === option.value, disabled: !enabled, onChange: () => handleChange(path, option.value) }),
      ` ${option.label}`)),
    createElement('div', { className: errors === '' ? 'description' : 'validation_error' }, errors === '' ? description : errors));
}
const uniqueRadios: JsonFormsRendererRegistryEntry = { tester: rankWith(4, and(isOneOfEnumControl, optionIs('format', 'radio'))), renderer: withJsonFormsOneOfEnumProps(UniqueRadios) };

const page = JSON.parse(document.getElementById('page-data')?.textContent ?? '{}') as PageData;
const schema = toFormSchema(page.ruleset, 'json-forms') as JsonSchema;
const uischema = toJsonFormsUiSchema(page.ruleset) as UISchemaElement;
const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
addFormats(ajv);
const [renderers, cells] = page.renderers === 'material' ? [materialRenderers, materialCells]
  : page.renderers === 'vanilla' ? [vanillaRenderers, vanillaCells] : [[...vanillaRenderers, uniqueRadios], vanillaCells];
const state = window as unknown as { submitted?: unknown; current: { data: unknown; errors: unknown[] } };

// The data a form starts from, given once: JSON Forms keeps the data itself and reports it through onChange.
const START = { subject: {}, answers: {} };

function App(): ReactElement {
  return createElement('div', null,
    createElement(JsonForms, {
      schema, uischema, data: START, renderers, cells, ajv,
      onChange: ({ data, errors }) => { state.current = { data, errors: errors ?? [] }; },
    }),
    createElement('button', { type: 'button', id: 'submit', onClick: () => { state.submitted = state.current; } }, 'Submit'));
}
createRoot(document.getElementById('root') as HTMLElement).render(createElement(App));
