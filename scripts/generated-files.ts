import { readdirSync, readFileSync } from 'node:fs';
import { compileRuleset, toRulebookHtml, toRulebookMarkdown, type WorkedCase } from '../src/index.js';
import { toJsonSchemas } from '../src/export/to-json-schemas.js';
import { generateAnswersType } from '../src/node/generate-answers-type.js';
import { DEFAULT_ANSWERS_TYPE_FILE } from './answers-type.js';

/** The bundled rulesets whose rulebooks are committed, each with the folder of its golden cases. */
const RULEBOOKS = [{ id: 'brighton-hove-cse', cases: 'test/cases' }];

function workedCases(folder: string, screen: (screening: unknown) => WorkedCase['result']): WorkedCase[] {
  return readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => {
    const golden = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as { name: string; rationale: string; screening: WorkedCase['screening'] };
    return { name: golden.name, rationale: golden.rationale, screening: golden.screening, result: screen(golden.screening) };
  });
}

/** Every generated file that is committed, by path relative to the repository root, with its exact content. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [name, schema] of Object.entries(toJsonSchemas())) files.set(`schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  for (const { id, cases } of RULEBOOKS) {
    const screener = compileRuleset(JSON.parse(readFileSync(`rules/${id}.json`, 'utf8')));
    const options = { fingerprint: screener.stamp.fingerprint, cases: workedCases(cases, (screening) => screener.screen(screening)) };
    files.set(`docs/rulesets/${id}.md`, toRulebookMarkdown(screener.ruleset, options));
    files.set(`docs/rulesets/${id}.html`, toRulebookHtml(screener.ruleset, options));
    if (id === 'brighton-hove-cse') files.set(DEFAULT_ANSWERS_TYPE_FILE, await generateAnswersType(screener.ruleset, 'BrightonHoveCseAnswers'));
  }
  return files;
}
