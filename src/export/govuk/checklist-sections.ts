import type { Indicator } from '../../schema/indicator.js';
import type { Fact } from '../../schema/named-item.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { domainGroups } from '../fhir/domain-groups.js';
import { escapeHtml } from '../rulebook/escape-html.js';
import { choices, textField, type GovukContext, type GovukOption } from './govuk-components.js';
import { DETAILED_ANSWERS, GOVUK_FIELDS } from './govuk-fields.js';

/** The radios of a fact: yes, no, or not known (never read as false). */
export function factQuestion(context: GovukContext, name: string, fact: Fact): string {
  const { messages } = context;
  return choices(context, { name, legend: fact.label, hint: fact.description }, 'radios', [
    { value: 'yes', label: messages.factYes }, { value: 'no', label: messages.factNo }, { value: 'not-known', label: messages.factNotKnown },
  ], true);
}

/** One section per domain, a question per indicator, with the details of a yes or possible answer revealed under it. */
export function checklistSections(context: GovukContext, ruleset: Ruleset): string {
  return domainGroups(ruleset).map(({ domain, indicators }) => `<section class="govuk-!-margin-bottom-8" aria-labelledby="domain-${domain.id}">`
    + `<h2 class="govuk-heading-l" id="domain-${domain.id}">${escapeHtml(domain.label)}</h2>`
    + `${domain.description === undefined ? '' : `<p class="govuk-body">${escapeHtml(domain.description)}</p>`}`
    + `${indicators.map((indicator) => indicatorQuestion(context, ruleset, indicator)).join('')}</section>`).join('');
}

function indicatorQuestion(context: GovukContext, ruleset: Ruleset, indicator: Indicator): string {
  const { messages } = context;
  const name = GOVUK_FIELDS.answer(indicator.id);
  const frame = { name, legend: indicator.text, hint: indicator.guidance };
  if (indicator.answer.kind === 'ordinal') {
    const options: GovukOption[] = [...indicator.answer.scores.map((entry) => ({ value: String(entry.score), label: entry.label })), { value: 'unknown', label: messages.answerNotKnown }];
    return choices(context, frame, 'radios', options);
  }
  const windows = indicator.answer.windows;
  const labels: Record<string, string> = { yes: messages.answerYes, no: messages.answerNo, possible: messages.answerPossible, unknown: messages.answerNotKnown };
  const options = (['yes', 'no', 'possible', 'unknown'] as const).map((value): GovukOption => ({
    value,
    label: labels[value] ?? value,
    ...((DETAILED_ANSWERS as readonly string[]).includes(value) ? { conditional: answerDetails(context, ruleset, indicator.id, value, windows) } : {}),
  }));
  return choices(context, frame, 'radios', options);
}

/** The details of a yes or possible answer: its time windows, its basis and the evidence, each field named for the answer it goes with. */
function answerDetails(context: GovukContext, ruleset: Ruleset, id: string, value: string, windows: readonly string[]): string {
  const { messages } = context;
  const windowOptions = windows.map((window) => ({ value: window, label: ruleset.windows.find((entry) => entry.id === window)?.label ?? window }));
  return `<p class="govuk-body govuk-!-font-size-16">${escapeHtml(messages.detailsIntro)}</p>`
    + (windowOptions.length === 0 ? '' : choices(context, { name: GOVUK_FIELDS.window(id, value), legend: messages.windowsLegend, hint: messages.windowsHint }, 'checkboxes', windowOptions))
    + choices(context, { name: GOVUK_FIELDS.basis(id, value), legend: messages.basisLegend }, 'radios', [
      { value: 'evidence', label: messages.basisEvidence }, { value: 'professional-concern', label: messages.basisConcern },
    ], true)
    + textField(context, GOVUK_FIELDS.evidence(id, value), messages.evidenceLabel, { hint: messages.evidenceHint, multiline: true });
}

/** The professional judgement: the level, why, by whom, and who agreed it (role and name). */
export function judgementSection(context: GovukContext, ruleset: Ruleset): string {
  const { messages } = context;
  const roles = ruleset.policy.judgement.agreementRoles;
  const role = roles.length > 0
    ? choices(context, { name: GOVUK_FIELDS.role, legend: messages.agreedRoleLegend }, 'radios', roles.map((entry) => ({ value: entry.id, label: entry.label })))
    : textField(context, GOVUK_FIELDS.role, messages.agreedRoleLabel, { width: '20' });
  return `<section class="govuk-!-margin-bottom-8" aria-labelledby="judgement-heading"><h2 class="govuk-heading-l" id="judgement-heading">${escapeHtml(messages.judgementHeading)}</h2>`
    + `<p class="govuk-body">${escapeHtml(messages.judgementHint)}</p>`
    + choices(context, { name: GOVUK_FIELDS.level, legend: messages.judgementLevelLegend }, 'radios', ruleset.levels.map((level) => ({ value: level.id, label: level.label })))
    + textField(context, GOVUK_FIELDS.rationale, messages.rationaleLabel, { multiline: true })
    + textField(context, GOVUK_FIELDS.by, messages.judgedByLabel, { width: '20' })
    + `<h3 class="govuk-heading-m">${escapeHtml(messages.agreedByLegend)}</h3><p class="govuk-hint">${escapeHtml(messages.agreedByHint)}</p>`
    + role + textField(context, GOVUK_FIELDS.name, messages.agreedNameLabel, { width: '20' })
    + '</section>';
}
