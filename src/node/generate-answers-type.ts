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
 * whose optional keys are the indicator ids and whose values are the answers each allows (the codes,
 * or the scores and "unknown"), with the question and guidance as JSDoc, plus `<typeName without Answers>IndicatorId`.
 * Made by json-schema-to-typescript from the `answers` part of `toAnswerSchema`, with titles folded into
 * descriptions so that it names no extra types (it reads oneOf as anyOf, which is what a union needs).
 * Throws a CseError (`missing_dependency`) when json-schema-to-typescript is not installed.
 */
export async function generateAnswersType(ruleset: Ruleset, typeName: string): Promise<string> {
  return unwrap(await safeGenerateAnswersType(ruleset, typeName));
}

/** {@link generateAnswersType}, or the `missing_dependency` issue when json-schema-to-typescript is not installed. */
export async function safeGenerateAnswersType(ruleset: Ruleset, typeName: string): Promise<Safe<string>> {
  const compiler = await loadCompiler();
  if (!compiler.success) return compiler;
  const schema = toAnswerSchema(ruleset) as { properties: { answers: { properties: Record<string, { title: string; description: string; oneOf: { const: unknown }[] }> } } };
  const properties = Object.fromEntries(Object.entries(schema.properties.answers.properties).map(([id, property]) => [id, {
    description: `${property.title}\n\n${property.description}`,
    // The bare answers only: the last option, a value with details, is not part of the literal type.
    oneOf: property.oneOf.filter((option) => 'const' in option).map((option) => ({ const: option.const })),
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

