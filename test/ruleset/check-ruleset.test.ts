import { describe, expect, test } from 'vitest';
import type { Issue, RulesetInput } from '../../src/index.js';
import { removeAt, setAt, updateAt, type JsonPath } from '../support/edit-json.js';
import { loadFixture, type FixtureName } from '../support/load-fixture.js';
import { plantCanary } from '../support/plant-canary.js';
import { rulesetIssues } from '../support/ruleset-issues.js';

// Each case changes one valid fixture minimally and pins the exact issues, code and path. Every
// free-text field of the input carries a canary, and every id a case introduces contains "canary":
// no message may repeat either.

const CANARY = 'CANARY-91f4-free-text';

/** A fixture with the canary in every free-text field. */
function fixture(name: FixtureName): RulesetInput {
  return plantCanary(loadFixture(name), CANARY);
}

const codesAndPaths = (issues: readonly Issue[]): Pick<Issue, 'code' | 'path'>[] => issues.map(({ code, path }) => ({ code, path }));

/** A change to a fixture, and the issues it must produce. */
interface Case {
  readonly name: string;
  readonly from: FixtureName;
  readonly change: (ruleset: RulesetInput) => unknown;
  readonly issues: readonly Pick<Issue, 'code' | 'path'>[];
}

const step = (id: string) => ({ id, title: 'Step', description: `d ${CANARY}`, actor: 'DSL', urgency: 'planned', strength: 'consider', sources: [{ source: 'test' }] });
const tooDeep = (depth: number): unknown => (depth === 0 ? { kind: 'age', is: 'under', years: 13 } : { kind: 'not', condition: tooDeep(depth - 1) });
const withKey = (ruleset: RulesetInput, path: JsonPath, key: string): unknown => {
  // JSON.parse is the only way to give an object an own "__proto__" key, as a hostile file would.
  const marker = '"canary-marker":1';
  const text = JSON.stringify(setAt(ruleset, [...path, 'canary-marker'], 1)).replace(marker, `${JSON.stringify(key)}:{"canary":1}`);
  return JSON.parse(text);
};

const CASES: readonly Case[] = [
  // duplicate_id
  { name: 'a rule id used twice', from: 'tiered', change: (r) => setAt(r, ['rules', 1, 'id'], 'any-low'),
    issues: [{ code: 'duplicate_id', path: ['rules', 1, 'id'] }] },
  { name: 'an indicator id used twice', from: 'weighted', change: (r) => setAt(r, ['indicators', 1, 'id'], 'looked-after'),
    issues: [{ code: 'duplicate_id', path: ['indicators', 1, 'id'] }] },
  { name: 'a step id used twice, leaving the reference to the old id dangling', from: 'tiered', change: (r) => setAt(r, ['steps', 6, 'id'], 'police'),
    issues: [{ code: 'duplicate_id', path: ['steps', 6, 'id'] }, { code: 'unknown_reference', path: ['rules', 9, 'steps', 0] }] },

  // unknown_reference
  { name: 'a rule effect naming an undeclared level', from: 'tiered', change: (r) => setAt(r, ['rules', 0, 'effect', 'level'], 'canary-level'),
    issues: [{ code: 'unknown_reference', path: ['rules', 0, 'effect', 'level'] }] },
  { name: 'an answer condition naming an undeclared indicator', from: 'tiered', change: (r) => setAt(r, ['rules', 4, 'when', 'indicator'], 'canary-indicator'),
    issues: [{ code: 'unknown_reference', path: ['rules', 4, 'when', 'indicator'] }] },
  { name: 'a count filter naming a tag no indicator carries', from: 'tiered', change: (r) => setAt(r, ['rules', 0, 'when', 'where'], { tags: ['canary-tag'] }),
    issues: [{ code: 'unknown_reference', path: ['rules', 0, 'when', 'where', 'tags', 0] }] },
  { name: 'a nested context condition naming an undeclared fact', from: 'tiered', change: (r) => setAt(r, ['rules', 5, 'when', 'of', 1, 'fact'], 'canaryFact'),
    issues: [{ code: 'unknown_reference', path: ['rules', 5, 'when', 'of', 1, 'fact'] }] },
  { name: 'a level naming an undeclared step', from: 'tiered', change: (r) => setAt(r, ['levels', 3, 'steps', 1], 'canary-step'),
    issues: [{ code: 'unknown_reference', path: ['levels', 3, 'steps', 1] }] },
  { name: 'a citation of an undeclared source', from: 'tiered', change: (r) => setAt(r, ['rules', 2, 'sources', 0, 'source'], 'canary-source'),
    issues: [{ code: 'unknown_reference', path: ['rules', 2, 'sources', 0, 'source'] }] },
  { name: 'a window weight for an undeclared window', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'terms', 2, 'windowWeights', 'canary-window'], 1),
    issues: [{ code: 'unknown_reference', path: ['scores', 0, 'terms', 2, 'windowWeights', 'canary-window'] }] },
  { name: 'a score condition naming an undeclared score', from: 'weighted', change: (r) => setAt(r, ['rules', 0, 'when'], { kind: 'score', score: 'canary-score', min: 3 }),
    issues: [{ code: 'unknown_reference', path: ['rules', 0, 'when', 'score'] }] },
  { name: 'an attribute bonus for an undeclared attribute', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'terms', 3, 'attribute'], 'canaryAttribute'),
    issues: [{ code: 'unknown_reference', path: ['scores', 0, 'terms', 3, 'attribute'] }] },

  // band_gap, band_overlap, band_range, band_level_descends, unreachable_level
  { name: 'a band starting one above where the last ended', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'bands', 1, 'min'], 7),
    issues: [{ code: 'band_gap', path: ['scores', 0, 'bands', 1, 'min'] }] },
  { name: 'a first band starting above 0', from: 'weighted', change: (r) => setAt(r, ['scores', 1, 'bands', 0, 'min'], 1),
    issues: [{ code: 'band_gap', path: ['scores', 1, 'bands', 0, 'min'] }] },
  { name: 'a last band ending below the highest reachable score', from: 'weighted', change: (r) => setAt(r, ['scores', 1, 'bands', 2, 'max'], 8),
    issues: [{ code: 'band_gap', path: ['scores', 1, 'bands'] }] },
  { name: 'a band starting one below where the last ended', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'bands', 1, 'min'], 5),
    issues: [{ code: 'band_overlap', path: ['scores', 0, 'bands', 1, 'min'] }] },
  { name: 'an open-ended band that is not the last', from: 'weighted', change: (r) => removeAt(r, ['scores', 0, 'bands', 2, 'max']),
    issues: [{ code: 'band_overlap', path: ['scores', 0, 'bands', 2, 'max'] }, { code: 'band_overlap', path: ['scores', 0, 'bands', 3, 'min'] }] },
  { name: 'a band above the highest reachable score', from: 'weighted',
    change: (r) => updateAt(r, ['scores', 1, 'bands'], (bands) => [...(bands as unknown[]), { min: 10, level: 'category-4' }]),
    issues: [{ code: 'band_range', path: ['scores', 1, 'bands', 3, 'min'] }] },
  { name: 'a higher band with a lower level', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'bands', 2, 'level'], 'category-1'),
    issues: [{ code: 'band_level_descends', path: ['scores', 0, 'bands', 2, 'level'] }] },
  { name: 'a level no rule or band sets', from: 'weighted', change: (r) => setAt(r, ['scores', 0, 'bands', 3, 'level'], 'category-3'),
    issues: [{ code: 'unreachable_level', path: ['levels', 3] }] },

  // rule_never_fires
  { name: 'a count asking for more indicators than its filter selects', from: 'tiered', change: (r) => setAt(r, ['rules', 0, 'when', 'min'], 2),
    issues: [{ code: 'rule_never_fires', path: ['rules', 0, 'when', 'min'] }] },
  { name: 'a score condition above the highest reachable score', from: 'weighted', change: (r) => setAt(r, ['rules', 0, 'when'], { kind: 'score', score: 'area-score', min: 10 }),
    issues: [{ code: 'rule_never_fires', path: ['rules', 0, 'when', 'min'] }] },
  { name: 'an at-least asking for more conditions than it lists', from: 'tiered',
    change: (r) => updateAt(r, ['rules', 0, 'when'], (when) => ({ kind: 'at-least', count: 2, of: [when] })),
    issues: [{ code: 'rule_never_fires', path: ['rules', 0, 'when', 'count'] }] },
  { name: 'a level condition with atLeast above atMost', from: 'tiered', change: (r) => setAt(r, ['rules', 5, 'when', 'of', 0], { kind: 'level', atLeast: 'high', atMost: 'low' }),
    issues: [{ code: 'rule_never_fires', path: ['rules', 5, 'when', 'of', 0] }] },

  // step_never_reached, missing_source
  { name: 'a step nothing brings in', from: 'tiered', change: (r) => updateAt(r, ['steps'], (steps) => [...(steps as unknown[]), step('canary-step')]),
    issues: [{ code: 'step_never_reached', path: ['steps', 7] }] },
  { name: 'a rule citing no source', from: 'tiered', change: (r) => setAt(r, ['rules', 0, 'sources'], []),
    issues: [{ code: 'missing_source', path: ['rules', 0, 'sources'] }] },
  { name: 'an indicator citing no source', from: 'weighted', change: (r) => setAt(r, ['indicators', 15, 'sources'], []),
    issues: [{ code: 'missing_source', path: ['indicators', 15, 'sources'] }] },

  // invalid_range
  { name: 'a count with min above max', from: 'tiered', change: (r) => setAt(setAt(r, ['rules', 6, 'when', 'min'], 3), ['rules', 6, 'when', 'max'], 2),
    issues: [{ code: 'invalid_range', path: ['rules', 6, 'when'] }] },
  { name: 'a count with neither min nor max', from: 'tiered', change: (r) => removeAt(r, ['rules', 0, 'when', 'min']),
    issues: [{ code: 'invalid_range', path: ['rules', 0, 'when'] }] },
  { name: 'a level condition with neither atLeast nor atMost', from: 'tiered', change: (r) => setAt(r, ['rules', 5, 'when', 'of', 0], { kind: 'level' }),
    issues: [{ code: 'invalid_range', path: ['rules', 5, 'when', 'of', 0] }] },
  { name: 'a score condition with min above max', from: 'weighted', change: (r) => setAt(r, ['rules', 0, 'when'], { kind: 'score', score: 'area-score', min: 5, max: 4 }),
    issues: [{ code: 'invalid_range', path: ['rules', 0, 'when'] }] },
  { name: 'a band with max below min', from: 'weighted', change: (r) => setAt(r, ['scores', 1, 'bands', 2, 'max'], 6),
    issues: [{ code: 'invalid_range', path: ['scores', 1, 'bands', 2] }, { code: 'band_gap', path: ['scores', 1, 'bands'] }] },

  // level_condition_in_level_rule, actions_rule_without_steps
  { name: 'a level rule that compares the level', from: 'tiered',
    change: (r) => updateAt(r, ['rules', 0, 'when'], (when) => ({ kind: 'all', of: [{ kind: 'level', atLeast: 'low' }, when] })),
    issues: [{ code: 'level_condition_in_level_rule', path: ['rules', 0, 'when', 'of', 0] }] },
  { name: 'an actions rule with no steps', from: 'tiered', change: (r) => setAt(r, ['rules', 5, 'steps'], []),
    issues: [{ code: 'actions_rule_without_steps', path: ['rules', 5, 'steps'] }, { code: 'step_never_reached', path: ['steps', 4] }] },

  // child protections
  { name: 'a scope that stops before 17', from: 'tiered', change: (r) => setAt(r, ['scope', 'ages', 'below'], 17),
    issues: [{ code: 'scope_excludes_children', path: ['scope', 'ages'] }] },
  { name: 'a scope that starts after 16', from: 'weighted', change: (r) => setAt(r, ['scope', 'ages', 'from'], 17),
    issues: [{ code: 'scope_excludes_children', path: ['scope', 'ages'] }] },
  { name: 'a floor that holds at 15 but not at 16', from: 'tiered', change: (r) => setAt(r, ['rules', 3, 'when', 'of', 0, 'years'], 16),
    issues: [{ code: 'age_rule_lowers_older_children', path: ['rules', 3, 'when', 'of', 0] }] },
  { name: 'a negated age condition that excludes 16 and 17', from: 'weighted',
    change: (r) => setAt(r, ['rules', 3, 'when', 'of', 0], { kind: 'not', condition: { kind: 'age', is: 'at-least', years: 16 } }),
    issues: [{ code: 'age_rule_lowers_older_children', path: ['rules', 3, 'when', 'of', 0, 'condition'] }] },
  { name: 'no floor or override for a child under 13', from: 'tiered', change: (r) => setAt(r, ['rules', 3, 'effect', 'kind'], 'level'),
    issues: [{ code: 'missing_under_13_floor', path: ['rules'] }] },

  { name: 'an under-13 floor at the lowest level', from: 'tiered', change: (r) => setAt(r, ['rules', 3, 'effect', 'level'], 'none'),
    issues: [{ code: 'missing_under_13_floor', path: ['rules'] }] },

  // matches that cannot be decided, or that could lower a level
  { name: 'a level rule whose match counts possible but not yes', from: 'weighted', change: (r) => setAt(r, ['rules', 0, 'when', 'match', 'answers'], ['possible']),
    issues: [{ code: 'match_excludes_yes', path: ['rules', 0, 'when', 'match', 'answers'] }] },
  { name: 'a count asking for a top score over yes/no items', from: 'weighted', change: (r) => setAt(r, ['rules', 1, 'when', 'where', 'domains'], ['areas', 'risk']),
    issues: [{ code: 'match_not_for_scale', path: ['rules', 1, 'when', 'match'] }] },
  { name: 'a count asking for a window some selected items do not offer', from: 'weighted',
    change: (r) => setAt(setAt(r, ['rules', 0, 'when', 'where', 'domains'], ['vulnerability']), ['rules', 0, 'when', 'match', 'windows'], ['last-6-months']),
    issues: [{ code: 'window_not_on_indicator', path: ['rules', 0, 'when', 'match', 'windows'] }] },

  // vulnerability policy
  { name: 'a level rule counting vulnerabilities under a context-only policy', from: 'tiered',
    change: (r) => setAt(r, ['rules', 0, 'when', 'where', 'kinds'], ['risk', 'significant', 'vulnerability']),
    issues: [{ code: 'vulnerability_scored_in_context_only_ruleset', path: ['rules', 0, 'when', 'where'] }] },
  { name: 'a score adding vulnerabilities under a context-only policy', from: 'weighted', change: (r) => setAt(r, ['policy', 'vulnerabilityFactors'], 'context-only'),
    issues: [{ code: 'vulnerability_scored_in_context_only_ruleset', path: ['scores', 0, 'terms', 0, 'where'] }] },

  // answer matches that do not fit the indicator
  { name: 'an answer condition asking for a window the indicator does not offer', from: 'weighted',
    change: (r) => setAt(r, ['rules', 5, 'when'], { kind: 'answer', indicator: 'immediate-danger', match: { windows: ['last-6-months'] } }),
    issues: [{ code: 'window_not_on_indicator', path: ['rules', 5, 'when', 'match', 'windows', 0] }] },
  { name: 'a score match on a yes/no indicator', from: 'weighted',
    change: (r) => setAt(r, ['rules', 5, 'when'], { kind: 'answer', indicator: 'immediate-danger', match: { minScore: 2 } }),
    issues: [{ code: 'match_not_for_scale', path: ['rules', 5, 'when', 'match'] }] },
  { name: 'a window match on an ordinal indicator', from: 'weighted',
    change: (r) => setAt(r, ['rules', 5, 'when'], { kind: 'answer', indicator: 'online-rating', match: { windows: ['last-6-months'] } }),
    issues: [{ code: 'match_not_for_scale', path: ['rules', 5, 'when', 'match', 'windows'] }] },
  { name: 'an ordinal scale with a score missing', from: 'weighted', change: (r) => removeAt(r, ['indicators', 13, 'answer', 'scores', 1]),
    issues: [{ code: 'ordinal_scale_gap', path: ['indicators', 13, 'answer', 'scores'] }] },

  // refused before the shape is read
  { name: 'another format', from: 'tiered', change: (r) => setAt(r, ['format'], 'canary-format@9'),
    issues: [{ code: 'unsupported_format', path: ['format'] }] },
  { name: 'a __proto__ key in a rule', from: 'tiered', change: (r) => withKey(r, ['rules', 0], '__proto__'),
    issues: [{ code: 'forbidden_key', path: ['rules', 0, '__proto__'] }] },
  { name: 'a constructor key in the meta', from: 'weighted', change: (r) => withKey(r, ['meta'], 'constructor'),
    issues: [{ code: 'forbidden_key', path: ['meta', 'constructor'] }] },
  { name: 'a condition nested deeper than 64 levels', from: 'tiered', change: (r) => setAt(r, ['rules', 3, 'when'], tooDeep(100)),
    issues: [{ code: 'too_deep', path: ['rules', 3, 'when', ...Array.from({ length: 61 }, () => 'condition')] }] },
];

describe('safeParseRuleset on the fixtures', () => {
  test.each(['tiered', 'weighted'] as const)('the %s fixture is valid and has no issues', (name) => {
    expect(rulesetIssues(loadFixture(name))).toEqual([]);
  });

  test.each(['tiered', 'weighted'] as const)('the %s fixture with a canary in every text field is still valid', (name) => {
    expect(rulesetIssues(fixture(name))).toEqual([]);
  });
});

describe('safeParseRuleset reports each semantic problem with its code and the path to it', () => {
  test.each(CASES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const issues = rulesetIssues(entry.change(fixture(entry.from)));
    expect(codesAndPaths(issues)).toEqual(entry.issues);
  });

  test.each(CASES.map((entry) => [entry.name, entry] as const))('%s: no message repeats free text or an id from the input', (_name, entry) => {
    for (const issue of rulesetIssues(entry.change(fixture(entry.from)))) {
      expect(issue.message).not.toMatch(/canary/i);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  });

  test('every semantic issue code the checks can emit is covered by a case above', () => {
    const covered = new Set(CASES.flatMap((entry) => entry.issues.map((issue) => issue.code)));
    expect([...covered].sort()).toEqual([
      'actions_rule_without_steps', 'age_rule_lowers_older_children', 'band_gap', 'band_level_descends', 'band_overlap', 'band_range',
      'duplicate_id', 'forbidden_key', 'invalid_range', 'level_condition_in_level_rule', 'match_excludes_yes', 'match_not_for_scale', 'missing_source',
      'missing_under_13_floor', 'ordinal_scale_gap', 'rule_never_fires', 'scope_excludes_children', 'step_never_reached', 'too_deep',
      'unknown_reference', 'unreachable_level', 'unsupported_format', 'vulnerability_scored_in_context_only_ruleset', 'window_not_on_indicator',
    ]);
  });

  test('several independent problems are all reported in one pass', () => {
    let ruleset = fixture('weighted');
    ruleset = setAt(ruleset, ['scope', 'ages', 'below'], 17);
    ruleset = setAt(ruleset, ['scores', 0, 'bands', 1, 'min'], 7);
    ruleset = setAt(ruleset, ['rules', 0, 'when', 'min'], 6);
    expect(codesAndPaths(rulesetIssues(ruleset))).toMatchInlineSnapshot(`
      [
        {
          "code": "rule_never_fires",
          "path": [
            "rules",
            0,
            "when",
            "min",
          ],
        },
        {
          "code": "band_gap",
          "path": [
            "scores",
            0,
            "bands",
            1,
            "min",
          ],
        },
        {
          "code": "scope_excludes_children",
          "path": [
            "scope",
            "ages",
          ],
        },
      ]
    `);
  });

  test('broken references are reported alone: later checks would only add noise', () => {
    let ruleset = fixture('tiered');
    ruleset = setAt(ruleset, ['rules', 0, 'effect', 'level'], 'canary-level');
    ruleset = setAt(ruleset, ['scope', 'ages', 'below'], 17);
    expect(codesAndPaths(rulesetIssues(ruleset))).toEqual([{ code: 'unknown_reference', path: ['rules', 0, 'effect', 'level'] }]);
  });
});
