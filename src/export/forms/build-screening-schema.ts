import * as z from 'zod/mini';
import { ASSOCIATION_PREFIXES, AssociationKindSchema, AssociationRoleSchema, MAX_ASSOCIATIONS } from '../../schema/association.js';
import type { Indicator } from '../../schema/indicator.js';
import type { Fact } from '../../schema/named-item.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { answerChoices } from '../fhir/answer-choices.js';
import { domainGroups } from '../fhir/domain-groups.js';
import { BASIS_CHOICES } from '../fhir/fhir-link-ids.js';
import { VISIBLE_CHARACTER } from '../../schema/visible-text.js';

/** A JSON Schema as plain, JSON-serialisable data. */
export type JsonSchemaDocument = { readonly [keyword: string]: unknown };

/**
 * How a screening schema is written.
 * - `answers: 'any'` accepts every form of answer the engine accepts (a bare code or score, or a value with
 *   details); `'detailed'` only the value-with-details form, which a form renders as one group per question.
 * - `options: 'const'` writes each option as `{ type, const, title }` (JSON Forms and Ajv);
 *   `'enum'` as `{ type, enum: [value], title }`, which RJSF draws the same way but never turns into a
 *   default (RJSF's default form state turns every `const` into a pre-selected answer).
 */
export interface ScreeningSchemaStyle {
  readonly answers: 'any' | 'detailed';
  readonly options: 'const' | 'enum';
  /**
   * `'required'` writes what an answer, a judgement and an agreement must hold as `required`, and the date
   * of assessment a date of birth needs as a root `if`/`then`. `'dependent'` writes them as
   * `dependentRequired` with `minProperties: 1` (an object holds its key member as soon as it holds anything)
   * and `dependentSchemas`: the same data validates, but RJSF, which resolves neither keyword into the form,
   * never turns them into HTML `required` attributes (which would block the submit of an untouched form, or
   * of a form without the optional judgement) nor rebuilds the data when a date of birth is typed.
   */
  readonly inner: 'required' | 'dependent';
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Free-text limits, in code points, set at half the engine's limits in UTF-16 units so that any text
 * a schema accepts the engine accepts too, whatever characters it holds.
 */
const REF_MAX = 100;
const TEXT_MAX = 10_000;
const NAME_MAX = 100;
const ID_PATTERN = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';


const NOT_KNOWN_NOTE = 'Leave a fact out when it is not known: it is then never read as false.';

/** The screening schema of a ruleset, in one of its styles. Shared by the answer schema and the form schemas. */
export function buildScreeningSchema(ruleset: Ruleset, style: ScreeningSchemaStyle): JsonSchemaDocument {
  const option = (value: string | number | boolean, title: string): JsonSchemaDocument => ({
    type: typeof value === 'number' ? 'integer' : typeof value,
    ...(style.options === 'const' ? { const: value } : { enum: [value] }),
    title,
  });
  const indicators = domainGroups(ruleset).flatMap((group) => group.indicators);
  const answers = Object.fromEntries(indicators.map((indicator) => [indicator.id, answerSchema(ruleset, indicator, style, option)]));
  const date = { type: 'string', format: 'date', pattern: z.regexes.date.source };
  const roles = ruleset.policy.judgement.agreementRoles;
  const role = style.answers === 'detailed' && roles.length > 0
    ? { title: 'Role', type: 'string', oneOf: roles.map((entry) => option(entry.id, entry.label)) }
    : {
      title: 'Role',
      description: roles.length === 0
        ? 'The role of the person who agreed, as a kebab-case id such as "designated-safeguarding-lead".'
        : `The role of the person who agreed; this ruleset accepts: ${roles.map((entry) => `${entry.id} (${entry.label})`).join(', ')}.`,
      type: 'string', minLength: 1, maxLength: 80, pattern: ID_PATTERN,
    };
  const properties: Record<string, JsonSchemaDocument> = {
    ruleset: {
      title: 'Ruleset',
      type: 'object',
      properties: { id: { type: 'string', const: ruleset.meta.id }, version: { type: 'string', const: ruleset.meta.version } },
      required: ['id'],
      additionalProperties: false,
    },
    ref: { title: 'Reference', description: 'A case reference of the calling system.', type: 'string', minLength: 1, maxLength: REF_MAX },
    assessedOn: { ...date, title: 'Date of assessment', description: 'Needed when a date of birth is given: the library reads no clock.' },
    subject: {
      title: 'The child',
      type: 'object',
      properties: {
        ageYears: { title: 'Age in years', description: 'Give the age, or the date of birth with the date of assessment.', type: 'integer', minimum: 0, maximum: 30 },
        dateOfBirth: { ...date, title: 'Date of birth', description: 'Needs the date of assessment. Given with an age, the two must agree on the date of assessment.' },
        attributes: factsSchema('About the child', ruleset.attributes, style.answers === 'detailed' ? option : undefined),
      },
      additionalProperties: false,
    },
    answers: { title: 'Checklist', type: 'object', properties: answers, additionalProperties: false },
    context: factsSchema('About the case', ruleset.contextFacts, style.answers === 'detailed' ? option : undefined),
    judgement: {
      title: 'Professional judgement',
      description: 'The level you judge right and why. A judgement that lowers the level is applied only when a second person agrees it.',
      type: 'object',
      properties: {
        level: { title: 'Level', type: 'string', oneOf: ruleset.levels.map((level) => option(level.id, level.label)) },
        rationale: { title: 'Why', description: 'Required: a judgement must say why.', type: 'string', minLength: 1, maxLength: TEXT_MAX, pattern: VISIBLE_CHARACTER },
        by: { title: 'Judged by', type: 'string', minLength: 1, maxLength: NAME_MAX },
        agreedBy: {
          title: 'Agreed by',
          description: 'The second person who agreed the judgement: needed for a judgement that lowers the level.',
          type: 'object',
          properties: { role, name: { title: 'Name', type: 'string', minLength: 1, maxLength: NAME_MAX } },
          ...needs(style, ['role'], ['name']),
          additionalProperties: false,
        },
      },
      ...needs(style, ['level', 'rationale'], ['by', 'agreedBy']),
      additionalProperties: false,
    },
  };
  if (style.answers === 'any') {
    properties['$schema'] = { type: 'string' };
    properties['previous'] = previousSchema();
    properties['associations'] = associationsSchema();
  }
  return {
    $schema: DRAFT_2020_12,
    title: `${ruleset.meta.title}: screening`,
    description: `A screening for ruleset ${ruleset.meta.id} ${ruleset.meta.version}. Leave an item out while it is unanswered; answer "unknown" when it is not known. Neither is ever read as "no".`,
    type: 'object',
    properties,
    required: ['subject', 'answers'],
    additionalProperties: false,
    ...assessedWithBirthDate(style, properties['assessedOn']),
  };
}

/**
 * A date of birth needs the date of assessment. In the `'required'` style an `if`/`then` at the root, with
 * the date written out in full in `then` (JSON Forms shows the error on its control). In the `'dependent'`
 * style the same test sits under `dependentSchemas`, which RJSF leaves to the validator: RJSF resolves a
 * root `if`/`then` into the form, and when a date of birth then switches it on, it rebuilds the data for
 * the new form and writes `{}` for every unanswered item and an empty agreement, which the screener refuses.
 */
function assessedWithBirthDate(style: ScreeningSchemaStyle, assessedOn: JsonSchemaDocument | undefined): JsonSchemaDocument {
  const test = {
    if: { type: 'object', properties: { subject: { type: 'object', properties: { dateOfBirth: true }, required: ['dateOfBirth'] } }, required: ['subject'] },
    then: { type: 'object', properties: { assessedOn }, required: ['assessedOn'] },
  };
  return style.inner === 'required' ? test : { dependentSchemas: { subject: test } };
}

/**
 * What an object must hold: `required` members, or in the `'dependent'` style the same as
 * `dependentRequired` (each member, and each optional one, brings in the others) with `minProperties: 1`.
 */
function needs(style: ScreeningSchemaStyle, members: readonly string[], optional: readonly string[]): JsonSchemaDocument {
  if (style.inner === 'required') return { required: members };
  const dependent = Object.fromEntries([...members, ...optional]
    .map((member): [string, string[]] => [member, members.filter((other) => other !== member)])
    .filter(([, others]) => others.length > 0));
  return { minProperties: 1, ...(Object.keys(dependent).length === 0 ? {} : { dependentRequired: dependent }) };
}

function answerSchema(ruleset: Ruleset, indicator: Indicator, style: ScreeningSchemaStyle, option: Option): JsonSchemaDocument {
  const choices = answerChoices(indicator).map((choice) => option(choice.value, choice.label));
  // The bare answers of the answer schema keep `const` (a renderer never takes them as a default: the value
  // with details comes first), which json-schema-to-typescript reads as literal types.
  const bare = answerChoices(indicator).map((choice) => ({ type: typeof choice.value === 'number' ? 'integer' : 'string', const: choice.value, title: choice.label }));
  // RJSF draws radios only for a typed list of options; a union type needs Ajv's allowUnionTypes in strict
  // mode, which RJSF's own Ajv (not strict) does not ask for. Elsewhere each option carries its own type.
  const type = indicator.answer.kind === 'presence' ? { type: 'string' } : style.answers === 'detailed' && style.options === 'enum' ? { type: ['integer', 'string'] } : {};
  const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
  const windowOptions = windows.map((id) => option(id, ruleset.windows.find((window) => window.id === id)?.label ?? id));
  const window = style.answers === 'detailed'
    ? { title: 'When', description: 'When it happened: tick each time window that applies.', type: 'array', items: { type: 'string', oneOf: windowOptions }, minItems: 1, maxItems: 20, uniqueItems: true }
    : {
      title: 'When',
      oneOf: [
        { type: 'string', enum: windows },
        { type: 'array', items: { type: 'string', enum: windows }, minItems: 1, maxItems: 20 },
      ],
    };
  const detail = {
    type: 'object',
    properties: {
      value: style.answers === 'detailed'
        ? { title: indicator.text, description: indicator.guidance, ...type, oneOf: choices }
        : { title: 'Answer', ...type, oneOf: choices },
      ...(windows.length === 0 ? {} : { window }),
      basis: { title: 'Basis', description: 'Whether the answer rests on evidence or on professional concern.', type: 'string', oneOf: BASIS_CHOICES.map((entry) => option(entry.value, entry.label)) },
      evidence: { title: 'Evidence', description: 'What the answer rests on. Kept out of results unless asked for.', type: 'string', maxLength: TEXT_MAX },
    },
    ...needs(style, ['value'], windows.length === 0 ? ['basis', 'evidence'] : ['window', 'basis', 'evidence']),
    additionalProperties: false,
  };
  return style.answers === 'detailed'
    ? { title: indicator.text, ...detail }
    // The value with its details comes first: a renderer that draws the first option of a oneOf as chosen
    // (RJSF does) then shows the answer's own radio buttons, none chosen, never a bare answer such as "Yes".
    : { title: indicator.text, description: indicator.guidance, oneOf: [{ title: 'Answer with details', ...detail }, ...bare] };
}

/** Writes one option of a choice in the schema's style. */
type Option = (value: string | number | boolean, title: string) => JsonSchemaDocument;

/** The facts as booleans; for a form, as Yes/No radio options, so that an untouched fact stays unknown. */
function factsSchema(title: string, facts: readonly Fact[], option: Option | undefined): JsonSchemaDocument {
  return {
    title,
    description: NOT_KNOWN_NOTE,
    type: 'object',
    properties: Object.fromEntries(facts.map((fact) => [fact.id, {
      title: fact.label,
      ...(fact.description === undefined ? {} : { description: fact.description }),
      type: 'boolean',
      ...(option === undefined ? {} : { oneOf: [option(true, 'Yes'), option(false, 'No')] }),
    }])),
    additionalProperties: false,
  };
}

/** Pseudonymous references connected with the concern, as the screening schema takes them (scoring ignores them). */
function associationsSchema(): JsonSchemaDocument {
  return {
    title: 'Associations',
    type: 'array',
    maxItems: MAX_ASSOCIATIONS,
    items: {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: AssociationKindSchema.options },
        ref: { type: 'string', pattern: `^(?:${Object.values(ASSOCIATION_PREFIXES).join('|')})-[0-9a-f]{16,64}$` },
        role: { type: 'string', enum: AssociationRoleSchema.options },
      },
      required: ['kind', 'ref'],
      additionalProperties: false,
    },
  };
}

/** An earlier result, as the engine reads it: its ruleset stamp and level; other members are allowed. */
function previousSchema(): JsonSchemaDocument {
  return {
    title: 'Earlier result',
    type: 'object',
    properties: {
      ruleset: {
        type: 'object',
        properties: {
          id: { type: 'string', maxLength: 80, pattern: ID_PATTERN },
          version: { type: 'string' },
          fingerprint: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
        },
        required: ['id', 'version', 'fingerprint'],
        additionalProperties: false,
      },
      level: {
        type: 'object',
        properties: { id: { type: 'string', maxLength: 80, pattern: ID_PATTERN }, rank: { type: 'integer', minimum: 0 } },
        required: ['id', 'rank'],
      },
      scores: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: { type: 'string', maxLength: 80, pattern: ID_PATTERN }, value: { type: 'integer' } },
          required: ['id', 'value'],
        },
      },
    },
    required: ['ruleset', 'level'],
  };
}
