import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

// The build itself is not run here: it would rebuild dist/ under the suite's other tests.
describe('the first command a newcomer runs', () => {
  test('npm run assess:example builds quietly (tsup prints only a failure) and then shows the example result', () => {
    expect(scripts.build).toBe('tsup --silent');
    const [build, assess, ...rest] = (scripts['assess:example'] ?? '').split(' && ');
    expect(rest).toEqual([]);
    // --silent keeps npm's own "> cse-screening@… build" banner out too.
    expect(build).toBe('npm run --silent build');
    expect(assess).toBe('node dist/cli.js assess examples/screening.json');
    const shown = execFileSync('node', ['dist/cli.js', 'assess', 'examples/screening.json'], { encoding: 'utf8' });
    expect(shown).toMatch(/^Level: .+\nRuleset: brighton-hove-cse /);
  });

  test('npm pack and npm publish build from an empty dist/, so that no file of an earlier build reaches the tarball', () => {
    expect(scripts.prepack).toMatch(/rmSync\('dist'/);
    expect(scripts.prepack).toMatch(/&& npm run --silent build$/);
    expect(scripts.prepublishOnly).toBeUndefined();
  });
});
