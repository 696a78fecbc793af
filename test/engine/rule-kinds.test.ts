import { describe, expect, test } from 'vitest';
import { compileRuleset, safeCompileRuleset, type Result, type Screener, type ScreeningInput } from '../../src/index.js';
import { removeAt } from '../support/edit-json.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { loadFixture } from '../support/load-fixture.js';
import { screeningWith, type ScreeningOptions } from '../support/screening-with.js';

// One describe per threshold-rule kind of the survey (§3.2, R1–R23). Each threshold is tested on
// both sides. `screeningWith` answers every indicator not named "no" (ordinal items 0) and sets
// every declared fact to false, so that each test sees only what it names.

type Answers = ScreeningInput['answers'];

const tiered = fixtureScreener('tiered');
const weighted = fixtureScreener('weighted');

function screen(screener: Screener, answers: Answers, options: ScreeningOptions = {}): Result {
  return screener.screen(screeningWith(screener.ruleset, answers, options));
}

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);
const firedIds = (result: Result): string[] => ids(result.firedRules);
const stepIds = (result: Result): string[] => ids(result.pathway);
const undetermined = (result: Result): { id: string; missing: string[] }[] =>
  result.undeterminedRules.map(({ id, missing }) => ({ id, missing }));
const score = (result: Result, id: string): { value: number; potential: number; level?: string } => {
  const found = result.scores.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no score ${id}`);
  const { value, potential, level } = found;
  return level === undefined ? { value, potential } : { value, potential, level };
};
const warningCodes = (result: Result): string[] => result.warnings.map((warning) => warning.code);

// Answers of the weighted (SERAF-style) fixture.
const recent: Answers[string] = { value: 'yes', window: 'last-6-months' };
const earlier: Answers[string] = { value: 'yes', window: 'months-6-to-12-ago' };
const bothWindows: Answers[string] = { value: 'yes', window: ['last-6-months', 'months-6-to-12-ago'] };
const allVulnerabilities: Answers = { 'looked-after': 'yes', 'excluded-from-school': 'yes', 'history-of-abuse': 'yes', 'substance-misuse': 'yes' };
/** SERAF score 11: two significant indicators in the last 6 months (5 + 5) and one vulnerability. */
const moderate: Answers = { 'exchanging-sex': recent, 'unknown-addresses': recent, 'looked-after': 'yes' };
const areas = (relationships: number, missing: number, online: number): Answers =>
  ({ 'relationships-rating': relationships, 'missing-episodes-rating': missing, 'online-rating': online });

describe('R1 any-of-tier', () => {
  test('one Medium-tier indicator answered yes sets the level to Medium', () => {
    const result = screen(tiered, { 'older-friend': 'yes' });
    expect(result.level.id).toBe('medium');
    expect(firedIds(result)).toEqual(['any-medium', 'one-or-two-concerns']);
  });

  test('the same indicator answered no fires no rule and leaves the lowest level', () => {
    const result = screen(tiered, { 'older-friend': 'no' });
    expect(result.level.id).toBe('none');
    expect(firedIds(result)).toEqual([]);
  });

  test('one High-tier indicator answered yes sets the level to High', () => {
    const result = screen(tiered, { disclosure: 'yes' });
    expect(result.level.id).toBe('high');
    expect(firedIds(result)).toContain('any-high');
  });
});

describe('R2 count-at-least', () => {
  test('two risk indicators (one fewer than the minimum of 3) do not fire the rule', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent });
    // No rule of the ruleset fires; the engine's protection keeps a concern above the lowest level.
    expect(firedIds(result)).toEqual(['protection-any-concern']);
    expect(score(result, 'seraf-score')).toEqual({ value: 2, potential: 2, level: 'category-1' });
    expect(result.level.id).toBe('category-2');
  });

  test('three risk indicators fire the rule and raise the level above the band of the score', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent, 'unexplained-gifts': recent });
    expect(firedIds(result)).toEqual(['three-risk-indicators']);
    expect(score(result, 'seraf-score')).toEqual({ value: 3, potential: 3, level: 'category-1' });
    expect(result.level.id).toBe('category-2');
  });

  test('two risk indicators answered yes and one answered possible make three: the rule names possible', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent, 'unexplained-gifts': 'possible' });
    expect(firedIds(result)).toEqual(['three-risk-indicators']);
    expect(score(result, 'seraf-score').value).toBe(2);
  });

  test('the count looks at any window even where the score only counts the last 6 months', () => {
    const result = screen(weighted, { 'missing-from-home': earlier, 'older-associates': earlier, 'unexplained-gifts': earlier });
    expect(score(result, 'seraf-score').value).toBe(0);
    expect(firedIds(result)).toEqual(['three-risk-indicators']);
    expect(result.level.id).toBe('category-2');
  });
});

describe('R3 count band', () => {
  test.each([
    [0, {}, false],
    [1, { missing: 'yes' }, true],
    [2, { missing: 'yes', 'older-friend': 'yes' }, true],
    [3, { missing: 'yes', 'older-friend': 'yes', disclosure: 'yes' }, true],
  ] as const)('with %i concerns the band rule from 1 fires: %s', (_count, answers, fires) => {
    // A band is written from its lower bound only (more concern never lowers): the higher rules take over above it.
    expect(firedIds(screen(tiered, answers)).includes('one-or-two-concerns')).toBe(fires);
  });

  test('a count band with an upper bound is refused: more concern could stop it firing', () => {
    const json = loadFixture('tiered') as { rules: { id: string; when: Record<string, unknown> }[] };
    const band = json.rules.find((rule) => rule.id === 'one-or-two-concerns');
    if (band !== undefined) band.when = { ...band.when, max: 2 };
    const outcome = safeCompileRuleset(json);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.issues.map((issue) => issue.code)).toContain('concern_could_lower');
  });

  test('one Low-tier concern inside the band gives Low', () => {
    expect(screen(tiered, { missing: 'yes' }).level.id).toBe('low');
  });

  test('a band count that an unknown answer could bring into range is undetermined, with the path it waits on', () => {
    const result = screen(tiered, { missing: 'unknown' });
    expect(result.level.id).toBe('none');
    expect(undetermined(result).find((rule) => rule.id === 'one-or-two-concerns')).toEqual({ id: 'one-or-two-concerns', missing: ['answers.missing'] });
  });

  test('an undetermined band rule that could not raise the level any further is not listed', () => {
    const result = screen(tiered, { missing: 'yes' }, { omit: ['older-friend', 'disclosure'] });
    expect(result.level.id).toBe('low');
    expect(ids(result.undeterminedRules)).not.toContain('one-or-two-concerns');
    expect(ids(result.undeterminedRules)).toContain('any-medium');
  });
});

describe('R4 cumulative tier', () => {
  test('lenient: a Medium-tier indicator alone gives Medium, and the strict rule does not fire', () => {
    const result = screen(tiered, { 'older-friend': 'yes' });
    expect(result.level.id).toBe('medium');
    expect(firedIds(result)).toContain('any-medium');
    expect(firedIds(result)).not.toContain('strict-medium');
  });

  test('strict: a Low-tier and a Medium-tier indicator together fire the strict rule', () => {
    const result = screen(tiered, { missing: 'yes', 'older-friend': 'yes' });
    expect(result.level.id).toBe('medium');
    expect(firedIds(result)).toEqual(['any-low', 'any-medium', 'one-or-two-concerns', 'strict-medium']);
  });

  test('strict: a Low-tier indicator alone fires neither Medium rule', () => {
    const result = screen(tiered, { missing: 'yes' });
    expect(result.level.id).toBe('low');
    expect(firedIds(result)).toEqual(['any-low', 'one-or-two-concerns']);
  });
});

describe('R5 weighted sum to bands', () => {
  test.each([
    // The lowest band with a concern recorded: the engine keeps a concern above the lowest level (protection-any-concern).
    ['4 vulnerabilities and 1 risk indicator', { ...allVulnerabilities, 'missing-from-home': recent }, 5, 'category-1', 'category-2'],
    ['4 vulnerabilities and 2 risk indicators', { ...allVulnerabilities, 'missing-from-home': recent, truanting: recent }, 6, 'category-2', 'category-2'],
    ['2 significant indicators', { 'exchanging-sex': recent, 'unknown-addresses': recent }, 10, 'category-2', 'category-2'],
    ['2 significant indicators and 1 vulnerability', moderate, 11, 'category-3', 'category-3'],
    ['3 significant indicators', { 'exchanging-sex': recent, 'unknown-addresses': recent, 'repeat-sti': recent }, 15, 'category-3', 'category-3'],
    ['3 significant indicators and 1 vulnerability', { 'exchanging-sex': recent, 'unknown-addresses': recent, 'repeat-sti': recent, 'looked-after': 'yes' }, 16, 'category-4', 'category-4'],
  ] as const)('%s score %i, in the band of %s, at level %s', (_name, answers, value, band, level) => {
    const result = screen(weighted, answers);
    expect(score(result, 'seraf-score')).toEqual({ value, potential: value, level: band });
    expect(result.level.id).toBe(level);
  });

  test('no answers scored gives 0, the lowest band', () => {
    const result = screen(weighted, {});
    expect(score(result, 'seraf-score')).toEqual({ value: 0, potential: 0, level: 'category-1' });
    expect(result.level.id).toBe('category-1');
  });

  test('a significant indicator ticked in two windows scores both (5 + 1 = 6)', () => {
    const result = screen(weighted, { 'exchanging-sex': bothWindows });
    expect(score(result, 'seraf-score')).toEqual({ value: 6, potential: 6, level: 'category-2' });
    expect(result.level.id).toBe('category-2');
  });

  test('the potential of the score counts every unanswered item at its highest weight', () => {
    const result = weighted.screen({ subject: { ageYears: 14 }, answers: {} });
    expect(score(result, 'seraf-score')).toEqual({ value: 0, potential: 33, level: 'category-1' });
    expect(result.potentialLevel.id).toBe('category-4');
  });
});

describe('R6 attribute bonus', () => {
  const fiveFromAnswers: Answers = { ...allVulnerabilities, 'missing-from-home': recent };

  test('disability adds 1 and can move the score into the next band (5 + 1 = 6)', () => {
    const result = screen(weighted, fiveFromAnswers, { attributes: { disability: true } });
    expect(score(result, 'seraf-score')).toEqual({ value: 6, potential: 6, level: 'category-2' });
    expect(result.level.id).toBe('category-2');
  });

  test('no disability adds nothing', () => {
    expect(score(screen(weighted, fiveFromAnswers, { attributes: { disability: false } }), 'seraf-score').value).toBe(5);
  });

  test('an attribute left out is unknown, not false: it adds to the potential only', () => {
    const result = screen(weighted, fiveFromAnswers, { omit: ['disability'] });
    expect(score(result, 'seraf-score')).toEqual({ value: 5, potential: 6, level: 'category-1' });
    // The score's band is the lowest; the concern keeps the level above it, and the potential is no lower.
    expect(result.level.id).toBe('category-2');
    expect(result.potentialLevel.id).toBe('category-2');
  });
});

describe('R7 ordinal item scores', () => {
  test.each([
    [areas(1, 1, 1), 3, 'category-1'],
    [areas(2, 1, 1), 4, 'category-2'],
    [areas(2, 2, 2), 6, 'category-2'],
    [areas(3, 2, 2), 7, 'category-3'],
  ] as const)('area ratings %o sum to %i, in the band of %s', (answers, value, level) => {
    expect(score(screen(weighted, answers), 'area-score')).toEqual({ value, potential: value, level });
  });

  test('an ordinal item answered unknown adds nothing now and its top score to the potential', () => {
    const result = screen(weighted, { ...areas(1, 1, 0), 'online-rating': 'unknown' });
    expect(score(result, 'area-score')).toEqual({ value: 2, potential: 5, level: 'category-1' });
    expect(result.unknown).toEqual(['online-rating']);
  });

  test('a rated item counts as present from 1 upwards', () => {
    const result = screen(weighted, areas(1, 0, 0));
    expect(result.present).toEqual(['relationships-rating']);
    expect(stepIds(result)).toContain('discuss-with-dsl');
  });
});

describe('R8 any-item-at-max floor', () => {
  test('one area at its top score (3) makes the level at least Mild although the total is in the lowest band', () => {
    const result = screen(weighted, areas(3, 0, 0));
    expect(score(result, 'area-score')).toEqual({ value: 3, potential: 3, level: 'category-1' });
    expect(firedIds(result)).toEqual(['any-area-at-max']);
    expect(result.level.id).toBe('category-2');
  });

  test('one area at 2 (below the top) sets no floor', () => {
    const result = screen(weighted, areas(2, 0, 0));
    // No floor of the ruleset; a score above zero is a concern, which the engine keeps above the lowest level.
    expect(firedIds(result)).toEqual(['protection-any-concern']);
    expect(result.level.id).toBe('category-2');
  });
});

describe('R9 section tally', () => {
  test('two areas rated 2 or more give Moderate, though the same total from one area gives Mild', () => {
    const tallied = screen(weighted, areas(2, 2, 0));
    const spread = screen(weighted, areas(2, 1, 1));
    expect(score(tallied, 'area-score').value).toBe(4);
    expect(score(spread, 'area-score').value).toBe(4);
    expect(firedIds(tallied)).toEqual(['two-areas-clear-concern', 'route-new-referral']);
    expect(tallied.level.id).toBe('category-3');
    expect(firedIds(spread)).toEqual([]);
    expect(spread.level.id).toBe('category-2');
  });
});

describe('R10 override to level', () => {
  test('a disclosure forces High and brings in the police step', () => {
    const result = screen(tiered, { disclosure: 'yes' });
    expect(result.level.id).toBe('high');
    expect(result.firedRules.find((rule) => rule.id === 'disclosure-override')?.effect).toEqual({ kind: 'override', level: 'high' });
    expect(stepIds(result)).toEqual(['police', 'talk-to-dsl', 'refer', 'strategy']);
  });

  test('no disclosure fires no override', () => {
    expect(firedIds(screen(tiered, { disclosure: 'no' }))).not.toContain('disclosure-override');
  });

  test('an override cannot be lowered by judgement', () => {
    const result = screen(tiered, { disclosure: 'yes' }, { judgement: { level: 'low', rationale: 'Retracted.', agreedBy: { role: 'designated-safeguarding-lead' } } });
    expect(result.level.id).toBe('high');
    expect(result.judgement).toMatchObject({ level: { id: 'low' }, applied: false, direction: 'lowered' });
    expect(result.warnings.filter((warning) => warning.code === 'judgement_below_floor').map(({ code, path }) => ({ code, path })))
      .toEqual([{ code: 'judgement_below_floor', path: ['judgement', 'level'] }]);
  });
});

describe('R11 mandatory action trigger', () => {
  test('an immediate-danger item answered yes brings in call 999, first, whatever the level', () => {
    const result = screen(weighted, { 'immediate-danger': 'yes' });
    // The score is in the lowest band; the concern keeps the level above it (protection-any-concern).
    expect(result.level.id).toBe('category-2');
    expect(firedIds(result)).toEqual(['immediate-danger-999', 'protection-any-concern']);
    expect(stepIds(result)).toEqual(['call-999', 'discuss-with-dsl', 'universal-education', 'early-help']);
    expect(result.pathway[0]?.broughtInBy).toEqual([{ kind: 'rule', id: 'immediate-danger-999' }]);
  });

  test('an immediate-danger item answered possible also brings in call 999 (the rule names possible)', () => {
    expect(stepIds(screen(weighted, { 'immediate-danger': 'possible' }))).toContain('call-999');
  });

  test('an immediate-danger item answered no does not', () => {
    const result = screen(weighted, { 'immediate-danger': 'no' });
    expect(firedIds(result)).toEqual([]);
    expect(stepIds(result)).toEqual(['universal-education']);
  });
});

describe('R12 age floor (under 13)', () => {
  test('at 12 any concern raises the level to the floor', () => {
    const result = screen(weighted, { 'missing-from-home': recent }, { ageYears: 12 });
    expect(score(result, 'seraf-score').value).toBe(1);
    expect(firedIds(result)).toEqual(['under-13', 'route-new-referral']);
    expect(result.level.id).toBe('category-3');
  });

  test('at 13 the same answers have no under-13 floor: only the concern is kept above the lowest level', () => {
    const result = screen(weighted, { 'missing-from-home': recent }, { ageYears: 13 });
    expect(firedIds(result)).toEqual(['protection-any-concern']);
    expect(result.level.id).toBe('category-2');
  });

  test('at 12 with no concern there is no floor', () => {
    const result = screen(weighted, {}, { ageYears: 12 });
    expect(firedIds(result)).toEqual([]);
    expect(result.level.id).toBe('category-1');
  });

  test('with the age unknown the floor is undetermined and shows how high the level could go', () => {
    const result = screen(weighted, { 'missing-from-home': recent }, { ageYears: null });
    expect(undetermined(result)).toEqual([{ id: 'under-13', missing: ['subject.ageYears'] }]);
    expect(result.level.id).toBe('category-2');
    expect(result.potentialLevel.id).toBe('category-3');
    expect(warningCodes(result)).toContain('age_unknown');
  });

  test('the tier fixture: 12 with a Low concern is Medium, 13 is Low', () => {
    expect(screen(tiered, { missing: 'yes' }, { ageYears: 12 }).level.id).toBe('medium');
    expect(screen(tiered, { missing: 'yes' }, { ageYears: 13 }).level.id).toBe('low');
  });
});

describe('R13 age-gated trigger (13 or under, inclusive)', () => {
  test('at 13 a High-tier indicator flags potential CSE', () => {
    const result = screen(tiered, { disclosure: 'yes' }, { ageYears: 13 });
    expect(firedIds(result)).toContain('thirteen-or-under-high');
    expect(stepIds(result)).toContain('flag-potential-cse');
    expect(result.pathway.find((step) => step.id === 'flag-potential-cse')?.broughtInBy).toEqual([{ kind: 'rule', id: 'thirteen-or-under-high' }]);
  });

  test('at 14 the same answers do not', () => {
    const result = screen(tiered, { disclosure: 'yes' }, { ageYears: 14 });
    expect(firedIds(result)).not.toContain('thirteen-or-under-high');
    expect(stepIds(result)).not.toContain('flag-potential-cse');
  });

  test('at 13 without a High-tier indicator it does not fire', () => {
    expect(firedIds(screen(tiered, { 'older-friend': 'yes' }, { ageYears: 13 }))).not.toContain('thirteen-or-under-high');
  });

  test('the trigger adds a step but never changes the level', () => {
    const at13 = screen(tiered, { disclosure: 'yes' }, { ageYears: 13 });
    const at14 = screen(tiered, { disclosure: 'yes' }, { ageYears: 14 });
    expect(at13.level).toEqual(at14.level);
  });
});

describe('R14 attribute floor', () => {
  test('a learning disability with any concern raises the level to Medium', () => {
    const result = screen(tiered, { missing: 'yes' }, { attributes: { learningDisability: true } });
    expect(firedIds(result)).toContain('learning-disability-floor');
    expect(result.level.id).toBe('medium');
  });

  test('without a learning disability the same answers stay Low', () => {
    const result = screen(tiered, { missing: 'yes' }, { attributes: { learningDisability: false } });
    expect(firedIds(result)).not.toContain('learning-disability-floor');
    expect(result.level.id).toBe('low');
  });

  test('a learning disability without a concern sets no floor', () => {
    const result = screen(tiered, {}, { attributes: { learningDisability: true } });
    expect(firedIds(result)).toEqual([]);
    expect(result.level.id).toBe('none');
  });

  test('an unknown attribute is not false: the floor is undetermined and the potential level is Medium', () => {
    const result = screen(tiered, { missing: 'yes' }, { omit: ['learningDisability'] });
    expect(undetermined(result)).toEqual([{ id: 'learning-disability-floor', missing: ['subject.attributes.learningDisability'] }]);
    expect(result.level.id).toBe('low');
    expect(result.potentialLevel.id).toBe('medium');
  });
});

describe('R15 answer-value mapping', () => {
  test('under presentAnswers ["yes"], possible adds nothing to a score', () => {
    const result = screen(weighted, { 'missing-from-home': { value: 'possible', window: 'last-6-months' }, 'exchanging-sex': { value: 'possible', window: 'last-6-months' } });
    expect(score(result, 'seraf-score').value).toBe(0);
    expect(result.possible).toEqual(['missing-from-home', 'exchanging-sex']);
    expect(result.present).toEqual([]);
  });

  test('possible counts where a rule names it: three risk indicators answered possible give Mild', () => {
    const result = screen(weighted, { 'missing-from-home': 'possible', 'older-associates': 'possible', 'unexplained-gifts': 'possible' });
    expect(score(result, 'seraf-score').value).toBe(0);
    expect(firedIds(result)).toEqual(['three-risk-indicators']);
    expect(result.level.id).toBe('category-2');
  });

  test('possible counts nowhere else: a significant indicator answered possible adds nothing, where yes adds 5', () => {
    const possible = screen(weighted, { 'exchanging-sex': { value: 'possible', window: 'last-6-months' } });
    const yes = screen(weighted, { 'exchanging-sex': recent });
    // No rule of the ruleset counts it; for the protections a possible answer is a concern like yes.
    expect(firedIds(possible)).toEqual(['protection-any-concern']);
    expect(score(possible, 'seraf-score').value).toBe(0);
    expect(score(yes, 'seraf-score').value).toBe(5);
  });

  test('a possible answer is a concern: it brings in the concern steps', () => {
    expect(stepIds(screen(weighted, { 'missing-from-home': 'possible' }))).toEqual(['discuss-with-dsl', 'universal-education', 'early-help']);
  });

  test('under presentAnswers ["yes", "possible"], possible counts like yes', () => {
    const result = screen(tiered, { missing: 'possible' });
    expect(firedIds(result)).toEqual(['any-low', 'one-or-two-concerns']);
    expect(result.level.id).toBe('low');
  });

  test('unknown counts where a rule names it: any unknown answer brings in a follow-up step', () => {
    const result = screen(weighted, { 'looked-after': 'unknown' });
    expect(firedIds(result)).toEqual(['unknown-needs-follow-up']);
    // The unknown answer is on an item that could raise the level, so the ruleset's concern steps come in too.
    expect(stepIds(result)).toEqual(['discuss-with-dsl', 'universal-education', 'gather-information']);
    expect(result.unknown).toEqual(['looked-after']);
  });

  test('with every item answered and none unknown the follow-up rule does not fire', () => {
    const result = screen(weighted, {});
    expect(firedIds(result)).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.undeterminedRules).toEqual([]);
  });

  test('an unknown answer is never scored as no: the count is left open, and it is listed as unknown', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent, truanting: 'unknown' });
    // The count of three could only give Mild, which the concern already gives (protection-any-concern), so it is
    // not listed as open; what is listed is the unknown answer itself and the follow-up it brings in.
    expect(result.unknown).toEqual(['truanting']);
    expect(firedIds(result)).toEqual(['unknown-needs-follow-up', 'protection-any-concern']);
    expect(result.level.id).toBe('category-2');
    expect(result.complete).toBe(false);
    expect(warningCodes(result)).toEqual(['draft_ruleset', 'incomplete']);
  });

  test('an unanswered item is never scored as no either', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent }, { omit: ['truanting'] });
    expect(undetermined(result)).toEqual([{ id: 'unknown-needs-follow-up', missing: ['answers.truanting'] }]);
    expect(result.unanswered).toEqual(['truanting']);
    expect(score(result, 'seraf-score')).toEqual({ value: 2, potential: 3, level: 'category-1' });
    expect(result.potentialLevel.id).toBe('category-2');
  });

  test('answering the unknown item no settles the rule as not firing', () => {
    const result = screen(weighted, { 'missing-from-home': recent, 'older-associates': recent, truanting: 'no' });
    expect(result.undeterminedRules).toEqual([]);
    expect(result.potentialLevel.id).toBe('category-2');
  });
});

describe('R16 time windows', () => {
  test.each([
    ['in the last 6 months', recent, 1],
    ['6 to 12 months ago only', earlier, 0],
    ['in both windows (counted once: risk has no per-window weights)', bothWindows, 1],
  ] as const)('a risk indicator ticked %s scores %i', (_name, answer, value) => {
    expect(score(screen(weighted, { 'missing-from-home': answer }), 'seraf-score').value).toBe(value);
  });

  test.each([
    ['in the last 6 months', recent, 5],
    ['6 to 12 months ago only', earlier, 1],
    ['in both windows', bothWindows, 6],
    ['with no window', 'yes', 5],
  ] as const)('a significant indicator ticked %s scores %i', (_name, answer, value) => {
    expect(score(screen(weighted, { 'exchanging-sex': answer }), 'seraf-score').value).toBe(value);
  });

  test('a risk yes with no window is undetermined for a term that asks for a window: 0 now, 1 potentially', () => {
    expect(score(screen(weighted, { 'missing-from-home': 'yes' }), 'seraf-score')).toEqual({ value: 0, potential: 1, level: 'category-1' });
  });
});

describe('R17 applicability and age routing', () => {
  test('a child under the scope (11) is still scored, marked out of scope, warned and routed to the other tool', () => {
    const result = screen(weighted, { 'missing-from-home': recent }, { ageYears: 11 });
    expect(result.inScope).toBe(false);
    expect(score(result, 'seraf-score').value).toBe(1);
    expect(result.warnings.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'draft_ruleset', path: [] },
      { code: 'age_out_of_scope', path: ['subject', 'ageYears'] },
    ]);
    expect(stepIds(result)).toContain('use-under-12-tool');
    expect(result.pathway.find((step) => step.id === 'use-under-12-tool')?.broughtInBy).toEqual([{ kind: 'scope', id: 'scope.outOfScope' }]);
  });

  test('at 12, the first age in scope, there is no warning and no route', () => {
    const result = screen(weighted, { 'missing-from-home': recent }, { ageYears: 12 });
    expect(result.inScope).toBe(true);
    expect(warningCodes(result)).toEqual(['draft_ruleset']);
    expect(stepIds(result)).not.toContain('use-under-12-tool');
  });

  test('17 is in scope and 18 is not', () => {
    expect(screen(weighted, {}, { ageYears: 17 }).inScope).toBe(true);
    expect(screen(weighted, {}, { ageYears: 18 }).inScope).toBe(false);
  });

  test('an age from the date of birth is warned on the date of birth', () => {
    const result = screen(weighted, {}, { ageYears: null, dateOfBirth: '2015-03-02', assessedOn: '2026-03-01' });
    expect(result.inScope).toBe(false);
    expect(result.warnings.find((warning) => warning.code === 'age_out_of_scope')?.path).toEqual(['subject', 'dateOfBirth']);
  });

  test('the tier fixture scopes from 10: 9 is out, 10 is in', () => {
    expect(screen(tiered, {}, { ageYears: 9 }).inScope).toBe(false);
    expect(stepIds(screen(tiered, {}, { ageYears: 9 }))).toEqual(['other-tool']);
    expect(screen(tiered, {}, { ageYears: 10 }).inScope).toBe(true);
  });
});

describe('R18 judgement adjustment', () => {
  test('raising is applied, and the pathway and routes follow the judged level', () => {
    const result = screen(weighted, {}, { judgement: { level: 'category-3', rationale: 'Known to police.' } });
    expect(result.computedLevel.id).toBe('category-1');
    expect(result.level.id).toBe('category-3');
    expect(result.judgement).toMatchObject({ level: { id: 'category-3' }, applied: true, direction: 'raised' });
    expect(firedIds(result)).toEqual(['route-new-referral']);
    // Every level keeps the steps of the levels below it (more concern never removes a step).
    expect(stepIds(result)).toEqual(['universal-education', 'early-help', 'refer-to-csc', 'refer-to-mash']);
  });

  test('lowering with no floor is applied', () => {
    const result = screen(weighted, moderate, { judgement: { level: 'category-2', rationale: 'Historic.', agreedBy: { role: 'designated-safeguarding-lead' } } });
    expect(result.computedLevel.id).toBe('category-3');
    expect(result.level.id).toBe('category-2');
    expect(result.judgement).toMatchObject({ applied: true, direction: 'lowered' });
    expect(warningCodes(result)).not.toContain('judgement_below_floor');
  });

  test('lowering to the floor is applied', () => {
    const result = screen(weighted, { ...moderate, ...areas(3, 0, 0) }, { judgement: { level: 'category-2', rationale: 'r', agreedBy: { role: 'designated-safeguarding-lead' } } });
    expect(result.computedLevel.id).toBe('category-3');
    expect(result.level.id).toBe('category-2');
    expect(result.judgement?.applied).toBe(true);
  });

  test('lowering below a floor is recorded as not applied, warned, and the level stays at the floor', () => {
    const result = screen(weighted, { ...moderate, ...areas(3, 0, 0) }, { judgement: { level: 'category-1', rationale: 'r', agreedBy: { role: 'designated-safeguarding-lead' } } });
    expect(result.computedLevel.id).toBe('category-3');
    expect(result.level.id).toBe('category-2');
    expect(result.judgement).toMatchObject({ level: { id: 'category-1' }, applied: false, direction: 'lowered' });
    expect(result.warnings.filter((warning) => warning.code === 'judgement_below_floor').map(({ path }) => path)).toEqual([['judgement', 'level']]);
  });

  test('a judgement of the computed level is applied as the same', () => {
    const result = screen(weighted, moderate, { judgement: { level: 'category-3', rationale: 'r' } });
    expect(result.level.id).toBe('category-3');
    expect(result.judgement).toMatchObject({ applied: true, direction: 'same' });
  });

  test('the rationale stays out of the result unless free text is asked for', () => {
    const input = screeningWith(weighted.ruleset, {}, { judgement: { level: 'category-2', rationale: 'Private note.' } });
    expect(weighted.screen(input).judgement).not.toHaveProperty('rationale');
    expect(weighted.screen(input, { includeFreeText: true }).judgement?.rationale).toBe('Private note.');
  });
});

describe('R19 procedural escalation', () => {
  test('Moderate with reasonable cause to suspect significant harm adds the Significant steps but keeps the level', () => {
    const result = screen(weighted, moderate, { context: { reasonableCauseSignificantHarm: true } });
    expect(result.level.id).toBe('category-3');
    expect(firedIds(result)).toEqual(['route-new-referral', 'significant-harm-escalation']);
    expect(stepIds(result)).toEqual(['discuss-with-dsl', 'universal-education', 'early-help', 'refer-to-csc', 'strategy-discussion', 'refer-to-mash']);
    expect(result.pathway.find((step) => step.id === 'strategy-discussion')?.broughtInBy).toEqual([{ kind: 'rule', id: 'significant-harm-escalation' }]);
  });

  test('without that cause there is no escalation', () => {
    const result = screen(weighted, moderate, { context: { reasonableCauseSignificantHarm: false } });
    expect(firedIds(result)).toEqual(['route-new-referral']);
    expect(stepIds(result)).not.toContain('strategy-discussion');
  });

  test('at Mild (score 10) the cause does not escalate', () => {
    const result = screen(weighted, { 'exchanging-sex': recent, 'unknown-addresses': recent }, { context: { reasonableCauseSignificantHarm: true } });
    expect(result.level.id).toBe('category-2');
    expect(firedIds(result)).toEqual([]);
  });

  test('at Significant (score 16) the rule does not fire: the level brings the steps itself', () => {
    const sixteen = screen(weighted, { ...moderate, 'repeat-sti': recent }, { context: { reasonableCauseSignificantHarm: true } });
    expect(sixteen.level.id).toBe('category-4');
    expect(firedIds(sixteen)).not.toContain('significant-harm-escalation');
    expect(sixteen.pathway.find((step) => step.id === 'strategy-discussion')?.broughtInBy).toEqual([{ kind: 'level', id: 'category-4' }]);
  });

  test('the tier fixture: Medium with significant harm adds the High strategy step', () => {
    const result = screen(tiered, { 'older-friend': 'yes' }, { context: { significantHarm: true } });
    expect(result.level.id).toBe('medium');
    expect(stepIds(result)).toEqual(['talk-to-dsl', 'refer', 'strategy']);
  });
});

describe('R20 level to a context-dependent route', () => {
  test('Moderate, case open to social care: inform the social worker', () => {
    const result = screen(weighted, moderate, { context: { openToCsc: true } });
    expect(firedIds(result)).toEqual(['route-open-case']);
    expect(stepIds(result)).toEqual(['discuss-with-dsl', 'universal-education', 'early-help', 'refer-to-csc', 'inform-social-worker']);
  });

  test('Moderate, case not open: refer to the MASH', () => {
    const result = screen(weighted, moderate, { context: { openToCsc: false } });
    expect(firedIds(result)).toEqual(['route-new-referral']);
    expect(stepIds(result)).toEqual(['discuss-with-dsl', 'universal-education', 'early-help', 'refer-to-csc', 'refer-to-mash']);
  });

  test('Moderate with the case status unknown: both routes are undetermined, waiting on the fact', () => {
    const result = screen(weighted, moderate, { omit: ['openToCsc'] });
    expect(undetermined(result)).toEqual([
      { id: 'route-open-case', missing: ['context.openToCsc'] },
      { id: 'route-new-referral', missing: ['context.openToCsc'] },
    ]);
  });

  test('Mild takes neither route', () => {
    const result = screen(weighted, { 'exchanging-sex': recent, 'unknown-addresses': recent }, { context: { openToCsc: true } });
    expect(firedIds(result)).toEqual([]);
    expect(stepIds(result)).toEqual(['discuss-with-dsl', 'universal-education', 'early-help']);
  });

  test('the tier fixture: Medium and open to social care tells the social worker', () => {
    expect(stepIds(screen(tiered, { 'older-friend': 'yes' }, { context: { openToCsc: true } }))).toEqual(['talk-to-dsl', 'refer', 'tell-social-worker']);
    expect(stepIds(screen(tiered, { missing: 'yes' }, { context: { openToCsc: true } }))).toEqual(['talk-to-dsl']);
  });
});

describe('R21 trend', () => {
  const mild = screen(weighted, { 'exchanging-sex': recent });
  const moderateResult = screen(weighted, moderate);

  test('a higher level than last time is raised, with the change of each score', () => {
    const result = screen(weighted, moderate, { previous: mild });
    expect(result.trend).toEqual({
      direction: 'raised',
      from: { id: 'category-2', rank: 1 },
      to: { id: 'category-3', rank: 2 },
      sameRuleset: true,
      scores: [{ id: 'seraf-score', from: 5, to: 11 }, { id: 'area-score', from: 0, to: 0 }],
    });
  });

  test('a lower level than last time is lowered', () => {
    expect(screen(weighted, { 'exchanging-sex': recent }, { previous: moderateResult }).trend?.direction).toBe('lowered');
  });

  test('the same level is unchanged even when a score moved within its band', () => {
    const same = screen(weighted, { ...moderate, 'excluded-from-school': 'yes' }, { previous: moderateResult });
    expect(same.trend).toMatchObject({ direction: 'unchanged', scores: [{ id: 'seraf-score', from: 11, to: 12 }, { id: 'area-score', from: 0, to: 0 }] });
  });

  test('the trend compares the final level, after judgement', () => {
    const result = screen(weighted, moderate, { previous: moderateResult, judgement: { level: 'category-4', rationale: 'r' } });
    expect(result.trend).toMatchObject({ direction: 'raised', from: { id: 'category-3' }, to: { id: 'category-4' } });
  });

  test('a previous result from another ruleset compares ranks only, with a warning', () => {
    const result = screen(weighted, moderate, { previous: screen(tiered, { 'older-friend': 'yes' }) });
    expect(result.trend).toMatchObject({ direction: 'unchanged', sameRuleset: false, scores: [] });
    expect(result.warnings.find((warning) => warning.code === 'previous_from_other_ruleset')?.path).toEqual(['previous', 'ruleset', 'id']);
  });

  test('a previous result of this very ruleset whose level id and rank disagree with it gives no trend, with a warning', () => {
    const forged = { ...moderateResult, level: { ...moderateResult.level, rank: 3 } };
    const result = screen(weighted, moderate, { previous: forged });
    expect(result).not.toHaveProperty('trend');
    expect(result.warnings.filter((warning) => warning.code === 'previous_level_mismatch').map(({ path }) => path)).toEqual([['previous', 'level']]);
    const unknownLevel = screen(weighted, moderate, { previous: { ...moderateResult, level: { ...moderateResult.level, id: 'category-9' } } });
    expect(unknownLevel).not.toHaveProperty('trend');
    expect(warningCodes(unknownLevel)).toContain('previous_level_mismatch');
  });

  test('a previous result of another version of this ruleset cannot be checked: the trend compares ranks, with a warning', () => {
    const otherVersion = { ...moderateResult, ruleset: { ...moderateResult.ruleset, fingerprint: `sha256:${'0'.repeat(64)}` } };
    const result = screen(weighted, moderate, { previous: otherVersion });
    expect(result.trend).toMatchObject({ direction: 'unchanged', sameRuleset: false });
    expect(result.warnings.filter((warning) => warning.code === 'previous_unverified').map(({ path }) => path)).toEqual([['previous', 'ruleset', 'fingerprint']]);
  });

  test('no previous result gives no trend', () => {
    expect(mild).not.toHaveProperty('trend');
  });
});

describe('R22 vulnerability weight policy', () => {
  test('scored: each vulnerability adds 1, so vulnerabilities can raise the level', () => {
    expect(score(screen(weighted, allVulnerabilities), 'seraf-score').value).toBe(4);
    const withRisks = screen(weighted, { ...allVulnerabilities, 'missing-from-home': recent, truanting: recent });
    const risksOnly = screen(weighted, { 'missing-from-home': recent, truanting: recent });
    expect(withRisks.level.id).toBe('category-2');
    expect(score(withRisks, 'seraf-score').level).toBe('category-2');
    // Without them the score stays in the lowest band; the concern alone keeps the level above it.
    expect(score(risksOnly, 'seraf-score').level).toBe('category-1');
    expect(firedIds(risksOnly)).toEqual(['protection-any-concern']);
  });

  test('context only: a vulnerability raises nothing, but is listed and still brings in the concern step', () => {
    const result = screen(tiered, { 'looked-after': 'yes' });
    expect(result.level.id).toBe('none');
    expect(firedIds(result)).toEqual([]);
    expect(result.present).toEqual(['looked-after']);
    expect(stepIds(result)).toEqual(['talk-to-dsl']);
  });
});

describe('R23 review interval', () => {
  test.each([
    [{}, 'category-1', '2026-08-30'],
    [{ 'exchanging-sex': recent }, 'category-2', '2026-05-31'],
    [{ 'exchanging-sex': bothWindows }, 'category-2', '2026-05-31'],
    [moderate, 'category-3', '2026-04-12'],
    [{ ...moderate, 'repeat-sti': recent }, 'category-4', '2026-03-29'],
  ] as const)('%o at %s is reviewed by %s (assessed on 2026-03-01)', (answers, level, reviewBy) => {
    const result = screen(weighted, answers, { assessedOn: '2026-03-01' });
    expect(result.level.id).toBe(level);
    expect(result.reviewBy).toBe(reviewBy);
  });

  test('the review date follows the judged level', () => {
    const result = screen(weighted, {}, { assessedOn: '2026-03-01', judgement: { level: 'category-4', rationale: 'r' } });
    expect(result.reviewBy).toBe('2026-03-29');
  });

  test('a review date crosses into a leap day correctly', () => {
    expect(screen(weighted, moderate, { assessedOn: '2028-02-01', judgement: { level: 'category-4', rationale: 'r' } }).reviewBy).toBe('2028-02-29');
  });

  test('a level without an interval, or a screening without a date, gives no review date', () => {
    expect(screen(tiered, {}, { assessedOn: '2026-03-01' })).not.toHaveProperty('reviewBy');
    expect(screen(tiered, { missing: 'yes' }, { assessedOn: '2026-03-01' }).reviewBy).toBe('2026-05-30');
    expect(screen(weighted, moderate)).not.toHaveProperty('reviewBy');
  });
});

// Known engine bugs, reported to the lead with these reproductions. Each test states the intended
// behaviour and is marked `.fails` while the bug stands: when a fix lands it will start failing, and
// `.fails` should then be removed.
describe('engine bugs found by these tests, now fixed', () => {
  test('a complete screening whose level a judgement lowered cannot be any higher than the rules computed: potentialLevel is the computed level', () => {
    const result = screen(weighted, moderate, { judgement: { level: 'category-2', rationale: 'r', agreedBy: { role: 'designated-safeguarding-lead' } } });
    expect(result.complete).toBe(true);
    expect(result.undeterminedRules).toEqual([]);
    // Never below the computed level, so that a report never understates what the rules found (issue 22).
    expect(result.potentialLevel.id).toBe(result.computedLevel.id);
  });

  test('a rule that counts "unknown" answers does not count an ordinal item scored 1', () => {
    const everyIndicator = compileRuleset(removeAt(loadFixture('weighted'), ['rules', 4, 'when', 'where']));
    const result = screen(everyIndicator, areas(1, 0, 0));
    expect(result.unknown).toEqual([]);
    expect(firedIds(result)).not.toContain('unknown-needs-follow-up');
  });
});
