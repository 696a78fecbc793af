import { assertNever } from '../assert-never.js';
import { buildCompiledRuleset } from '../engine/build-compiled-ruleset.js';
import { readScreening } from '../engine/read-screening.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import type { AnswerValue } from '../schema/answer.js';
import type { Indicator } from '../schema/indicator.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { Screening } from '../schema/screening.js';
import { answerChoices } from './fhir/answer-choices.js';
import { checkResponseHeader } from './fhir/check-response-header.js';
import { collectResponseItems, isRecord, type ResponseItem } from './fhir/collect-response-items.js';
import { fhirCanonicals } from './fhir/fhir-canonicals.js';
import { LINK_IDS } from './fhir/fhir-link-ids.js';

type Path = (string | number)[];

/** What the case system knows that the response may not hold, and the canonical base the Questionnaire was written with. */
export interface FromQuestionnaireResponseOptions {
  /** The base given to `toFhirQuestionnaire`: codings match only this ruleset's answers CodeSystem under it. */
  readonly canonicalBase?: string;
  /** The child's age in whole years from the case record; wins over the response. */
  readonly ageYears?: number;
  /** The child's date of birth (YYYY-MM-DD) from the case record; wins over the response. */
  readonly dateOfBirth?: string;
  /** Subject attributes from the case record, by attribute id; each one given wins over the response. */
  readonly attributes?: Readonly<Record<string, boolean>>;
  /** Context facts from the case record, by fact id; each one given wins over the response. */
  readonly context?: Readonly<Record<string, boolean>>;
  /** The date of the assessment (YYYY-MM-DD); wins over the response. */
  readonly assessedOn?: string;
}

/** What a linkId of the exported Questionnaire stands for. */
type Target =
  | { readonly kind: 'indicator'; readonly indicator: Indicator }
  | { readonly kind: 'attribute' | 'context'; readonly id: string }
  | { readonly kind: 'ageYears' | 'dateOfBirth' | 'assessedOn' };

/**
 * Reads a FHIR R4 QuestionnaireResponse to the Questionnaire from `toFhirQuestionnaire` back into a
 * screening, checked against the ruleset. It walks nested groups and items under answers, matches
 * codings by system and code only (display, extensions such as `ordinalValue` and any other members
 * are ignored), accepts `questionnaire` as "url" or "url|version", and leaves items without an answer
 * unanswered. Issues have paths into the response (or under `options` for what the options gave)
 * and never quote a value. Paths under `options` that the options did not give (such as a missing
 * `assessedOn`) name what to supply.
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
  const issues: Issue[] = [...checkResponseHeader(response, urls.questionnaire, ruleset.meta.version)];
  const collected = collectResponseItems(response);
  issues.push(...collected.issues);

  const targets = targetsOf(ruleset);
  const answers: Record<string, AnswerValue> = {};
  const attributes: Record<string, boolean> = {};
  const context: Record<string, boolean> = {};
  const subject: { ageYears?: number; dateOfBirth?: string } = {};
  let assessedOn: string | undefined;
  const origins = new Map<string, Path>();
  const seen = new Set<string>();
  for (const item of collected.items) {
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
    const read = readAnswer(item, target, urls.codeSystem);
    if (!read.success) {
      issues.push(...read.issues);
      continue;
    }
    const { value, path } = read.data;
    switch (target.kind) {
      case 'indicator':
        answers[target.indicator.id] = value as AnswerValue;
        origins.set(key(['answers', target.indicator.id]), path);
        break;
      case 'attribute':
        attributes[target.id] = value as boolean;
        origins.set(key(['subject', 'attributes', target.id]), path);
        break;
      case 'context':
        context[target.id] = value as boolean;
        origins.set(key(['context', target.id]), path);
        break;
      case 'ageYears':
        subject.ageYears = value as number;
        origins.set(key(['subject', 'ageYears']), path);
        break;
      case 'dateOfBirth':
        subject.dateOfBirth = value as string;
        origins.set(key(['subject', 'dateOfBirth']), path);
        break;
      case 'assessedOn':
        assessedOn = value as string;
        origins.set(key(['assessedOn']), path);
        break;
      default:
        assertNever(target);
    }
  }
  if (issues.length > 0) return fail(issues);

  if (options.ageYears !== undefined) { subject.ageYears = options.ageYears; origins.set(key(['subject', 'ageYears']), ['options', 'ageYears']); }
  if (options.dateOfBirth !== undefined) { subject.dateOfBirth = options.dateOfBirth; origins.set(key(['subject', 'dateOfBirth']), ['options', 'dateOfBirth']); }
  for (const [id, value] of Object.entries(options.attributes ?? {})) {
    attributes[id] = value;
    origins.set(key(['subject', 'attributes', id]), ['options', 'attributes', id]);
  }
  for (const [id, value] of Object.entries(options.context ?? {})) {
    context[id] = value;
    origins.set(key(['context', id]), ['options', 'context', id]);
  }
  if (options.assessedOn !== undefined) { assessedOn = options.assessedOn; origins.set(key(['assessedOn']), ['options', 'assessedOn']); }

  const screening = { ...(assessedOn === undefined ? {} : { assessedOn }), subject: { ...subject, attributes }, answers, context };
  const checked = readScreening(screening, buildCompiledRuleset(ruleset));
  if (checked.success) return succeed(checked.data.screening);
  return fail(checked.issues.map((issue) => ({ ...issue, path: responsePath(issue.path, origins) })));
}

function targetsOf(ruleset: Ruleset): Map<string, Target> {
  const targets = new Map<string, Target>([
    [LINK_IDS.ageYears, { kind: 'ageYears' }],
    [LINK_IDS.dateOfBirth, { kind: 'dateOfBirth' }],
    [LINK_IDS.assessedOn, { kind: 'assessedOn' }],
  ]);
  for (const indicator of ruleset.indicators) targets.set(indicator.id, { kind: 'indicator', indicator });
  for (const fact of ruleset.attributes) targets.set(LINK_IDS.attribute(fact.id), { kind: 'attribute', id: fact.id });
  for (const fact of ruleset.contextFacts) targets.set(LINK_IDS.context(fact.id), { kind: 'context', id: fact.id });
  return targets;
}

/** Reads the one answer of an item as the value its target takes, with the path of that value in the response. */
function readAnswer(item: ResponseItem, target: Target, system: string): Safe<{ value: AnswerValue | boolean | number | string; path: Path }> {
  const at: Path = [...item.path, 'answer'];
  if (item.answers.length > 1) return fail([{ code: 'invalid_value', path: at, message: 'holds more than one answer; this item takes one' }]);
  const answer = item.answers[0];
  const path: Path = [...at, 0];
  if (!isRecord(answer)) return fail([{ code: 'invalid_type', path, message: 'must be an object' }]);
  const typed = (member: string, ok: boolean, what: string): Safe<{ value: boolean | number | string; path: Path }> =>
    (ok ? succeed({ value: answer[member] as boolean | number | string, path: [...path, member] })
      : fail([{ code: 'invalid_type', path, message: `must hold ${what} for this item` }]));
  switch (target.kind) {
    case 'indicator': {
      const coding = answer['valueCoding'];
      const codingPath = [...path, 'valueCoding'];
      if (!isRecord(coding)) return fail([{ code: 'answer_not_in_scale', path, message: 'must hold a valueCoding from this item\'s answer options' }]);
      const choice = answerChoices(target.indicator).find((option) => coding['system'] === system && coding['code'] === option.code);
      return choice === undefined
        ? fail([{ code: 'answer_not_in_scale', path: codingPath, message: 'is not one of this item\'s answer options (matched by system and code)' }])
        : succeed({ value: choice.value, path: codingPath });
    }
    case 'attribute':
    case 'context':
      return typed('valueBoolean', typeof answer['valueBoolean'] === 'boolean', 'a valueBoolean');
    case 'ageYears':
      return typed('valueInteger', Number.isInteger(answer['valueInteger']), 'a whole-number valueInteger');
    case 'dateOfBirth':
    case 'assessedOn':
      return typed('valueDate', typeof answer['valueDate'] === 'string', 'a valueDate');
    default:
      return assertNever(target);
  }
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
