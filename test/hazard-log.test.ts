import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const log = readFileSync('docs/hazard-log.md', 'utf8');
const hazards = log.split(/^## /m).slice(1).map((section) => ({
  title: section.split('\n')[0] ?? '',
  tests: [...section.matchAll(/`(test\/[^`]+)` › "((?:[^"\\]|\\.)+)"/g)].map((match) => ({ file: match[1] ?? '', title: (match[2] ?? '').replace(/\\"/g, '"') })),
}));

describe('the hazard log', () => {
  test('lists hazards, each controlled by at least one named test', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(10);
    for (const hazard of hazards) expect(hazard.tests.length, hazard.title).toBeGreaterThan(0);
  });

  test.each(hazards.flatMap((hazard) => hazard.tests.map((named) => [hazard.title, named.file, named.title] as const)))(
    '%s: %s names a test that exists',
    (_hazard, file, title) => {
      expect(existsSync(file), file).toBe(true);
      const source = readFileSync(file, 'utf8');
      const asGoldenCase = file.endsWith('default-ruleset.test.ts') && existsSync(`test/cases/${title}`);
      expect(asGoldenCase || source.includes(title) || source.includes(title.replace(/"/g, '\\"')), title).toBe(true);
    },
  );
});
