import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'cse-screening';

/**
 * Finds the package's `rules/` folder: walks up from this module's folder to the nearest
 * package.json named cse-screening. Works from `src/node/` (tsx, vitest), from the bundled `dist/`
 * files (ESM and CJS) and from an installed copy in node_modules. Undefined when there is none.
 */
export function findRulesFolder(): string | undefined {
  const start = moduleFolder();
  if (start === undefined) return undefined;
  for (let folder = start; ; folder = dirname(folder)) {
    if (isOurPackage(join(folder, 'package.json'))) {
      const rules = join(folder, 'rules');
      return isFolder(rules) ? rules : undefined;
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/** This module's folder: `__dirname` in CommonJS, `import.meta.url` in ESM (a CJS bundle leaves `import.meta` empty). */
function moduleFolder(): string | undefined {
  if (typeof __dirname === 'string') return __dirname;
  const url: unknown = import.meta.url;
  return typeof url === 'string' && url.startsWith('file:') ? dirname(fileURLToPath(url)) : undefined;
}

function isOurPackage(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return json !== null && typeof json === 'object' && 'name' in json && json.name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
