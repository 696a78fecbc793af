export { AnswerCodeSchema, type AnswerCode } from './schema/answer-code.js';
export { AnswerSchema, AnswerDetailSchema, AnswerValueSchema, type Answer, type AnswerDetail, type AnswerValue } from './schema/answer.js';
export { ConditionSchema, type Condition } from './schema/condition.js';
export { IndicatorSchema, type Indicator } from './schema/indicator.js';
export { IssueSchema, IssueCodeSchema, ISSUE_CODES, type Issue, type IssueCode } from './schema/issue.js';
export { LevelSchema, type Level } from './schema/level.js';
export { PathwayStepSchema, type PathwayStep } from './schema/pathway-step.js';
export {
  ResultSchema, LevelRefSchema, FiredRuleSchema, UndeterminedRuleSchema, PathwayEntrySchema, TrendSchema, BecauseSchema,
  type Result, type LevelRef, type FiredRule, type UndeterminedRule, type PathwayEntry, type Trend, type Because,
} from './schema/result.js';
export { RuleSchema, type Rule } from './schema/rule.js';
export { RulesetSchema, RULESET_FORMAT, type Ruleset, type RulesetInput } from './schema/ruleset.js';
export { RulesetStampSchema, type RulesetStamp } from './schema/ruleset-stamp.js';
export { ScreeningSchema, type Screening, type ScreeningInput } from './schema/screening.js';
export { JudgementSchema, JudgementAgreementSchema, type Judgement, type JudgementAgreement } from './schema/judgement.js';
export { DecisionResultSchema, IdsResultV2Schema, type DecisionResult, type IdsResultV2, type ResultDetail } from './schema/compact-result.js';
export { IdsResultSchema, ScreenedFactsSchema, type IdsResult, type ScreenedFacts } from './schema/ids-result.js';
export { PreviousResultSchema, type PreviousResult } from './schema/previous-result.js';
