import { compileRuleset, type Screener } from '../../src/index.js';
import { loadFixture, type FixtureName } from './load-fixture.js';

const screeners = new Map<FixtureName, Screener>();

/** The compiled screener of a fixture ruleset, compiled once per test file. */
export function fixtureScreener(name: FixtureName): Screener {
  const known = screeners.get(name);
  if (known !== undefined) return known;
  const screener = compileRuleset(loadFixture(name));
  screeners.set(name, screener);
  return screener;
}
