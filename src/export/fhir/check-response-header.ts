import type { Issue } from '../../schema/issue.js';

/**
 * Checks the members of a QuestionnaireResponse that say what it is: its resourceType, a status
 * other than entered-in-error, and a `questionnaire` canonical ("url" or "url|version") naming this
 * ruleset's Questionnaire and version. A response without `questionnaire` is accepted.
 */
export function checkResponseHeader(response: Record<string, unknown>, questionnaireUrl: string, version: string): Issue[] {
  const issues: Issue[] = [];
  if (response['resourceType'] !== 'QuestionnaireResponse') {
    issues.push({ code: 'invalid_value', path: ['resourceType'], message: 'must be "QuestionnaireResponse"' });
  }
  if (response['status'] === 'entered-in-error') {
    issues.push({ code: 'invalid_value', path: ['status'], message: 'is "entered-in-error": the response was recorded by mistake and is not read' });
  }
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
