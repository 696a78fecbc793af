import type { JSONSchema4 } from 'json-schema';
import type * as JsonSchemaToTypescript from 'json-schema-to-typescript';
import { toAnswerSchema } from '../export/to-answer-schema.js';
import type { Ruleset } from '../schema/ruleset.js';

/**
 * json-schema-to-typescript is a development tool, not a runtime dependency of this package: it is
 * loaded only when types are generated, and a clear error says to install it when it is missing.
 */
async function loadCompiler(): Promise<typeof JsonSchemaToTypescript> {
  try {
    return await import('json-schema-to-typescript');
  } catch {
    throw new Error('cse-screen types needs the json-schema-to-typescript package: npm install --save-dev json-schema-to-typescript');
  }
}

const BANNER = '// generated: do not edit. Made by cse-screen types (json-schema-to-typescript) from the ruleset; run `npm run generate` to refresh.';

/**
 * The TypeScript source of a literal answers type for one ruleset: an object type named `typeName`
 * whose optional keys are the indicator ids and whose values are the answers each allows (the codes,
 * or the scores and "unknown"), with the question and guidance as JSDoc, plus `<typeName without Answers>IndicatorId`.
 * Made by json-schema-to-typescript from the `answers` part of `toAnswerSchema`, with titles folded into
 * descriptions so that it names no extra types (it reads oneOf as anyOf, which is what a union needs).
 */
export async function generateAnswersType(ruleset: Ruleset, typeName: string): Promise<string> {
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
  const { compile } = await loadCompiler();
  const compiled = await compile(answers, typeName, { bannerComment: BANNER, additionalProperties: false, unknownAny: true, strictIndexSignatures: true });
  // An interface has no implicit index signature, so it would not fit `ScreeningInput['answers']`; a type alias does.
  const source = compiled.replace(`export interface ${typeName} {`, `export type ${typeName} = {`).replace(/^\}$/m, '};');
  if (!source.includes(`export type ${typeName} = {`) || source.includes('interface ')) throw new Error('json-schema-to-typescript wrote an unexpected shape');
  const idType = `${typeName.replace(/Answers$/, '')}IndicatorId`;
  return `${source}\n/** An indicator id of ruleset ${ruleset.meta.id} ${ruleset.meta.version}. */\nexport type ${idType} = keyof ${typeName};\n`;
}

