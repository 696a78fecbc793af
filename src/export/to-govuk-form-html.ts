import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { checklistSections, factQuestion, judgementSection } from './govuk/checklist-sections.js';
import { dateInput, textField, type GovukContext } from './govuk/govuk-components.js';
import { GOVUK_FIELDS, type GovukFormFields } from './govuk/govuk-fields.js';
import { fillMessage, GOVUK_MESSAGES_EN, type GovukMessages } from './govuk/govuk-messages.js';
import { escapeHtml } from './rulebook/escape-html.js';
import { govukFieldErrors, toGovukErrorSummaryHtml } from './to-govuk-error-summary-html.js';
import { toGovukResultHtml } from './to-govuk-result-html.js';

/** How to write the GOV.UK form page. */
export interface GovukFormOptions {
  /** The GOV.UK Frontend stylesheet (govuk-frontend/dist/govuk/govuk-frontend.min.css), served by the app. */
  readonly stylesheetHref: string;
  /** The app's module script, served by the app: it starts GOV.UK Frontend and the live result. Left out, the page has no script. */
  readonly scriptHref?: string;
  /** Where the form is sent (POST): a server reads it with `fromGovukFormData`. Default: the page itself. */
  readonly action?: string;
  /** The message table: English by default; a translator supplies another edition. */
  readonly messages?: GovukMessages;
  /** The fields as submitted, to show them again (after an error, or with a result). */
  readonly values?: GovukFormFields;
  /** Problems to show in the error summary and at their fields: those of `fromGovukFormData` or `screener.safeScreen`. */
  readonly issues?: readonly Issue[];
  /** A result to show in the result summary (`screener.screen`). */
  readonly result?: unknown;
  /** The page's icon (a favicon), served by the app. */
  readonly iconHref?: string;
  /** Where the app's script fetches the ruleset JSON for the live result; written on the form as `data-ruleset-href`. */
  readonly rulesetHref?: string;
}

/**
 * A whole HTML page with the ruleset's checklist as a GOV.UK Design System form (GOV.UK Frontend markup):
 * the ruleset's draft or sign-off notice; the child (age, date of birth and date of assessment as day,
 * month and year, the attributes); a section per domain with each question as radios, its guidance as the
 * hint, and the time windows, basis and evidence of a yes or possible answer in a conditional reveal; the
 * case facts; the professional judgement with who agreed it; an error summary linked to the fields; and a
 * result region. It works without JavaScript (a plain POST that a server reads with `fromGovukFormData`)
 * and holds no inline script or style, so it runs under a strict Content-Security-Policy
 * (`default-src 'self'`). Every text comes from the ruleset or the message table.
 * @example
 * const html = toGovukFormHtml(ruleset, { stylesheetHref: '/govuk-frontend.min.css', scriptHref: '/live.js' });
 */
export function toGovukFormHtml(ruleset: Ruleset, options: GovukFormOptions): string {
  const messages = options.messages ?? GOVUK_MESSAGES_EN;
  const issues = options.issues ?? [];
  const errors = govukFieldErrors(issues, messages);
  const context: GovukContext = { messages, values: options.values, errors };
  const status = ruleset.meta.status === 'approved' ? messages.approvedNotice : messages.draftNotice;
  const dates = (which: 'dateOfBirth' | 'assessedOn', legend: string, hint: string): string =>
    dateInput(context, { day: GOVUK_FIELDS.date(which, 'day'), month: GOVUK_FIELDS.date(which, 'month'), year: GOVUK_FIELDS.date(which, 'year') }, legend, hint);
  const form = `<form id="screening" method="post" action="${escapeHtml(options.action ?? '')}" novalidate`
    + `${options.rulesetHref === undefined ? '' : ` data-ruleset-href="${escapeHtml(options.rulesetHref)}"`}>`
    + `<section class="govuk-!-margin-bottom-8" aria-labelledby="child-heading"><h2 class="govuk-heading-l" id="child-heading">${escapeHtml(messages.childHeading)}</h2>`
    + textField(context, GOVUK_FIELDS.age, messages.ageLabel, { hint: messages.ageHint, width: '3', numeric: true })
    + dates('dateOfBirth', messages.dateOfBirthLegend, messages.dateOfBirthHint)
    + dates('assessedOn', messages.assessedOnLegend, messages.assessedOnHint)
    + ruleset.attributes.map((fact) => factQuestion(context, GOVUK_FIELDS.attribute(fact.id), fact)).join('')
    + '</section>'
    + checklistSections(context, ruleset)
    + (ruleset.contextFacts.length === 0 ? '' : `<section class="govuk-!-margin-bottom-8" aria-labelledby="case-heading"><h2 class="govuk-heading-l" id="case-heading">${escapeHtml(messages.caseHeading)}</h2>`
      + ruleset.contextFacts.map((fact) => factQuestion(context, GOVUK_FIELDS.context(fact.id), fact)).join('') + '</section>')
    + judgementSection(context, ruleset)
    + `<button type="submit" class="govuk-button" data-module="govuk-button" id="see-result">${escapeHtml(messages.submit)}</button></form>`;
  const errorSummary = toGovukErrorSummaryHtml(issues, messages);
  const result = options.result === undefined ? `<p class="govuk-body" id="result-empty">${escapeHtml(issues.length > 0 ? messages.resultNotScreened : messages.resultEmpty)}</p>`
    : toGovukResultHtml(options.result, ruleset, messages);
  return '<!DOCTYPE html>'
    + `<html lang="${escapeHtml(messages.lang)}" class="govuk-template"><head><meta charset="utf-8"><title>${escapeHtml(ruleset.meta.title)}</title>`
    + '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">'
    + `<link rel="stylesheet" href="${escapeHtml(options.stylesheetHref)}">`
    + `${options.iconHref === undefined ? '' : `<link rel="icon" href="${escapeHtml(options.iconHref)}">`}`
    + `${options.scriptHref === undefined ? '' : `<script type="module" src="${escapeHtml(options.scriptHref)}"></script>`}</head>`
    + `<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">${escapeHtml(messages.skipLink)}</a>`
    + `<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__content">`
    + `<span class="govuk-header__service-name">${escapeHtml(ruleset.meta.title)}</span></div></div></header>`
    + `<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">`
    + `<h1 class="govuk-heading-xl">${escapeHtml(ruleset.meta.title)}</h1>`
    + `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text">`
    + `<span class="govuk-visually-hidden">${escapeHtml(messages.warningPrefix)}</span> ${escapeHtml(fillMessage(status, { approval: ruleset.meta.approval }))}</strong></div>`
    + `<p class="govuk-body">${escapeHtml(messages.decisionSupport)}</p>`
    + `<div id="error-summary-region">${errorSummary}</div><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">${form}</div>`
    + `<div class="govuk-grid-column-one-third"><div id="result" aria-live="polite">${result}</div></div></div>`
    + '</main></div></body></html>';
}
