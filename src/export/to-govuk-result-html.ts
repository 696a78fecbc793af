import type { Ruleset } from '../schema/ruleset.js';
import { escapeHtml } from './rulebook/escape-html.js';
import { fillMessage, GOVUK_MESSAGES_EN, type GovukMessages } from './govuk/govuk-messages.js';

type Json = Readonly<Record<string, unknown>>;

/**
 * The GOV.UK summary of a screening's result, as an HTML fragment: the level (and the level the checklist
 * gives, when a judgement changed it), whether the judgement was applied, how many questions are
 * unanswered, why (the rules that fired), the next steps with who acts and when, and the warnings.
 * Reads the full result defensively (members it does not know are left alone); every text comes from
 * the result, the ruleset or the message table. `data-level-id`, `data-rule-id` and `data-step-id` name
 * what is shown.
 * @example
 * resultRegion.innerHTML = toGovukResultHtml(screener.screen(fromGovukFormData(new FormData(form), ruleset)), ruleset);
 */
export function toGovukResultHtml(result: unknown, ruleset: Ruleset, messages: GovukMessages = GOVUK_MESSAGES_EN): string {
  const data = (typeof result === 'object' && result !== null ? result : {}) as Json;
  const level = ref(data['level']);
  const computed = ref(data['computedLevel']);
  const label = (entry: { id: string; label: string }): string => entry.label !== '' ? entry.label : ruleset.levels.find((candidate) => candidate.id === entry.id)?.label ?? entry.id;
  const row = (key: string, value: string, attributes = ''): string =>
    `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${escapeHtml(key)}</dt><dd class="govuk-summary-list__value"${attributes}>${escapeHtml(value)}</dd></div>`;
  const judgement = (typeof data['judgement'] === 'object' && data['judgement'] !== null ? data['judgement'] : undefined) as Json | undefined;
  const reason = typeof judgement?.['notAppliedBecause'] === 'string' ? judgement['notAppliedBecause'] : '';
  const rules = list(data['firedRules']);
  const steps = list(data['pathway']);
  const warnings = list(data['warnings']);
  return `<h2 class="govuk-heading-l" id="result-heading" tabindex="-1">${escapeHtml(messages.resultHeading)}</h2>`
    + `<dl class="govuk-summary-list">`
    + row(messages.levelKey, label(level), ` id="result-level" data-level-id="${escapeHtml(level.id)}"`)
    + (computed.id !== '' && computed.id !== level.id ? row(messages.computedLevelKey, label(computed), ` data-level-id="${escapeHtml(computed.id)}"`) : '')
    + (judgement === undefined ? '' : row(messages.judgementKey, judgement['applied'] === true ? messages.judgementApplied : fillMessage(messages.judgementNotApplied, { reason })))
    + row(messages.unansweredKey, fillMessage(messages.unansweredValue, { count: Array.isArray(data['unanswered']) ? data['unanswered'].length : 0 }), ' id="result-unanswered"')
    + '</dl>'
    + (rules.length === 0 ? '' : `<h3 class="govuk-heading-m">${escapeHtml(messages.reasonsHeading)}</h3><ul class="govuk-list govuk-list--bullet" id="result-reasons">`
      + rules.map((rule) => `<li data-rule-id="${escapeHtml(str(rule['id']))}">${escapeHtml(str(rule['title']) || str(rule['id']))}</li>`).join('') + '</ul>')
    + `<h3 class="govuk-heading-m">${escapeHtml(messages.stepsHeading)}</h3><ol class="govuk-list govuk-list--number" id="result-steps">`
    + steps.map((step) => `<li data-step-id="${escapeHtml(str(step['id']))}"><strong>${escapeHtml(str(step['title']) || str(step['id']))}</strong>`
      + `${str(step['actor']) === '' ? '' : ` <span class="govuk-hint govuk-!-display-inline">${escapeHtml(messages.stepWho)}: ${escapeHtml(str(step['actor']))}</span>`}`
      + `${str(step['timescale']) === '' ? '' : ` <span class="govuk-hint govuk-!-display-inline">${escapeHtml(messages.stepWhen)}: ${escapeHtml(str(step['timescale']))}</span>`}</li>`).join('')
    + '</ol>'
    + (warnings.length === 0 ? '' : `<h3 class="govuk-heading-m">${escapeHtml(messages.warningsHeading)}</h3><ul class="govuk-list govuk-list--bullet" id="result-warnings">`
      + warnings.map((warning) => `<li data-code="${escapeHtml(str(warning['code']))}">${escapeHtml(messages.warnings[str(warning['code'])] ?? str(warning['message']))}</li>`).join('') + '</ul>');
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function ref(value: unknown): { id: string; label: string } {
  const entry = (typeof value === 'object' && value !== null ? value : {}) as Json;
  return { id: str(entry['id']), label: str(entry['label']) };
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((entry): entry is Json => typeof entry === 'object' && entry !== null) : [];
}
