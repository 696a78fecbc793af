import type { Issue } from '../schema/issue.js';
import { fieldIdOfPath } from './govuk/govuk-fields.js';
import { fillMessage, GOVUK_MESSAGES_EN, type GovukMessages } from './govuk/govuk-messages.js';
import { escapeHtml } from './rulebook/escape-html.js';

/** The error text of each field an issue points into, by field id (the first issue of a field wins). */
export function govukFieldErrors(issues: readonly Issue[], messages: GovukMessages): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const id = fieldIdOfPath(issue.path);
    if (id !== undefined && !errors.has(id)) errors.set(id, govukIssueText(issue, messages));
  }
  return errors;
}

function govukIssueText(issue: Issue, messages: GovukMessages): string {
  return fillMessage(messages.errors[issue.code] ?? messages.errors.fallback, { field: issue.path.join('.') });
}

/**
 * The GOV.UK error summary of a form's issues (from `fromGovukFormData` or `screener.safeScreen`): a
 * titled list whose links go to the field each issue points into (the form itself where none does).
 * Texts come from the message table by issue code; none quotes a value. Empty when there is no issue.
 */
export function toGovukErrorSummaryHtml(issues: readonly Issue[], messages: GovukMessages = GOVUK_MESSAGES_EN): string {
  if (issues.length === 0) return '';
  const items = issues.map((issue) => `<li><a href="#${fieldIdOfPath(issue.path) ?? 'screening'}">${escapeHtml(govukIssueText(issue, messages))}</a></li>`);
  return `<div class="govuk-error-summary" data-module="govuk-error-summary" id="error-summary"><div role="alert">`
    + `<h2 class="govuk-error-summary__title">${escapeHtml(messages.errorSummaryTitle)}</h2><div class="govuk-error-summary__body">`
    + `<ul class="govuk-list govuk-error-summary__list">${[...new Set(items)].join('')}</ul></div></div></div>`;
}
