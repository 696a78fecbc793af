import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type RulesetInput, type Screener, type ScreeningInput } from '../../src/index.js';
import { diffRulesets, RulesetDiffSchema, type RulesetDiff } from '../../src/export/diff-rulesets.js';
import { impactOfChange, ImpactSchema } from '../../src/export/impact-of-change.js';
import { renderDiffMarkdown } from '../../src/export/render-diff-markdown.js';
import { setAt, updateAt } from '../support/edit-json.js';
import { loadFixture } from '../support/load-fixture.js';
import { screeningWith } from '../support/screening-with.js';

const indexOf = (items: readonly { readonly id: string }[], id: string): number => {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new Error(`no ${id}`);
  return index;
};

/** Nothing changed anywhere: the expected diff starts from this and names only what changed. */
function unchanged(old: Screener, next: Screener): RulesetDiff {
  const ref = (screener: Screener) => ({ id: screener.stamp.id, title: screener.ruleset.meta.title, version: screener.stamp.version, fingerprint: screener.stamp.fingerprint });
  return {
    from: ref(old), to: ref(next), meta: [], sources: [], scope: [], policy: [], levels: [], order: [], domains: [], windows: [], attributes: [],
    contextFacts: [], indicators: [], scores: [], rules: [], steps: [], selections: [], notes: [],
  };
}

const VERSION_NOTE = 'The content changed but the version did not: give the changed ruleset a new version before it is reviewed.';

describe('diffRulesets on the tiered fixture', () => {
  const raw = loadFixture('tiered');
  // One indicator re-levelled (a vulnerability factor, Low to Medium) and one threshold changed (the learning disability floor now needs two concerns).
  let changed: RulesetInput = setAt(raw, ['indicators', indexOf(raw.indicators, 'looked-after'), 'suggestedLevel'], 'medium');
  changed = setAt(changed, ['rules', indexOf(raw.rules, 'learning-disability-floor'), 'when', 'of', 1, 'min'], 2);
  const old = compileRuleset(raw);
  const next = compileRuleset(changed);
  const diff = diffRulesets(old.ruleset, next.ruleset);

  test('lists exactly the re-levelled indicator and the changed threshold, in plain English', () => {
    expect(diff).toEqual({
      ...unchanged(old, next),
      indicators: [{
        kind: 'changed', id: 'looked-after', name: 'Looked after',
        changes: [{ field: 'suggestedLevel', what: 'suggested level', before: 'Low', after: 'Medium' }],
      }],
      rules: [{
        kind: 'changed', id: 'learning-disability-floor', name: 'Learning disability with any concern',
        changes: [{
          field: 'when', what: 'condition',
          before: '“Learning disability” is recorded as yes for the child and at least one risk or significant indicator is answered Yes or Possible',
          after: '“Learning disability” is recorded as yes for the child and at least 2 risk or significant indicators are answered Yes or Possible',
        }],
      }],
      notes: [VERSION_NOTE],
    });
  });

  test('is a plain JSON-able object that its schema accepts', () => {
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    expect(RulesetDiffSchema.safeParse(diff).success).toBe(true);
  });

  test('finds nothing between a ruleset and itself', () => {
    expect(diffRulesets(old.ruleset, structuredClone(old.ruleset))).toEqual({
      ...unchanged(old, old), notes: ['The two rulesets have the same content (the same fingerprint): there is nothing to review.'],
    });
  });

  test('lists added items in the new order, then removed ones, and the unchanged rules that now count the new indicator', () => {
    const added = { id: 'sexual-health', domain: 'general', text: 'Sexual health concern', guidance: 'g', kind: 'risk', suggestedLevel: 'low', answer: { kind: 'presence' }, sources: [{ source: 'test' }] };
    let grown = updateAt(raw, ['indicators'], (list) => [added, ...(list as unknown[])]);
    grown = setAt(grown, ['steps', indexOf(raw.steps, 'refer'), 'title'], 'Refer to social care');
    grown = setAt(grown, ['meta', 'version'], '1.1.0');
    const bigger = compileRuleset(grown);
    const name = '“Sexual health concern” (sexual-health)';
    const selection = (id: string, title: string) => ({ owner: 'rule', id, name: title, nowCounts: [name], noLongerCounts: [] });
    expect(diffRulesets(old.ruleset, bigger.ruleset)).toEqual({
      ...unchanged(old, bigger),
      meta: [{ field: 'meta.version', what: 'version', before: '1.0.0', after: '1.1.0' }],
      indicators: [{ kind: 'added', id: 'sexual-health', name: 'Sexual health concern', summary: 'Risk indicator in General, suggested level Low: Sexual health concern' }],
      steps: [{ kind: 'changed', id: 'refer', name: 'Refer to social care', changes: [{ field: 'title', what: 'title', before: 'Refer', after: 'Refer to social care' }] }],
      selections: [
        selection('any-low', 'Any Low indicator'), selection('under-13', 'Under 13 with any concern'), selection('one-or-two-concerns', 'One or more concerns'),
        selection('strict-medium', 'A Low indicator and a Medium indicator'), selection('learning-disability-floor', 'Learning disability with any concern'),
      ],
    });
    const shrunk = diffRulesets(bigger.ruleset, old.ruleset);
    expect(shrunk.indicators).toEqual([{ kind: 'removed', id: 'sexual-health', name: 'Sexual health concern', summary: 'Risk indicator in General, suggested level Low: Sexual health concern' }]);
  });

  describe('impactOfChange', () => {
    const cases: { name: string; screening: ScreeningInput }[] = [
      { name: 'learning disability, going missing', screening: screeningWith(old.ruleset, { missing: 'yes' }, { attributes: { learningDisability: true } }) },
      { name: 'learning disability, two concerns', screening: screeningWith(old.ruleset, { missing: 'yes', 'older-friend': 'possible' }, { attributes: { learningDisability: true } }) },
      { name: 'going missing', screening: screeningWith(old.ruleset, { missing: 'yes' }) },
      { name: 'looked after only', screening: screeningWith(old.ruleset, { 'looked-after': 'yes' }) },
      { name: 'age 12, going missing', screening: screeningWith(old.ruleset, { missing: 'yes' }, { ageYears: 12, attributes: { learningDisability: true } }) },
    ];
    const impact = impactOfChange(old, next, cases);

    test('lists exactly the cases whose level or next steps move, from what to what', () => {
      expect(impact).toEqual({
        from: old.stamp, to: next.stamp, checked: 5, unreadable: [],
        moved: [{
          name: 'learning disability, going missing',
          levelBefore: { id: 'medium', name: 'Medium' }, levelAfter: { id: 'low', name: 'Low' },
          stepsAdded: [], stepsRemoved: [{ id: 'refer', name: 'Refer' }],
          rulesNowFiring: [], rulesNoLongerFiring: [{ id: 'learning-disability-floor', name: 'Learning disability with any concern' }],
        }],
      });
      expect(ImpactSchema.safeParse(impact).success).toBe(true);
    });

    test('lists a case that a ruleset cannot screen, with codes and paths but no values', () => {
      const bad = impactOfChange(old, next, [{ name: 'bad answer', screening: { subject: { ageYears: 14 }, answers: { missing: 'SECRET-maybe' } } }]);
      expect(bad.moved).toEqual([]);
      expect(bad.unreadable).toHaveLength(1);
      expect(bad.unreadable[0]?.under).toBe('both');
      expect(JSON.stringify(bad)).not.toContain('SECRET');
    });

    test('renderDiffMarkdown shows the changes, the checks before sign-off and the cases that move', () => {
      const markdown = renderDiffMarkdown(diff, impact);
      expect(markdown).toContain('# Changes to Tier-based fixture: 1.0.0 to 1.0.0');
      expect(markdown).toContain(`> ${VERSION_NOTE}`);
      expect(markdown).toContain('- Indicators: 1 changed\n- Threshold rules: 1 changed');
      expect(markdown).toContain('- **Changed: “Looked after”** `looked-after`\n    - **Suggested level:** was Low; now Medium');
      expect(markdown).toContain('        - **Before:** “Learning disability” is recorded as yes for the child and at least one risk');
      expect(markdown).toContain('5 cases screened under both rulesets. One case changes its level or next steps:');
      expect(markdown).toContain('| **learning disability, going missing** | Medium | Low |   | Refer |   | Learning disability with any concern |');
      expect(renderDiffMarkdown(diff, impact)).toBe(markdown);
    });
  });
});

const DEFAULT_RULESET = 'rules/brighton-hove-cse.json';
describe.skipIf(!existsSync(DEFAULT_RULESET) || !existsSync('test/cases'))('diffRulesets on the default ruleset and its golden cases', () => {
  const raw = JSON.parse(readFileSync(DEFAULT_RULESET, 'utf8')) as RulesetInput;
  // One indicator re-levelled (staying out late, Low to Medium) and one threshold changed (four Low indicators instead of five make Medium).
  let changed = setAt(raw, ['indicators', indexOf(raw.indicators, 'staying-out-late'), 'suggestedLevel'], 'medium');
  changed = setAt(changed, ['rules', indexOf(raw.rules, 'several-low-indicators'), 'when', 'min'], 4);
  const old = compileRuleset(raw);
  const next = compileRuleset(changed);
  const low = '“Low risk: early warning signs”';
  const indicator = '“Does the child regularly stay out late or come home later than agreed?” (staying-out-late)';

  test('lists exactly the two changes, and the unchanged tier rules that now count the indicator differently', () => {
    expect(diffRulesets(old.ruleset, next.ruleset)).toEqual({
      ...unchanged(old, next),
      indicators: [{
        kind: 'changed', id: 'staying-out-late', name: 'Does the child regularly stay out late or come home later than agreed?',
        changes: [{ field: 'suggestedLevel', what: 'suggested level', before: 'Low risk: early warning signs', after: 'Medium risk: signs of targeting or grooming' }],
      }],
      rules: [{
        kind: 'changed', id: 'several-low-indicators', name: 'Five or more Low indicators together',
        changes: [{
          field: 'when', what: 'condition',
          before: `at least 5 risk or significant indicators whose suggested level is ${low} are answered Yes or Possible`,
          after: `at least 4 risk or significant indicators whose suggested level is ${low} are answered Yes or Possible`,
        }],
      }],
      selections: [
        { owner: 'rule', id: 'tier-low', name: 'A Low indicator is present', nowCounts: [], noLongerCounts: [indicator] },
        { owner: 'rule', id: 'tier-medium', name: 'A Medium indicator is present', nowCounts: [indicator], noLongerCounts: [] },
        { owner: 'rule', id: 'several-low-indicators', name: 'Five or more Low indicators together', nowCounts: [], noLongerCounts: [indicator] },
        { owner: 'rule', id: 'several-medium-indicators', name: 'Three or more Medium indicators together', nowCounts: [indicator], noLongerCounts: [] },
      ],
      notes: [VERSION_NOTE],
    });
  });

  test('moves exactly the golden cases whose level or next steps depend on the change', () => {
    const files = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort();
    const cases = files.map((name) => ({ name, screening: (JSON.parse(readFileSync(`test/cases/${name}`, 'utf8')) as { screening: unknown }).screening }));
    const impact = impactOfChange(old, next, cases);
    expect(impact.unreadable).toEqual([]);
    expect(impact.moved.map((moved) => [moved.name, moved.levelBefore.id, moved.levelAfter.id])).toEqual([
      ['002-one-low-indicator.json', 'low', 'medium'],
      ['003-four-low-indicators.json', 'low', 'medium'],
      ['009-age-13-low-indicator.json', 'low', 'medium'],
      ['032-open-to-csc-low.json', 'low', 'medium'],
      ['035-significant-harm-at-low.json', 'low', 'medium'],
      ['067-previously-looked-after.json', 'low', 'medium'],
      ['080-low-with-unknown-high-item.json', 'low', 'medium'],
    ]);
  });
});
