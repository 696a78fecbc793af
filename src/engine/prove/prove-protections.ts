import type { Issue } from '../../schema/issue.js';
import type { PathwayEntry } from '../../schema/result.js';
import { checkConcernNeverLowers } from '../../ruleset/check-concern-never-lowers.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { indicatorClasses } from '../compile/indicator-classes.js';
import { scoreScreening } from '../result/score-screening.js';
import { ageConditions, ageSignature, distinctAges, syntheticFacts, syntheticRead, type SyntheticAnswer } from './synthetic-screening.js';
import { variantEvaluator, type VariantEvaluator } from './variant-evaluator.js';
import { FALSE, type Truth } from '../evaluate/truth.js';

/** The most screenings the pair check may evaluate; a ruleset that needs more is refused, so that loading stays bounded. */
const MAX_PAIR_EVALUATIONS = 5_000;
/**
 * The most work the proofs may do, in condition nodes, indicators and rules visited (an evaluation
 * visits about that many). A ruleset that would need more is refused rather than loaded unproved,
 * so that loading one from another team stays bounded. The largest legal ruleset the bench generates
 * (1,000 indicators, 40,000 counts) needs about 6e7.
 */
const MAX_PROOF_WORK = 200_000_000;
/**
 * Evaluations the single-indicator proofs make for each group of indicators, at most (ages below 13, an age
 * not recorded, ages in scope with the learning-disability attribute true and not recorded, no against yes,
 * 16/17 against 15).
 */
const EVALUATIONS_PER_GROUP = 70;

/** At most this many issues of one code are listed: one is enough to refuse, a few help to mend. */
const MAX_ISSUES_PER_CODE = 20;

/**
 * Checks that more concern never lowers (checkConcernNeverLowers), then proves the protections by
 * evaluating the ruleset on made-up screenings, not by reading its shape. The engine applies the protections
 * to every screening whatever these find (applyProtections): the proofs tell an author early that the
 * ruleset's own rules fall short of them.
 * - a child under 13 (every distinct age in scope below 13) with any one indicator answered yes, the
 *   rest no, reaches the declared under-13 floor (policy.protections.under13Floor; when not declared, the
 *   lowest floor or override the ruleset writes for under-13s);
 * - likewise, at every age in scope, the declared learning-disability floor with its attribute true;
 * - with the age, or the learning-disability attribute, not recorded, those floors stay within reach (the
 *   potential level): a fact not recorded is never read as the one that rules the floor out;
 * - "no" never gives a higher level than "yes" or "possible" for the same indicator, nor than leaving it unanswered;
 * - for every indicator and every pair of the indicators that age-dependent rules read, a 16 or 17 year
 *   old never gets a lower level, or fewer steps, than a 15 year old (steps of rules with a `legalAgeLimit` apart).
 * Vulnerability factors are not indicators of exploitation and are not asked to reach a floor.
 * Indicators the ruleset reads alike are proved once for their group (see indicatorClasses); an issue
 * names the first of its group.
 */
export function proveProtections(compiled: CompiledRuleset): Issue[] {
  // More concern never lowers, by the format: what a rule may read, and level steps that keep those below them.
  const issues: Issue[] = checkConcernNeverLowers(compiled.ruleset, compiled.index);
  const counts = new Map<string, number>();
  const report = (issue: Issue): void => {
    const count = counts.get(issue.code) ?? 0;
    counts.set(issue.code, count + 1);
    if (count < MAX_ISSUES_PER_CODE) issues.push(issue);
  };
  const { ruleset } = compiled;
  // One member of each group of indicators the ruleset reads alike stands for the group: the work
  // grows with the number of distinct ways indicators are read, not with the number of indicators.
  const classes = indicatorClasses(compiled);
  const representatives = classes.map((members) => members[0] ?? 0);
  const countable = representatives.filter((position) => compiled.indicators[position]?.kind !== 'vulnerability');
  const workPerEvaluation = compiled.slotCount + compiled.indicators.length + compiled.rules.length;
  if (classes.length * EVALUATIONS_PER_GROUP * workPerEvaluation > MAX_PROOF_WORK) {
    return [{
      code: 'protection_check_too_large', path: ['rules'],
      message: `reads its ${compiled.indicators.length} indicators in ${classes.length} different ways over ${compiled.slotCount} conditions: too much to prove the protections in bounded time; share filters between counts or split the ruleset`,
    }];
  }
  // Every proof compares made-up screenings that differ from a few baselines in one or two answers: each
  // baseline is evaluated once, and a variant only re-evaluates the rules that read what it changes.
  const evaluators = new Map<string, VariantEvaluator>();
  const evaluatorFor = (key: string, make: () => VariantEvaluator): VariantEvaluator => {
    let evaluator = evaluators.get(key);
    if (evaluator === undefined) {
      evaluator = make();
      evaluators.set(key, evaluator);
    }
    return evaluator;
  };
  const rankWith = (base: SyntheticAnswer, answers: [number, SyntheticAnswer][], age: number, attributes?: ReadonlyMap<string, boolean>): number =>
    evaluatorFor(`rank ${base} ${age} ${JSON.stringify([...(attributes ?? [])])}`, () => variantEvaluator(compiled, base, age, attributes))
      .ranks(answers).computedRank;
  // The highest level within reach, every fact recorded as false but the age when not given and `unknownAttribute`:
  // the computed level, or higher where rules are undetermined for want of just those facts.
  const reachWith = (answers: [number, SyntheticAnswer][], age: number | undefined, unknownAttribute?: string): number => {
    const ranks = evaluatorFor(`reach ${age ?? '-'} ${unknownAttribute ?? '-'}`, () => variantEvaluator(
      compiled, 'no', age,
      new Map(ruleset.attributes.filter((fact) => fact.id !== unknownAttribute).map((fact) => [fact.id, false])),
      new Map(ruleset.contextFacts.map((fact) => [fact.id, false])),
    )).ranks(answers);
    return Math.max(ranks.computedRank, ranks.potentialRank);
  };
  const levelLabel = (rank: number): string => compiled.levels[rank]?.label ?? '';
  const { from, below } = ruleset.scope.ages;

  const under13Rank = compiled.index.levelRank.get(ruleset.policy.protections.under13Floor ?? '') ?? impliedUnder13Floor(compiled);
  const youngest = Math.max(0, Math.min(from, 12));
  // Where the floor fails with the age given, that is the issue: the one for an age not recorded would repeat it.
  const failsUnder13 = new Set<number>();
  for (const age of distinctAges(compiled, youngest, 12)) {
    for (const position of countable) {
      if (rankWith('no', [[position, 'yes']], age) >= under13Rank) continue;
      failsUnder13.add(position);
      report({
        code: 'under_13_floor_not_reached', path: ['indicators', position],
        message: `answered yes for a child aged ${age}, with everything else no, does not reach the under-13 floor (${levelLabel(under13Rank)}): no floor or override holds`,
      });
    }
  }

  // Unknown is not no: a child whose age is not recorded may be under 13, so any one indicator answered yes
  // must leave the under-13 floor within reach (the potential level), never read the age as 13 or over.
  if (youngest < 13) {
    for (const position of countable) {
      if (failsUnder13.has(position) || reachWith([[position, 'yes']], undefined) >= under13Rank) continue;
      report({
        code: 'under_13_floor_not_reached', path: ['indicators', position],
        message: `answered yes for a child whose age is not recorded, with everything else no, does not leave the under-13 floor (${levelLabel(under13Rank)}) within reach: an age not recorded must not be read as 13 or over`,
      });
    }
  }

  const disability = ruleset.policy.protections.learningDisabilityFloor;
  if (disability !== undefined) {
    const rank = compiled.index.levelRank.get(disability.level) ?? 0;
    const attributes = new Map([[disability.attribute, true]]);
    for (const age of distinctAges(compiled, from, below - 1)) {
      const failsHere = new Set<number>();
      for (const position of countable) {
        if (rankWith('no', [[position, 'yes']], age, attributes) >= rank) continue;
        failsHere.add(position);
        report({
          code: 'learning_disability_floor_not_reached', path: ['indicators', position],
          message: `answered yes for a child aged ${age} with ${disability.attribute}, everything else no, does not reach the declared floor (${levelLabel(rank)})`,
        });
      }
      // Likewise with the attribute not recorded: the floor must stay within reach, never read as absent.
      for (const position of countable) {
        if (failsHere.has(position) || reachWith([[position, 'yes']], age, disability.attribute) >= rank) continue;
        report({
          code: 'learning_disability_floor_not_reached', path: ['indicators', position],
          message: `answered yes for a child aged ${age} whose ${disability.attribute} is not recorded, everything else no, does not leave the declared floor (${levelLabel(rank)}) within reach: a fact not recorded must not be read as false`,
        });
      }
    }
  }

  for (const position of representatives) {
    for (const age of [12, 15]) {
      for (const base of ['no', 'unanswered'] as const) {
        const onNo = rankWith(base, [[position, 'no']], age);
        const others: SyntheticAnswer[] = base === 'unanswered' ? ['yes', 'possible', 'unanswered'] : ['yes', 'possible'];
        const lower = others.find((answer) => rankWith(base, [[position, answer]], age) < onNo);
        if (lower === undefined) continue;
        report({
          code: 'no_answer_raises_level', path: ['indicators', position],
          message: `answered no gives ${levelLabel(onNo)}, higher than answered ${lower === 'unanswered' ? 'nothing' : lower}: a "no" must never raise the level`,
        });
      }
    }
  }

  proveOlderChildren(compiled, classes.filter((members) => compiled.indicators[members[0] ?? 0]?.kind !== 'vulnerability'), report);
  return issues;
}

/** 16 and 17 year olds never get a lower level, or fewer steps, than a 15 year old with the same answers. */
function proveOlderChildren(compiled: CompiledRuleset, classes: readonly (readonly number[])[], report: (issue: Issue) => void): void {
  const countable = classes.map((members) => members[0] ?? 0);
  const conditions = ageConditions(compiled);
  const at15 = ageSignature(conditions, 15);
  const differing = new Set(conditions.filter((condition) => [16, 17].some((age) => ageSignature([condition], age) !== ageSignature([condition], 15))).map((condition) => condition.rule));
  if (ageSignature(conditions, 16) === at15 && ageSignature(conditions, 17) === at15) return;
  const sensitive = [...differing].filter((r) => compiled.rules[r]?.source.legalAgeLimit === undefined);
  if (sensitive.length === 0) return;
  const exempt = new Set(compiled.rules.flatMap((rule) => (rule.source.legalAgeLimit === undefined ? [] : [rule.source.id])));

  // Age reaches a rules-only result through the age conditions alone (and the scope, which holds alike at 15, 16
  // and 17 where this shortcut is taken). Where the rules give the same level (computed and within reach) at all
  // three ages, and no rule with an age condition that tells 16 or 17 from 15 holds at 15 but not at 16 or 17 (each
  // has the same truth, or is false at 15), the older child's result has all of the 15 year old's and needs no full
  // scoring: at the same level, rules that read the level fire alike, and a rule that fires only at 16 or 17 adds
  // steps and drops none. Rules with a legalAgeLimit that do not decide the level change only steps, which this
  // proof leaves apart anyway. A rule with an age condition that also reads the final level cannot be judged before
  // the level is known: then every case is scored in full.
  const { from, below } = compiled.ruleset.scope.ages;
  const exemptOnlyForSteps = (r: number): boolean => {
    const rule = compiled.rules[r];
    return rule !== undefined && rule.source.legalAgeLimit !== undefined && !rule.decidesLevel;
  };
  const watched = [...differing].filter((r) => !exemptOnlyForSteps(r));
  const shortcut = from <= 15 && below > 17 && ![...differing].some((r) => readsLevel(compiled.rules[r]?.when));
  const byAge = new Map([15, 16, 17].map((age) => [age, variantEvaluator(compiled, 'no', age)]));
  const olderHasAll = (answers: [number, SyntheticAnswer][]): boolean => {
    const levels = [15, 16, 17].map((age) => byAge.get(age)?.ranks(answers));
    if (!levels.every((ranks) => ranks?.computedRank === levels[0]?.computedRank && ranks?.potentialRank === levels[0]?.potentialRank)) return false;
    if (watched.length === 0) return true;
    const at = (age: number): Truth[] => byAge.get(age)?.truths(answers, watched) ?? [];
    const young = at(15);
    return [16, 17].every((age) => at(age).every((truth, i) => truth === young[i] || young[i] === FALSE));
  };

  const compare = (answers: [number, SyntheticAnswer][]): void => {
    if (shortcut && olderHasAll(answers)) return;
    // Levels, fired rules and the pathway with what brought each step in; the reasons are not needed, so not worked out.
    // The ruleset's own rules, without the engine's protections (which would make up for the gap this proof looks for).
    const result = (age: number) => scoreScreening(compiled, syntheticRead(syntheticFacts(compiled, 'no', new Map(answers), age)), { detail: 'decision' }, true);
    const young = result(15);
    for (const age of [16, 17]) {
      const older = result(age);
      const which = answers.map(([position]) => compiled.indicators[position]?.id ?? '').join(' and ');
      if (older.computedLevel.rank < young.computedLevel.rank) {
        const rule = young.firedRules.find((fired) => !older.firedRules.some((entry) => entry.id === fired.id))?.id ?? '';
        report({
          code: 'older_child_gets_lower_level', path: ['rules', compiled.rules.findIndex((entry) => entry.source.id === rule)],
          message: `fires for a 15 year old but not for a ${age} year old with ${which} answered yes: 16 and 17 year olds are children and must not get a lower level`,
        });
      }
      const lost = lostSteps(young.pathway, older.pathway, exempt);
      for (const step of lost) {
        report({
          code: 'older_child_gets_fewer_steps', path: ['steps', compiled.index.steps.get(step.id) ?? -1],
          message: `is brought in for a 15 year old but not for a ${age} year old with ${which} answered yes, and no rule with a legalAgeLimit explains it`,
        });
      }
    }
  };

  for (const position of countable) compare([[position, 'yes']]);
  const read = new Set<number>();
  for (const r of sensitive) {
    const rule = compiled.rules[r];
    if (rule !== undefined) positionsReadBy(rule.when, read);
  }
  const pairableClasses = classes.filter((members) => read.has(members[0] ?? -1));
  const pairable = pairableClasses.map((members) => members[0] ?? 0);
  const pairs = (pairable.length * (pairable.length + 1)) / 2;
  const workPerScreening = compiled.slotCount + compiled.indicators.length + compiled.rules.length;
  if (pairs > MAX_PAIR_EVALUATIONS || pairs * 3 * workPerScreening > MAX_PROOF_WORK) {
    report({
      code: 'protection_check_too_large', path: ['rules', sensitive[0] ?? 0],
      message: `depends on age and reads ${pairable.length} indicators: too many pairs to prove that 16 and 17 year olds are never treated as lower risk; narrow the rule`,
    });
    return;
  }
  pairableClasses.forEach((members, i) => {
    const first = members[0] ?? 0;
    // Two members of one group answered together are a pair of their own.
    if (members[1] !== undefined) compare([[first, 'yes'], [members[1], 'yes']]);
    for (const other of pairableClasses.slice(i + 1)) compare([[first, 'yes'], [other[0] ?? 0, 'yes']]);
  });
}

/**
 * The under-13 floor a ruleset that declares none implies: the lowest level among its floors and
 * overrides written for children under 13 (an age condition that holds at 12), or else the level above the lowest.
 */
function impliedUnder13Floor(compiled: CompiledRuleset): number {
  const ranks = ageConditions(compiled)
    .filter((condition) => ageSignature([condition], 12) === '1')
    .map((condition) => compiled.rules[condition.rule])
    .filter((rule) => rule !== undefined && (rule.source.effect.kind === 'floor' || rule.source.effect.kind === 'override') && rule.rank > 0)
    .map((rule) => rule?.rank ?? 0);
  return ranks.length === 0 ? compiled.concernRank : Math.min(...ranks);
}

/** Adds the indicator positions a condition reads. */
function positionsReadBy(condition: CompiledCondition, into: Set<number>): void {
  switch (condition.kind) {
    case 'all': case 'any': case 'at-least': for (const inner of condition.of) positionsReadBy(inner, into); return;
    case 'not': positionsReadBy(condition.condition, into); return;
    case 'answer': into.add(condition.position); return;
    case 'count': for (const position of condition.positions) into.add(position); return;
    default: return;
  }
}

/** Whether a condition reads the final level anywhere inside it. */
function readsLevel(condition: CompiledCondition | undefined): boolean {
  switch (condition?.kind) {
    case undefined: return false;
    case 'all': case 'any': case 'at-least': return condition.of.some(readsLevel);
    case 'not': return readsLevel(condition.condition);
    case 'level': return true;
    default: return false;
  }
}

/**
 * Steps a 15 year old's pathway has and an older child's has not, other than those the legal age limits explain:
 * steps brought in only by rules with a `legalAgeLimit`, or only by such steps requiring them.
 */
function lostSteps(young: readonly PathwayEntry[], older: readonly PathwayEntry[], exempt: ReadonlySet<string>): PathwayEntry[] {
  const kept = new Set(older.map((step) => step.id));
  const missing = young.filter((step) => !kept.has(step.id));
  const explained = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of missing) {
      if (explained.has(step.id)) continue;
      if (!step.broughtInBy.every((origin) => (origin.kind === 'rule' && exempt.has(origin.id)) || (origin.kind === 'step' && explained.has(origin.id)))) continue;
      explained.add(step.id);
      grew = true;
    }
  }
  return missing.filter((step) => !explained.has(step.id));
}
