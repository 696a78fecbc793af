import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generated-files.js';

// Writes every generated file (schemas, types, rulebooks). Each is written to a temporary file and
// renamed into place, so that no file is ever left half-written.
const root = join(dirname(new URL(import.meta.url).pathname), '..');
let changed = 0;
for (const [path, content] of await generatedFiles()) {
  const target = join(root, path);
  let current: string | undefined;
  try { current = readFileSync(target, 'utf8'); } catch { current = undefined; }
  if (current === content) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(`${target}.tmp`, content);
  renameSync(`${target}.tmp`, target);
  changed++;
  console.log(`wrote ${path}`);
}
console.log(`${changed} file(s) changed`);
