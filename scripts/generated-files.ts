import { readdirSync, readFileSync } from 'node:fs';
import { compileRuleset, diffRulesets, impactOfChange, renderDiffMarkdown, toRulebookHtml, toRulebookMarkdown, type WorkedCase } from '../src/index.js';
import { safeCompileEarlierRelease } from '../src/engine/screener/compile-ruleset.js';
import { renderEarlierReleaseNote } from '../src/export/render-earlier-release-note.js';
import { toJsonSchemas } from '../src/export/to-json-schemas.js';
import { generateAnswersType } from '../src/node/generate-answers-type.js';
import { bytesSha256, precompiledPathOf, precompiledText, precompileRuleset, splitPrecompiledRuleset } from '../src/node/precompile-ruleset.js';
import { precompiledPartsPathOf } from '../src/node/precompiled-path-of.js';
import { unwrap } from '../src/issues/unwrap.js';
import { readCaseFolder } from '../src/node/read-case-folder.js';
import { createNdjsonReader } from '../src/node/cli/batch/create-ndjson-reader.js';
import { screenBatchRecord } from '../src/node/cli/batch/screen-batch-record.js';
import { DEFAULT_ANSWERS_TYPE_FILE } from './answers-type.js';
import { emitReader } from './emit-reader.js';
import { emitShape } from './emit-shape.js';
import { IdSchema } from '../src/schema/id.js';
import { RulesetSchema } from '../src/schema/ruleset.js';
import { ScreeningSchema } from '../src/schema/screening.js';

/** The bundled rulesets whose rulebooks are committed, each with the folder of its golden cases and the earlier release its change report starts from. */
const RULEBOOKS = [{ id: 'brighton-hove-cse', cases: 'test/cases', earlier: 'rules/archive/brighton-hove-cse-1.1.0.json' }];

function workedCases(folder: string, screen: (screening: unknown) => WorkedCase['result']): WorkedCase[] {
  return readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => {
    const golden = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as { name: string; rationale: string; screening: WorkedCase['screening'] };
    return { name: golden.name, rationale: golden.rationale, screening: golden.screening, result: screen(golden.screening) };
  });
}

/** Every generated file that is committed, by path relative to the repository root, with its exact content. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const attested: string[] = [];
  for (const [name, schema] of Object.entries(toJsonSchemas())) files.set(`schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  // The one-walk screening reader, written from the screening schema (the engine's fast path).
  files.set('src/generated/read-screening-shape.ts', emitReader({
    schema: ScreeningSchema, functionName: 'readScreeningShape', outputType: { name: 'Screening', from: '../schema/screening.js' },
    visited: [ScreeningSchema._zod.def.shape.answers], known: [IdSchema], command: 'npm run generate (scripts/emit-reader.ts)',
  }));
  // The screening schema as data, for the full path to parse by without zod (and list the issues zod would).
  files.set('src/generated/screening-shape.ts', emitShape({ schema: ScreeningSchema, constantName: 'SCREENING_SHAPE', command: 'npm run generate (scripts/emit-shape.ts)' }));
  // The ruleset schema as data, for parseRuleset to read a ruleset by without zod.
  files.set('src/generated/ruleset-shape.ts', emitShape({ schema: RulesetSchema, constantName: 'RULESET_SHAPE', command: 'npm run generate (scripts/emit-shape.ts)' }));
  for (const { id, cases, earlier } of RULEBOOKS) {
    const screener = compileRuleset(JSON.parse(readFileSync(`rules/${id}.json`, 'utf8')));
    // The change report a safeguarding lead reads before signing: the earlier release against this one, with the golden cases that move.
    const before = unwrap(safeCompileEarlierRelease(JSON.parse(readFileSync(earlier, 'utf8'))));
    const impact = impactOfChange(before.screener, screener, unwrap(readCaseFolder(cases)).map((entry) => ({ name: entry.name, screening: entry.screening })));
    files.set(`docs/rulesets/${id}-${before.screener.ruleset.meta.version}-to-${screener.ruleset.meta.version}.md`,
      `${renderEarlierReleaseNote(before.unproved)}${renderDiffMarkdown(diffRulesets(before.screener.ruleset, screener.ruleset), impact)}`);
    const options = { fingerprint: screener.stamp.fingerprint, cases: workedCases(cases, (screening) => screener.screen(screening)) };
    files.set(`docs/rulesets/${id}.md`, toRulebookMarkdown(screener.ruleset, options));
    files.set(`docs/rulesets/${id}.html`, toRulebookHtml(screener.ruleset, options));
    if (id === 'brighton-hove-cse') {
      files.set(DEFAULT_ANSWERS_TYPE_FILE, await generateAnswersType(screener.ruleset, 'BrightonHoveCseAnswers'));
      // The example caseload's results, as `cse-screen assess --batch examples/caseload/screenings.ndjson --detail full` writes them.
      const reader = createNdjsonReader();
      const records = [...reader.push(readFileSync('examples/caseload/screenings.ndjson')), ...reader.end()];
      files.set('examples/caseload/results.ndjson', records.map((record) => screenBatchRecord(screener, record, { detail: 'full' }).text).join(''));
    }
    // The bundled ruleset precompiled (every check and protection proof passed), so that the CLI starts without them.
    const source = `rules/${id}.json`;
    const precompiled = unwrap(precompileRuleset(readFileSync(source), source));
    const text = precompiledText(precompiled);
    files.set(precompiledPathOf(source), text);
    attested.push(bytesSha256(Buffer.from(text)));
    // The same split in two for browser apps: the core screens for decision and ids results, the texts load apart.
    const parts = splitPrecompiledRuleset(precompiled);
    const partPaths = precompiledPartsPathOf(source);
    files.set(partPaths.core, precompiledText(parts.core));
    files.set(partPaths.texts, precompiledText(parts.texts));
  }
  // The SHA-256 of each precompiled file written here, for the CLI to take one of them as it is (readFreshPrecompiled).
  files.set('src/generated/attested-precompiled.ts', [
    '// Generated by npm run generate (scripts/generated-files.ts) with the precompiled rulesets: do not edit. test/freshness checks it is current.',
    '',
    '/** The SHA-256 (hex) of each bundled precompiled ruleset file as npm run generate wrote it, after every check and protection proof passed. */',
    `export const ATTESTED_PRECOMPILED_SHA256: ReadonlySet<string> = new Set(${JSON.stringify(attested)});`,
    '',
  ].join('\n'));
  return files;
}
