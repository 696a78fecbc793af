import type { Issue } from '../../schema/issue.js';

/** The FHIR R4 statuses whose answers are final: only these are screened as they stand. */
const FINAL_STATUSES: ReadonlySet<unknown> = new Set(['completed', 'amended']);
/** The statuses of a form not finished, screened only when a provisional result is asked for. */
const UNFINISHED_STATUSES: ReadonlySet<unknown> = new Set(['in-progress', 'stopped']);

/**
 * Checks the members of a QuestionnaireResponse that say what it is: its resourceType, a status that
 * says its answers are final (completed or amended; in-progress or stopped only when `acceptInProgress`),
 * and a `questionnaire` canonical ("url" or "url|version") naming this ruleset's Questionnaire and
 * version. A response without `questionnaire` is accepted; one without a status, or with any other
 * status (entered-in-error, or a value FHIR does not define), is refused at `['status']` without quoting it.
 */
export function checkResponseHeader(response: Record<string, unknown>, questionnaireUrl: string, version: string, acceptInProgress = false): Issue[] {
  const issues: Issue[] = [];
  if (response['resourceType'] !== 'QuestionnaireResponse') {
    issues.push({ code: 'invalid_value', path: ['resourceType'], message: 'must be "QuestionnaireResponse"' });
  }
  const status = statusIssue(response['status'], acceptInProgress);
  if (status !== undefined) issues.push(status);
  const canonical = response['questionnaire'];
  if (canonical === undefined) return issues;
  if (typeof canonical !== 'string') return [...issues, { code: 'invalid_type', path: ['questionnaire'], message: 'must be a canonical URL' }];
  const bar = canonical.indexOf('|');
  const url = bar < 0 ? canonical : canonical.slice(0, bar);
  if (url !== questionnaireUrl) {
    issues.push({ code: 'ruleset_mismatch', path: ['questionnaire'], message: 'names a different questionnaire from this ruleset\'s (check the canonical base)' });
  } else if (bar >= 0 && canonical.slice(bar + 1) !== version) {
    issues.push({ code: 'ruleset_mismatch', path: ['questionnaire'], message: `names a different version from the ruleset's ${version}` });
  }
  return issues;
}

/** Why a status does not let the answers be screened, if it does not. */
function statusIssue(status: unknown, acceptInProgress: boolean): Issue | undefined {
  if (FINAL_STATUSES.has(status)) return undefined;
  if (UNFINISHED_STATUSES.has(status)) {
    return acceptInProgress ? undefined
      : { code: 'response_in_progress', path: ['status'], message: 'says the form was not completed: it is not screened (pass acceptInProgress for a provisional result)' };
  }
  if (status === undefined) {
    return { code: 'missing_key', path: ['status'], message: 'is required: only a response whose status is "completed" or "amended" is screened' };
  }
  if (status === 'entered-in-error') {
    return { code: 'invalid_value', path: ['status'], message: 'is "entered-in-error": the response was recorded by mistake and is not read' };
  }
  return { code: 'invalid_value', path: ['status'], message: 'is not a status whose answers are final: only "completed" or "amended" is screened' };
}
