import * as z from 'zod/mini';

/** Every issue code the library reports, stable and snake_case. */
export const ISSUE_CODES = [
  // shape of the input
  'invalid_type', 'invalid_value', 'invalid_format', 'out_of_range', 'unknown_key', 'missing_key', 'invalid_shape',
  'forbidden_key', 'too_deep', 'too_large', 'invalid_json', 'unreadable_input', 'duplicate_key',
  // ruleset semantics
  'duplicate_id', 'unknown_reference', 'band_gap', 'band_overlap', 'band_range', 'band_level_descends', 'unreachable_level', 'rule_never_fires',
  'step_never_reached', 'missing_source', 'invalid_range', 'level_condition_in_level_rule', 'scope_excludes_children',
  'age_rule_lowers_older_children', 'missing_under_13_floor', 'vulnerability_scored_in_context_only_ruleset',
  'actions_rule_without_steps', 'window_not_on_indicator', 'ordinal_scale_gap', 'match_not_for_scale', 'match_excludes_yes', 'unsupported_format',
  // ruleset protections, proved by evaluating the ruleset when it is loaded
  'under_13_floor_too_low', 'age_limit_on_level_rule', 'under_13_floor_not_reached', 'learning_disability_floor_not_reached',
  'older_child_gets_lower_level', 'older_child_gets_fewer_steps', 'no_answer_raises_level', 'protection_check_too_large',
  // ruleset format: more concern never lowers, reserved ids
  'concern_could_lower', 'reserved_id', 'step_requires_itself',
  // screening semantics
  'unknown_indicator', 'answer_not_in_scale', 'unknown_window', 'window_not_allowed', 'unknown_attribute', 'unknown_context_fact',
  'unknown_level', 'missing_rationale', 'age_mismatch', 'date_of_birth_after_assessment', 'date_of_birth_needs_assessment_date',
  'ruleset_mismatch', 'response_in_progress', 'response_empty', 'texts_not_loaded',
  // warnings in a result
  'age_out_of_scope', 'age_unknown', 'incomplete', 'judgement_below_floor', 'previous_from_other_ruleset', 'draft_ruleset',
  'fact_unknown', 'judgement_contradicts_answers', 'judgement_needs_agreement', 'insufficient_information', 'previous_level_mismatch',
  'previous_unverified', 'previous_level_not_ruled_out',
  // command line
  'usage', 'file_not_found', 'file_unreadable', 'file_unwritable', 'missing_dependency',
] as const;

/** A stable issue code. */
export const IssueCodeSchema = z.enum(ISSUE_CODES).check(z.meta({ id: 'IssueCode' }));

/** A problem found in the input, or a warning in a result: where (path), what (code), and a message that never quotes the input. */
export const IssueSchema = z.strictObject({
  code: IssueCodeSchema,
  path: z.array(z.union([z.string(), z.int()])),
  message: z.string(),
}).check(z.meta({
  id: 'Issue',
  description: 'A problem or warning: a stable code, the path to the place in the input, and a message built from the code, the path and the ruleset, never from answer values or free text.',
}));

/** What {@link IssueCodeSchema} produces: the checked form, with defaults filled in. */
export type IssueCode = z.output<typeof IssueCodeSchema>;
/** What {@link IssueSchema} produces: the checked form, with defaults filled in. */
export type Issue = z.output<typeof IssueSchema>;
