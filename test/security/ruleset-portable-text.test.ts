import { describe, expect, test } from 'vitest';
import { safeCompileRuleset, toFhirCodeSystem, toFhirQuestionnaire } from '../../src/index.js';
import { linkedTieredRuleset } from '../report/synthetic-caseload.js';

// Ruleset texts travel to FHIR (Questionnaire, CodeSystem), forms and rulebooks. FHIR strings may not hold
// control characters other than tab, carriage return and line feed, and no JSON consumer takes a lone
// surrogate: such a ruleset is refused at load, with the path of every text that holds one, quoting none.
type Editable = { meta: { title: string }; levels: { label: string }[]; indicators: { text: string; guidance: string }[]; steps: { title: string; description: string }[] };

function ruleset(edit: (ruleset: Editable) => void): unknown {
  const copy = linkedTieredRuleset() as unknown as Editable;
  edit(copy);
  return copy;
}

describe('ruleset texts that cannot travel in FHIR', () => {
  test('are refused at load with invalid_value at each path: ESC, NUL, BEL and a lone surrogate', () => {
    const loaded = safeCompileRuleset(ruleset((r) => {
      r.meta.title += '\u001b[2J';
      (r.indicators[0] as { text: string }).text += '\u0000';
      (r.steps[0] as { title: string }).title += '\u0007';
      (r.levels[1] as { label: string }).label += '\ud800';
      (r.indicators[1] as { guidance: string }).guidance += 'x\udc00y';
    }));
    expect(loaded.success).toBe(false);
    expect(!loaded.success && loaded.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_value', ['meta', 'title']],
      ['invalid_value', ['levels', 1, 'label']],
      ['invalid_value', ['indicators', 0, 'text']],
      ['invalid_value', ['indicators', 1, 'guidance']],
      ['invalid_value', ['steps', 0, 'title']],
    ]);
    expect(JSON.stringify(loaded)).not.toMatch(/\[2J|\\u0000|\\u0007/);
  });

  test('tab, carriage return and line feed are kept, and a loaded ruleset exports FHIR with no other control character or lone surrogate', () => {
    const loaded = safeCompileRuleset(ruleset((r) => {
      (r.steps[0] as { description: string }).description += '\tone\r\ntwo\nthree';
    }));
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    for (const resource of [toFhirQuestionnaire(loaded.data.ruleset), toFhirCodeSystem(loaded.data.ruleset)]) {
      const text = JSON.stringify(resource);
      expect(text).not.toMatch(/\\u00[01][0-8bcef]|\\u001[0-9a-f]/);
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
