import { toJsonSchemas } from '../src/export/to-json-schemas.js';

/** Every generated file that is committed, by path relative to the repository root, with its exact content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, schema] of Object.entries(toJsonSchemas())) files.set(`schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  return files;
}
