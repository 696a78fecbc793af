import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generatedFiles } from '../../scripts/generated-files.js';

const files = await generatedFiles();

describe('generated files', () => {
  for (const [path, expected] of files) {
    test(`${path} is committed as generated (run npm run generate after changing its source)`, () => {
      let committed: string | undefined;
      try { committed = readFileSync(path, 'utf8'); } catch { committed = undefined; }
      expect(committed, `${path} is missing`).toBeDefined();
      expect(committed === expected, `${path} is stale`).toBe(true);
    });
  }
});
