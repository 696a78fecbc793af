export {
  compileRuleset, safeCompileRuleset, type Screener, type ScreenResult, type DetailIn, type ScreenInput, type TypedScreeningInput,
} from './engine/screener/compile-ruleset.js';
export type { ScreenOptions } from './engine/result/score-screening.js';
export { compareResults, type ComparableResult } from './engine/decide/compare-results.js';
export { explainResult } from './explain/explain-result.js';
export type { AnyResult } from './explain/expand-result.js';
export { parseRuleset, safeParseRuleset } from './ruleset/parse-ruleset.js';
export { fingerprintRuleset } from './ruleset/fingerprint-ruleset.js';
export { parseScreening, safeParseScreening } from './screening/parse-screening.js';
export { CseError } from './issues/cse-error.js';
export { formatIssue } from './issues/format-issue.js';
export { formatPath, type PathSegment } from './issues/format-path.js';
export type { Safe } from './issues/safe.js';
export { VERSION } from './version.js';
export * from './schemas.js';
export { describeCondition } from './export/describe-condition.js';
export { describeRule } from './export/describe-rule.js';
export { toRulebookMarkdown } from './export/to-rulebook-markdown.js';
export { toRulebookHtml } from './export/to-rulebook-html.js';
export { WorkedCaseSchema, type RulebookOptions, type WorkedCase } from './export/rulebook/worked-case.js';
export { diffRulesets, RulesetDiffSchema, ItemChangeSchema, type RulesetDiff, type ItemChange } from './export/diff-rulesets.js';
export { impactOfChange, ImpactSchema, ImpactCaseSchema, CaseImpactSchema, type Impact, type ImpactCase, type CaseImpact } from './export/impact-of-change.js';
export { renderDiffMarkdown } from './export/render-diff-markdown.js';
export { toAnswerSchema, type JsonSchemaDocument } from './export/to-answer-schema.js';
export { toFormSchema, type FormRenderer } from './export/to-form-schema.js';
export {
  toJsonFormsUiSchema, type JsonFormsLayout, type JsonFormsGroup, type JsonFormsControl, type JsonFormsControlOptions, type JsonFormsShowRule, type JsonFormsUiSchemaOptions,
} from './export/to-json-forms-ui-schema.js';
export { toRjsfUiSchema, type RjsfUiSchema } from './export/to-rjsf-ui-schema.js';
export { toFhirQuestionnaire, type FhirQuestionnaireOptions } from './export/to-fhir-questionnaire.js';
export { toFhirCodeSystem } from './export/to-fhir-code-system.js';
export { toFhirRiskAssessment, type FhirRiskAssessment, type FhirRiskAssessmentOptions, type FhirReference } from './export/to-fhir-risk-assessment.js';
export { toGovukFormHtml, type GovukFormOptions } from './export/to-govuk-form-html.js';
export { toGovukResultHtml } from './export/to-govuk-result-html.js';
export { toGovukErrorSummaryHtml } from './export/to-govuk-error-summary-html.js';
export { fromGovukFormData } from './export/from-govuk-form-data.js';
export { GOVUK_MESSAGES_EN, type GovukMessages } from './export/govuk/govuk-messages.js';
export type { GovukFormFields } from './export/govuk/govuk-fields.js';
export { fromQuestionnaireResponse, type FromQuestionnaireResponseOptions } from './export/from-questionnaire-response.js';
export { DEFAULT_CANONICAL_BASE } from './export/fhir/fhir-canonicals.js';
export type {
  FhirCoding, FhirExtension, FhirCodedExtension, FhirDecimalExtension, FhirIntegerExtension, FhirExpressionExtension, FhirAnswerOption,
  FhirQuestionnaireItem, FhirEnableWhen, FhirCanonicalMetadata, FhirQuestionnaire, FhirConcept, FhirCodeSystem,
} from './export/fhir/fhir-types.js';
export type { BrightonHoveCseAnswers, BrightonHoveCseIndicatorId } from './generated/brighton-hove-cse-answers.js';
