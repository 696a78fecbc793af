import { escapeHtml } from '../rulebook/escape-html.js';
import { fieldId, valueOf, valuesOf, type GovukFormFields } from './govuk-fields.js';
import type { GovukMessages } from './govuk-messages.js';

/** What every component needs: the message table, the values to show again, and the error text by field id. */
export interface GovukContext {
  readonly messages: GovukMessages;
  readonly values: GovukFormFields | undefined;
  readonly errors: ReadonlyMap<string, string>;
}

/** One option of a group of radios or check boxes; `conditional` is HTML revealed while it is chosen. */
export interface GovukOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  readonly conditional?: string;
}

/** A question's legend, hint and error, and the ids that describe it. */
interface Frame {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string | undefined;
  readonly size?: 's' | 'm' | undefined;
}

const text = escapeHtml;

function errorOf(context: GovukContext, id: string): string | undefined {
  return context.errors.get(id);
}

/** The error message of a field, as GOV.UK Frontend writes it. */
function errorMessage(context: GovukContext, id: string): string {
  const error = errorOf(context, id);
  return error === undefined ? '' : `<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">${text(context.messages.errorPrefix)}</span> ${text(error)}</p>`;
}

function describedBy(context: GovukContext, id: string, hint: string | undefined): string {
  const ids = [...(hint === undefined ? [] : [`${id}-hint`]), ...(errorOf(context, id) === undefined ? [] : [`${id}-error`])];
  return ids.length === 0 ? '' : ` aria-describedby="${ids.join(' ')}"`;
}

function group(context: GovukContext, id: string, body: string): string {
  return `<div class="govuk-form-group${errorOf(context, id) === undefined ? '' : ' govuk-form-group--error'}">${body}</div>`;
}

function legend(frame: Frame): string {
  return `<legend class="govuk-fieldset__legend govuk-fieldset__legend--${frame.size ?? 's'}">${text(frame.legend)}</legend>`;
}

/** GOV.UK radios (or check boxes) in a fieldset, each option with its hint and conditional reveal. */
export function choices(context: GovukContext, frame: Frame, kind: 'radios' | 'checkboxes', options: readonly GovukOption[], inline = false): string {
  const id = fieldId(frame.name);
  const chosen = valuesOf(context.values, frame.name);
  const items = options.map((option, index) => {
    const optionId = fieldId(frame.name, index);
    const hintId = `${optionId}-item-hint`;
    const conditionalId = `conditional-${optionId}`;
    const checked = chosen.includes(option.value);
    return `<div class="govuk-${kind}__item">`
      + `<input class="govuk-${kind}__input" id="${optionId}" name="${text(frame.name)}" type="${kind === 'radios' ? 'radio' : 'checkbox'}" value="${text(option.value)}"${checked ? ' checked' : ''}`
      + `${option.hint === undefined ? '' : ` aria-describedby="${hintId}"`}${option.conditional === undefined ? '' : ` data-aria-controls="${conditionalId}"`}>`
      + `<label class="govuk-label govuk-${kind}__label" for="${optionId}">${text(option.label)}</label>`
      + `${option.hint === undefined ? '' : `<div id="${hintId}" class="govuk-hint govuk-${kind}__hint">${text(option.hint)}</div>`}</div>`
      + (option.conditional === undefined ? ''
        : `<div class="govuk-${kind}__conditional${checked ? '' : ` govuk-${kind}__conditional--hidden`}" id="${conditionalId}">${option.conditional}</div>`);
  }).join('');
  return group(context, id, `<fieldset class="govuk-fieldset"${describedBy(context, id, frame.hint)}>${legend(frame)}`
    + `${frame.hint === undefined ? '' : `<div id="${id}-hint" class="govuk-hint">${text(frame.hint)}</div>`}${errorMessage(context, id)}`
    + `<div class="govuk-${kind}${inline ? ` govuk-${kind}--inline` : ''} govuk-${kind}--small" data-module="govuk-${kind}">${items}</div></fieldset>`);
}

/** A GOV.UK text input or textarea with its label, hint and error. */
export function textField(context: GovukContext, name: string, label: string, options: { hint?: string; multiline?: boolean; width?: string; numeric?: boolean } = {}): string {
  const id = fieldId(name);
  const value = valueOf(context.values, name) ?? '';
  const error = errorOf(context, id) === undefined ? '' : options.multiline === true ? ' govuk-textarea--error' : ' govuk-input--error';
  const field = options.multiline === true
    ? `<textarea class="govuk-textarea${error}" id="${id}" name="${text(name)}" rows="3"${describedBy(context, id, options.hint)}>${text(value)}</textarea>`
    : `<input class="govuk-input${options.width === undefined ? '' : ` govuk-input--width-${options.width}`}${error}" id="${id}" name="${text(name)}" type="text"`
      + `${options.numeric === true ? ' inputmode="numeric" spellcheck="false"' : ''} autocomplete="off" value="${text(value)}"${describedBy(context, id, options.hint)}>`;
  return group(context, id, `<label class="govuk-label" for="${id}">${text(label)}</label>`
    + `${options.hint === undefined ? '' : `<div id="${id}-hint" class="govuk-hint">${text(options.hint)}</div>`}${errorMessage(context, id)}${field}`);
}

/** The GOV.UK date input: day, month and year fields in one fieldset; the first field's id is the date's. */
export function dateInput(context: GovukContext, names: { day: string; month: string; year: string }, legendText: string, hint: string): string {
  const id = fieldId(names.day);
  const error = errorOf(context, id) === undefined ? '' : ' govuk-input--error';
  const part = (name: string, label: string, width: string): string =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${fieldId(name)}">${text(label)}</label>`
    + `<input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error}" id="${fieldId(name)}" name="${text(name)}" type="text" inputmode="numeric" autocomplete="off" value="${text(valueOf(context.values, name) ?? '')}"></div></div>`;
  return group(context, id, `<fieldset class="govuk-fieldset" role="group"${describedBy(context, id, hint)}>${legend({ name: names.day, legend: legendText, size: 's' })}`
    + `<div id="${id}-hint" class="govuk-hint">${text(hint)}</div>${errorMessage(context, id)}<div class="govuk-date-input" id="${id}-input">`
    + `${part(names.day, context.messages.day, '2')}${part(names.month, context.messages.month, '2')}${part(names.year, context.messages.year, '4')}</div></fieldset>`);
}
