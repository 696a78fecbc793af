import { assertNever } from '../assert-never.js';
import { buildCompiledRuleset } from '../engine/compile/build-compiled-ruleset.js';
import { readWholeScreening } from '../engine/read/read-screening.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, type Safe } from '../issues/safe.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Screening } from '../schema/screening.js';
import { applyCaseRecord } from './fhir/apply-case-record.js';
import { checkResponseHeader } from './fhir/check-response-header.js';
import { collectResponseItems, isRecord } from './fhir/collect-response-items.js';
import { fhirCanonicals } from './fhir/fhir-canonicals.js';
import { LINK_IDS } from './fhir/fhir-link-ids.js';
import { readTargetValue, responseTargets, type ResponseValue } from './fhir/response-targets.js';
import { appendIssues } from '../issues/append-issues.js';

/** The read-back items of the Questionnaire: a renderer fills them in from the dates, and the reader skips them. */
const READ_BACKS = new Set([LINK_IDS.readBack(LINK_IDS.dateOfBirth), LINK_IDS.readBack(LINK_IDS.assessedOn)]);

type Path = (string | number)[];

/**
 * What the case system knows that the response may not hold, and the canonical base the Questionnaire was written with.
 * The case record fills gaps only: it never overrides what the practitioner recorded in the response.
 */
export interface FromQuestionnaireResponseOptions {
  /** The base given to `toFhirQuestionnaire`: codings match only this ruleset's answers CodeSystem under it. Default: the ruleset's `meta.canonicalBase`, else the placeholder. */
  readonly canonicalBase?: string;
  /** The child's age in whole years from the case record, used where the response records none; refused if the response records another. */
  readonly ageYears?: number;
  /** The child's date of birth (YYYY-MM-DD) from the case record, used where the response records none; refused if the response records another. */
  readonly dateOfBirth?: string;
  /** Subject attributes from the case record, by attribute id; each used where the response records none, refused if it records another. */
  readonly attributes?: Readonly<Record<string, boolean>>;
  /** Context facts from the case record, by fact id; each used where the response records none, refused if it records another. */
  readonly context?: Readonly<Record<string, boolean>>;
  /** The date of the assessment (YYYY-MM-DD), used where the response records none; refused if the response records another. */
  readonly assessedOn?: string;
  /** Read a response that is still `in-progress` (or was `stopped`) for a provisional result; refused by default. */
  readonly acceptInProgress?: boolean;
}

/** The screening as it is gathered from the items, before the options and the checks. */
interface Gathered {
  answers: Record<string, { value?: string | number; window?: string | string[]; basis?: string; evidence?: string }>;
  attributes: Record<string, boolean>;
  context: Record<string, boolean>;
  subject: { ageYears?: number; dateOfBirth?: string };
  assessedOn?: string;
  judgement: { level?: string; rationale?: string; by?: string; agreedBy?: { role?: string; name?: string } };
  judgementAt?: Path;
}

/**
 * Reads a FHIR R4 QuestionnaireResponse to the Questionnaire from `toFhirQuestionnaire` back into a
 * screening, checked against the ruleset: answers with their time windows, basis and evidence, the
 * facts, the dates and the professional judgement with who agreed it. It walks nested groups and items
 * under answers, matches codings by system and code only (display, extensions such as `ordinalValue` and
 * any other members are ignored), and accepts `questionnaire` as "url" or "url|version". A response
 * that answers nothing is refused with `response_empty`, and one still `in-progress` (or `stopped`)
 * with `response_in_progress`, so that neither is ever scored as "no concern"; only a `status` of
 * `completed` or `amended` says the answers are final, and a response with no status or any other
 * (`entered-in-error`, or one FHIR does not define) is refused at `['status']`. The options (age, date of
 * birth, attributes, context facts and date of assessment from the case record) fill in only what the
 * response does not record: where the response records a different value, the read is refused with
 * `invalid_value` at the option (for example `['options', 'ageYears']`), so that neither silently wins.
 * The response's `id`, where it is a FHIR id, becomes the screening's `ref`, and so the result's.
 * Issues have paths into the response (or under `options` for what the options gave) and never quote a value.
 * @example
 * const read = fromQuestionnaireResponse(lformsResponse, screener.ruleset, { ageYears: 14 });
 * if (read.success) show(screener.screen(read.data));
 */
export function fromQuestionnaireResponse(response: unknown, ruleset: Ruleset, options: FromQuestionnaireResponseOptions = {}): Safe<Screening> {
  const guarded = guardInput(response);
  return guarded.success ? readResponse(guarded.data, ruleset, options) : guarded;
}

/** Reads a response that {@link guardInput} has already read into plain data. */
function readResponse(response: unknown, ruleset: Ruleset, options: FromQuestionnaireResponseOptions): Safe<Screening> {
  if (!isRecord(response)) return fail([{ code: 'invalid_type', path: [], message: 'must be a FHIR QuestionnaireResponse object' }]);
  const urls = fhirCanonicals(ruleset, options.canonicalBase);
  const issues: Issue[] = [...checkResponseHeader(response, urls.questionnaire, ruleset.meta.version, options.acceptInProgress === true)];
  const collected = collectResponseItems(response);
  appendIssues(issues, collected.issues);
  if (issues.length === 0 && collected.items.length === 0) {
    issues.push({ code: 'response_empty', path: ['item'], message: 'holds no answer: an empty form is not screened, and never read as "no concern"' });
  }

  const targets = responseTargets(ruleset);
  const gathered: Gathered = { answers: {}, attributes: {}, context: {}, subject: {}, judgement: {} };
  const origins = new Map<string, Path>();
  const seen = new Set<string>();
  const set = (path: Path, at: Path): void => { origins.set(key(path), at); };
  for (const item of collected.items) {
    // A date read back in words is the renderer's, worked out from the date item: it is never read.
    if (READ_BACKS.has(item.linkId)) continue;
    const target = targets.get(item.linkId);
    if (target === undefined) {
      issues.push({ code: 'unknown_indicator', path: [...item.path, 'linkId'], message: 'is not an item of this ruleset\'s questionnaire' });
      continue;
    }
    if (seen.has(item.linkId)) {
      issues.push({ code: 'duplicate_id', path: [...item.path, 'linkId'], message: 'is answered more than once in the response' });
      continue;
    }
    seen.add(item.linkId);
    const read = readTargetValue(item, target, ruleset, urls.codeSystem);
    if (!read.success) {
      appendIssues(issues, read.issues);
      continue;
    }
    const { value, path } = read.data;
    const answer = (id: string): Gathered['answers'][string] => (gathered.answers[id] ??= {});
    const judged = (): Gathered['judgement'] => { gathered.judgementAt ??= item.path; return gathered.judgement; };
    switch (target.kind) {
      case 'indicator':
        answer(target.indicator.id).value = value as string | number;
        set(['answers', target.indicator.id], path);
        break;
      case 'window': {
        const windows = value as string[];
        answer(target.indicator.id).window = windows.length === 1 ? windows[0] as string : windows;
        set(['answers', target.indicator.id, 'window'], path);
        break;
      }
      case 'basis':
        answer(target.indicator.id).basis = value as string;
        set(['answers', target.indicator.id, 'basis'], path);
        break;
      case 'evidence':
        answer(target.indicator.id).evidence = value as string;
        set(['answers', target.indicator.id, 'evidence'], path);
        break;
      case 'attribute':
      case 'context':
        gathered[target.kind === 'attribute' ? 'attributes' : 'context'][target.id] = value as boolean;
        set(target.kind === 'attribute' ? ['subject', 'attributes', target.id] : ['context', target.id], path);
        break;
      case 'ageYears':
      case 'dateOfBirth':
        (gathered.subject as Record<string, ResponseValue>)[target.kind] = value;
        set(['subject', target.kind], path);
        break;
      case 'assessedOn':
        gathered.assessedOn = value as string;
        set(['assessedOn'], path);
        break;
      case 'level':
      case 'rationale':
      case 'by':
        judged()[target.kind] = value as string;
        set(['judgement', target.kind], path);
        break;
      case 'role':
      case 'name':
        (judged().agreedBy ??= {})[target.kind] = value as string;
        set(['judgement', 'agreedBy', target.kind], path);
        break;
      default:
        assertNever(target);
    }
  }
  appendIssues(issues, checkParts(gathered, origins));
  appendIssues(issues, applyCaseRecord(gathered, options, set));
  if (issues.length > 0) return fail(issues);

  const { answers, attributes, context, subject, assessedOn, judgement, judgementAt } = gathered;
  const ref = fhirIdOf(response['id']);
  const screening = {
    // The response's id, where it is a FHIR id, is the screening's ref, so that a result says which response it was read from.
    ...(ref === undefined ? {} : { ref }),
    ...(assessedOn === undefined ? {} : { assessedOn }),
    subject: { ...subject, attributes },
    answers: Object.fromEntries(Object.entries(answers).map(([id, entry]) => [id, Object.keys(entry).length === 1 ? entry.value : entry])),
    context,
    ...(judgementAt === undefined ? {} : { judgement }),
  };
  const checked = readWholeScreening(screening, buildCompiledRuleset(ruleset));
  if (checked.success) return checked;
  return fail(checked.issues.map((issue) => ({ ...issue, path: responsePath(issue.path, origins) })));
}

/** A FHIR id (1 to 64 letters, digits, '-' and '.'), or undefined for anything else. */
function fhirIdOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(value) ? value : undefined;
}

/** Details given without the answer they belong to, and a judgement without its level, rationale or agreeing role. */
function checkParts(gathered: Gathered, origins: ReadonlyMap<string, Path>): Issue[] {
  const issues: Issue[] = [];
  for (const [id, entry] of Object.entries(gathered.answers)) {
    if (entry.value !== undefined) continue;
    const detail = (['window', 'basis', 'evidence'] as const).find((member) => entry[member] !== undefined) ?? 'window';
    issues.push({ code: 'missing_key', path: origins.get(key(['answers', id, detail])) ?? [], message: `gives details of indicator ${id}, which is not answered` });
  }
  const at = gathered.judgementAt;
  if (at === undefined) return issues;
  const { judgement } = gathered;
  if (judgement.level === undefined) issues.push({ code: 'missing_key', path: at, message: `is part of a judgement with no level (item ${LINK_IDS.judgementLevel})` });
  if (judgement.rationale === undefined) issues.push({ code: 'missing_rationale', path: at, message: `is part of a judgement with no rationale (item ${LINK_IDS.judgementRationale}): a judgement must say why` });
  if (judgement.agreedBy !== undefined && judgement.agreedBy.role === undefined) {
    issues.push({ code: 'missing_key', path: at, message: `is part of a judgement whose agreement names no role (item ${LINK_IDS.agreedByRole})` });
  }
  return issues;
}

function key(path: Path): string {
  return JSON.stringify(path);
}

/** Maps a path into the screening onto the place in the response (or the options) its value came from. */
function responsePath(path: Issue['path'], origins: ReadonlyMap<string, Path>): Path {
  for (let length = path.length; length > 0; length--) {
    const origin = origins.get(key(path.slice(0, length)));
    if (origin !== undefined) return [...origin, ...path.slice(length)];
  }
  return ['options', ...(path[0] === 'subject' ? path.slice(1) : path)];
}
