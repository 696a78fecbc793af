// An app that renders the checklist with react-jsonschema-form 6 exactly as docs/forms.md says, and
// keeps what RJSF submits on window.submitted. Bundled for Chromium by test/browser/rjsf-form.test.ts.
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createElement, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import { toAnswerSchema, toFormSchema, toRjsfUiSchema, type Ruleset } from '../../../src/index.js';

interface PageData { readonly ruleset: Ruleset; readonly schema: 'form' | 'answer' }

const data = JSON.parse(document.getElementById('page-data')?.textContent ?? '{}') as PageData;
const schema = (data.schema === 'answer' ? toAnswerSchema(data.ruleset) : toFormSchema(data.ruleset, 'rjsf')) as RJSFSchema;
const form = createRef<Form>();
const page = window as unknown as { submitted?: unknown; changes: number; formState: () => unknown };
page.changes = 0;
page.formState = () => form.current?.state.formData;

createRoot(document.getElementById('root') as HTMLElement).render(createElement(Form, {
  ref: form,
  schema,
  // The answer schema as someone might try it: as it is, with no uiSchema.
  uiSchema: (data.schema === 'answer' ? {} : toRjsfUiSchema(data.ruleset)) as UiSchema,
  validator: customizeValidator({ AjvClass: Ajv2020 }),
  onChange: () => { page.changes += 1; },
  onSubmit: ({ formData }) => { page.submitted = formData; document.body.dataset['submitted'] = 'true'; },
}));
