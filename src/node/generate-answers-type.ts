import type { JSONSchema4 } from 'json-schema';
import type * as JsonSchemaToTypescript from 'json-schema-to-typescript';
import { toAnswerSchema } from '../export/to-answer-schema.js';
import { unwrap } from '../issues/unwrap.js';
import { succeed, type Safe } from '../issues/safe.js';
import type { Ruleset } from '../schema/ruleset.js';
import { importOptional } from './import-optional.js';

/** json-schema-to-typescript, an optional peer of this package, loaded only when types are generated. */
function loadCompiler(): Promise<Safe<typeof JsonSchemaToTypescript>> {
  return importOptional(() => import('json-schema-to-typescript'), {
    name: 'json-schema-to-typescript',
    neededFor: 'cse-screen types writes its types',
    install: 'npm install --save-dev json-schema-to-typescript',
  });
}

const BANNER = '// generated: do not edit. Made by cse-screen types (json-schema-to-typescript) from the ruleset; run `npm run generate` to refresh.';

/**
 * The TypeScript source of a literal answers type for one ruleset: an object type named `typeName`
 * whose optional keys are the indicator ids and whose values are the answers each allows: a bare answer
 * (the codes, or the scores and "unknown") or the answer with details (`value`, the time windows the item
 * offers as one id or a list, `evidence`, `basis`), with the question and guidance as JSDoc, plus
 * `<typeName without Answers>IndicatorId`. Made by json-schema-to-typescript from the `answers` part of
 * `toAnswerSchema`, with titles folded into descriptions or left out so that it names no extra types (it
 * reads oneOf as anyOf, which is what a union needs), and without the length limits, which a type cannot
 * carry usefully (a list of at most 20 windows would be written as 20 tuples).
 * Throws a CseError (`missing_dependency`) when json-schema-to-typescript is not installed.
 */
export async function generateAnswersType(ruleset: Ruleset, typeName: string): Promise<string> {
  return unwrap(await safeGenerateAnswersType(ruleset, typeName));
}

/** {@link generateAnswersType}, or the `missing_dependency` issue when json-schema-to-typescript is not installed. */
export async function safeGenerateAnswersType(ruleset: Ruleset, typeName: string): Promise<Safe<string>> {
  const compiler = await loadCompiler();
  if (!compiler.success) return compiler;
  const schema = toAnswerSchema(ruleset) as { properties: { answers: { properties: Record<string, { title: string; description: string; oneOf: JSONSchema4[] }> } } };
  const properties = Object.fromEntries(Object.entries(schema.properties.answers.properties).map(([id, property]) => [id, {
    description: `${property.title}\n\n${property.description}`,
    // The bare answers first, as a person reads them, then the answer with details.
    oneOf: [
      ...property.oneOf.filter((option) => 'const' in option).map((option) => ({ const: option['const'] as unknown })),
      ...property.oneOf.filter((option) => !('const' in option)).map(withoutNamesOrLimits),
    ],
  }]));
  const answers = {
    description: `The answers of a screening for ruleset ${ruleset.meta.id} ${ruleset.meta.version}, keyed by indicator id. Leave an unanswered item out.`,
    type: 'object',
    properties,
    additionalProperties: false,
  } as JSONSchema4;
  const compiled = await compiler.data.compile(answers, typeName, { bannerComment: BANNER, additionalProperties: false, unknownAny: true, strictIndexSignatures: true });
  // An interface has no implicit index signature, so it would not fit `ScreeningInput['answers']`; a type alias does.
  const source = compiled.replace(`export interface ${typeName} {`, `export type ${typeName} = {`).replace(/^\}$/m, '};');
  if (!source.includes(`export type ${typeName} = {`) || source.includes('interface ')) throw new Error('json-schema-to-typescript wrote an unexpected shape');
  const idType = `${typeName.replace(/Answers$/, '')}IndicatorId`;
  return succeed(`${source}\n/** An indicator id of ruleset ${ruleset.meta.id} ${ruleset.meta.version}. */\nexport type ${idType} = keyof ${typeName};\n`);
}

/** Keywords that would name a type of their own (title) or spell out a length as tuples, left out of a type's schema. */
const LEFT_OUT = new Set(['title', 'description', 'maxItems', 'maxLength', 'minLength', 'pattern', 'uniqueItems']);

/** A schema without titles, descriptions, length limits and a type its oneOf states, in it and in every schema it holds (properties, items, oneOf). */
function withoutNamesOrLimits(schema: JSONSchema4): JSONSchema4 {
  // A type beside a oneOf whose options carry their own would be written as an intersection (`("yes" | "no") & string`).
  const kept = Object.entries(schema).filter(([keyword]) => !LEFT_OUT.has(keyword) && !(keyword === 'type' && 'oneOf' in schema)).map(([keyword, value]): [string, unknown] => {
    if (keyword === 'properties') {
      return [keyword, Object.fromEntries(Object.entries(value as Record<string, JSONSchema4>).map(([name, inner]) => [name, withoutNamesOrLimits(inner)]))];
    }
    if (keyword === 'oneOf') return [keyword, (value as JSONSchema4[]).map(withoutNamesOrLimits)];
    if (keyword === 'items') return [keyword, withoutNamesOrLimits(value as JSONSchema4)];
    return [keyword, value];
  });
  return Object.fromEntries(kept) as JSONSchema4;
}

