import { describe, expect, test } from 'vitest';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../../src/node/bundled-rulesets.js';
import { resolveRulesetLazily } from '../../src/node/resolve-ruleset-lazily.js';

const TIERED = 'test/fixtures/tiered.json';

/** What a caller sees of a resolved ruleset: its stamp, or its issues and warnings. */
function seen(loaded: Awaited<ReturnType<typeof resolveRulesetLazily>>): unknown {
  return loaded.success ? { stamp: loaded.data.stamp, warnings: loaded.warnings } : { issues: loaded.issues, warnings: loaded.warnings };
}

describe('resolveRulesetLazily', () => {
  test.each([
    [DEFAULT_RULESET_ID],
    [TIERED],
    ['rules/brighton-hove-cse.json'],
    ['no-such-ruleset'],
    ['test/fixtures/no-such-file.json'],
  ])('resolves %s exactly as resolveRuleset does', async (idOrPath) => {
    expect(seen(await resolveRulesetLazily(idOrPath))).toEqual(seen(resolveRuleset(idOrPath)));
  });

  test('screens the same way as the ruleset resolveRuleset gives', async () => {
    const lazily = await resolveRulesetLazily(DEFAULT_RULESET_ID);
    const eagerly = resolveRuleset(DEFAULT_RULESET_ID);
    const screening = { subject: { ageYears: 14 }, answers: { 'older-partner': 'yes' } };
    expect(lazily.success && lazily.data.safeScreen(screening)).toEqual(eagerly.success && eagerly.data.safeScreen(screening));
  });
});
