/**
 * The default ruleset in json-rules-engine, used the way a team would use it: one Engine created once,
 * one json-rules-engine rule per ruleset rule (translated once from the ruleset's conditions), facts
 * `answers`, `age`, `attributes`, `context` and `judgement` passed to `await engine.run(facts)` per
 * screening, an event per rule carrying its effect and steps, then plain post-processing for the level,
 * the judgement, the pathway and a result.
 *
 * Differences from the engine, all in json-rules-engine's favour for timing:
 * - Two-valued logic. json-rules-engine has no "undetermined": an unanswered item, an "unknown" answer or
 *   a missing fact makes a condition false (facts are always passed, as null when not given, so that the
 *   default `allowUndefinedFacts: false` never throws). `ifUnknown` is written as `any: [cond, equal null]`.
 *   So there is no potentialLevel, no undeterminedRules, and no "because" lists.
 * - Counts use one custom operator (`countAtLeast`): json-rules-engine has no count. Single answers, ages,
 *   attributes and context facts use the built-in operators, with JSONPath `path` for object facts.
 * - Level conditions (escalate and action rules) read a dynamic fact `finalRank`, computed once per run from
 *   the success events of the level rules, which run first (higher priority).
 * - It takes an already-validated screening: no validation is timed.
 */
import { Engine, type Event, type TopLevelCondition } from 'json-rules-engine';
import type { Condition, PathwayEntry, Ruleset, RulesetStamp, Screening } from '../src/index.js';

type Nested = Extract<TopLevelCondition, { all: unknown }>['all'][number];
type StepOrigin = PathwayEntry['broughtInBy'][number];
type Indicator = Ruleset['indicators'][number];
type Filter = Extract<Condition, { kind: 'count' }>['where'];

/** What the bench compares with the engine, and a result in the engine's shape where json-rules-engine can give one. */
export interface JreOutcome {
  readonly computedLevel: string;
  readonly level: string;
  readonly firedRules: readonly string[];
  readonly pathway: readonly string[];
  readonly result: Record<string, unknown>;
}

interface RuleEvent {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly effect: Ruleset['rules'][number]['effect'];
  readonly rank: number;
  readonly steps: readonly number[];
}

/** The parts of the Almanac this file uses; `getEvents` exists at run time but is missing from the package's hand-written .d.ts. */
interface AlmanacWithEvents {
  getEvents(outcome: 'success'): Event[];
  factValue<T>(factId: string): Promise<T>;
}

/** Builds the engine once and returns an async screening function. */
export function createJreScreen(ruleset: Ruleset, stamp: RulesetStamp, engineVersion: string): (screening: Screening) => Promise<JreOutcome> {
  const levelRank = new Map(ruleset.levels.map((level, rank) => [level.id, rank]));
  const levels = ruleset.levels.map((level, rank) => ({ id: level.id, label: level.label, rank, colour: level.colour, rag: level.rag }));
  const stepAt = (id: string): number => ruleset.steps.findIndex((step) => step.id === id);
  const levelSteps = ruleset.levels.map((level) => level.steps.map(stepAt));
  const concernSteps = ruleset.policy.concernSteps.map(stepAt);
  const outOfScopeSteps = ruleset.scope.outOfScope.steps.map(stepAt);
  const ids = ruleset.indicators.map((indicator) => indicator.id);
  const stepEntries = ruleset.steps.map(({ description: _description, ...entry }) => entry);
  const attributeIds = ruleset.attributes.map((fact) => fact.id);
  const contextIds = ruleset.contextFacts.map((fact) => fact.id);

  const judgementPolicy = { agreementRequiredFor: ruleset.policy.judgement?.agreementRequiredFor ?? 'lowering', agreementRoles: ruleset.policy.judgement?.agreementRoles ?? [] };
  const concernRank = Math.min(1, ruleset.levels.length - 1);
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addOperator('countAtLeast', (answers: Record<string, string>, spec: { ids: string[]; answers: string[]; min: number }) => {
    let count = 0;
    for (const id of spec.ids) {
      const code = answers[id];
      if (code !== undefined && spec.answers.includes(code) && ++count >= spec.min) return true;
    }
    return count >= spec.min;
  });
  engine.addFact('finalRank', async (_params, almanac) => {
    const events = (almanac as unknown as AlmanacWithEvents).getEvents('success');
    let computed = 0;
    let binding = 0;
    for (const event of events) {
      const params = event.params as RuleEvent;
      if (params.effect.kind === 'level' || params.effect.kind === 'floor' || params.effect.kind === 'override') {
        computed = Math.max(computed, params.rank);
        if (params.effect.kind !== 'level') binding = Math.max(binding, params.rank);
      }
    }
    // The library's judgement rules: a lowering (or, where the policy says so, any change) needs a second
    // person's agreement in an accepted role, and the level never goes below a floor, nor to the lowest while a concern is recorded.
    const facts = almanac as unknown as AlmanacWithEvents;
    const judged = await facts.factValue<number | null>('judgement');
    if (judged === null) return computed;
    const agreed = await facts.factValue<boolean>('judgementAgreed');
    const needsAgreement = judged < computed || (judgementPolicy.agreementRequiredFor === 'any-change' && judged > computed);
    if (needsAgreement && !agreed) return computed;
    const concernFloor = (await facts.factValue<boolean>('concernRecorded')) ? concernRank : 0;
    return Math.max(judged, binding, concernFloor);
  });
  ruleset.rules.forEach((rule, index) => {
    const decidesLevel = rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override';
    const params: RuleEvent = {
      index, id: rule.id, title: rule.title, effect: rule.effect,
      rank: rule.effect.kind === 'actions' ? 0 : levelRank.get(rule.effect.level) ?? 0,
      steps: rule.steps.map(stepAt),
    };
    engine.addRule({
      name: rule.id,
      priority: decidesLevel ? 10 : 1,
      conditions: toTopLevel(translate(rule.when, ruleset, levelRank)),
      event: { type: 'rule-fired', params: { ...params } },
    });
  });

  const nullable = (source: Readonly<Record<string, boolean>>, keys: readonly string[]): Record<string, boolean | null> => {
    const out: Record<string, boolean | null> = {};
    for (const key of keys) out[key] = source[key] ?? null;
    return out;
  };

  return async (screening: Screening): Promise<JreOutcome> => {
    const codes: Record<string, string> = {};
    for (const [id, answer] of Object.entries(screening.answers)) {
      const value = typeof answer === 'object' ? answer.value : answer;
      codes[id] = String(value);
    }
    const { ageYears, dateOfBirth, attributes } = screening.subject;
    const age = ageYears ?? (dateOfBirth !== undefined && screening.assessedOn !== undefined ? ageInYears(dateOfBirth, screening.assessedOn) : undefined);
    const { events, almanac } = await engine.run({
      answers: codes,
      age: age ?? null,
      attributes: nullable(attributes, attributeIds),
      context: nullable(screening.context, contextIds),
      judgement: screening.judgement === undefined ? null : levelRank.get(screening.judgement.level) ?? null,
      judgementAgreed: screening.judgement?.agreedBy !== undefined
        && (judgementPolicy.agreementRoles.length === 0 || judgementPolicy.agreementRoles.some((role) => role.id === screening.judgement?.agreedBy?.role)),
      concernRecorded: Object.values(screening.answers).some((answer) => {
        const value = typeof answer === 'object' ? answer.value : answer;
        return value === 'yes' || value === 'possible' || (typeof value === 'number' && value > 0);
      }),
    });
    const finalRank = await almanac.factValue<number>('finalRank');
    const fired = events.map((event) => event.params as RuleEvent).sort((a, b) => a.index - b.index);

    let computedRank = 0;
    for (const rule of fired) {
      if (rule.effect.kind === 'level' || rule.effect.kind === 'floor' || rule.effect.kind === 'override') computedRank = Math.max(computedRank, rule.rank);
    }
    const present: string[] = [];
    const possible: string[] = [];
    const unknown: string[] = [];
    const unanswered: string[] = [];
    for (const id of ids) {
      const code = codes[id];
      if (code === undefined) unanswered.push(id);
      else if (code === 'unknown') unknown.push(id);
      else if (code === 'yes') present.push(id);
      else if (code === 'possible') possible.push(id);
    }
    const { from, below } = ruleset.scope.ages;
    const inScope = age === undefined || (age >= from && age < below);
    const origins = new Map<number, StepOrigin[]>();
    const bring = (positions: readonly number[], origin: StepOrigin): void => {
      for (const position of positions) {
        const known = origins.get(position);
        if (known === undefined) origins.set(position, [origin]);
        else if (!known.some((entry) => entry.kind === origin.kind && entry.id === origin.id)) known.push(origin);
      }
    };
    if (present.length > 0 || possible.length > 0) bring(concernSteps, { kind: 'concern', id: 'policy.concernSteps' });
    bring(levelSteps[finalRank] ?? [], { kind: 'level', id: levels[finalRank]?.id ?? '' });
    for (const rule of fired) {
      if (rule.effect.kind === 'escalate') bring(levelSteps[rule.rank] ?? [], { kind: 'rule', id: rule.id });
      bring(rule.steps, { kind: 'rule', id: rule.id });
    }
    if (!inScope) bring(outOfScopeSteps, { kind: 'scope', id: 'scope.outOfScope' });
    const pathway = [...origins.keys()].sort((a, b) => a - b).map((position) => ({ ...stepEntries[position], broughtInBy: origins.get(position) }));
    const reviewAfterDays = ruleset.levels[finalRank]?.reviewAfterDays;
    const complete = unanswered.length === 0 && unknown.length === 0;
    const result: Record<string, unknown> = {
      format: 'cse-screening/result@1',
      engine: { name: 'cse-screening', version: engineVersion },
      ruleset: stamp,
      ...(screening.ref === undefined ? {} : { ref: screening.ref }),
      inScope,
      complete,
      computedLevel: levels[computedRank],
      level: levels[finalRank],
      firedRules: fired.map((rule) => ({ id: rule.id, title: rule.title, effect: rule.effect })),
      pathway,
      present, possible, unknown, unanswered,
      completeness: { answered: ids.length - unanswered.length - unknown.length, total: ids.length },
      ...(screening.assessedOn === undefined || reviewAfterDays === undefined ? {} : { reviewBy: addDays(screening.assessedOn, reviewAfterDays) }),
    };
    return {
      computedLevel: levels[computedRank]?.id ?? '',
      level: levels[finalRank]?.id ?? '',
      firedRules: fired.map((rule) => rule.id),
      pathway: pathway.map((step) => step.id ?? ''),
      result,
    };
  };
}

/** Translates one condition of the rule grammar into json-rules-engine's condition JSON. */
function translate(condition: Condition, ruleset: Ruleset, levelRank: ReadonlyMap<string, number>): Nested {
  const recurse = (inner: Condition): Nested => translate(inner, ruleset, levelRank);
  const orNull = (fact: Nested, ifUnknown: boolean | undefined, nullCheck: Nested): Nested =>
    ifUnknown === true ? { any: [fact, nullCheck] } : fact;
  switch (condition.kind) {
    case 'all': return { all: condition.of.map(recurse) };
    case 'any': return { any: condition.of.map(recurse) };
    case 'not': return { not: recurse(condition.condition) };
    case 'answer':
      if (condition.match?.windows !== undefined) throw new Error('windows are not translated');
      return { fact: 'answers', path: `$['${condition.indicator}']`, operator: 'in', value: condition.match?.answers ?? ruleset.policy.presentAnswers };
    case 'count':
      if (condition.max !== undefined || condition.match?.windows !== undefined) throw new Error('count max and windows are not translated');
      return {
        fact: 'answers', operator: 'countAtLeast',
        value: { ids: select(ruleset.indicators, condition.where).map((indicator) => indicator.id), answers: condition.match?.answers ?? ruleset.policy.presentAnswers, min: condition.min ?? 0 },
      };
    case 'age': {
      const operator = { under: 'lessThan', 'at-most': 'lessThanInclusive', 'at-least': 'greaterThanInclusive', over: 'greaterThan' }[condition.is];
      return orNull({ fact: 'age', operator, value: condition.years }, condition.ifUnknown, { fact: 'age', operator: 'equal', value: null });
    }
    case 'attribute': case 'context': {
      const fact = condition.kind === 'attribute' ? 'attributes' : 'context';
      const path = `$.${condition.kind === 'attribute' ? condition.attribute : condition.fact}`;
      return orNull({ fact, path, operator: 'equal', value: condition.is }, condition.ifUnknown, { fact, path, operator: 'equal', value: null });
    }
    case 'level': {
      const parts: Nested[] = [];
      if (condition.atLeast !== undefined) parts.push({ fact: 'finalRank', operator: 'greaterThanInclusive', value: levelRank.get(condition.atLeast) ?? 0 });
      if (condition.atMost !== undefined) parts.push({ fact: 'finalRank', operator: 'lessThanInclusive', value: levelRank.get(condition.atMost) ?? 0 });
      return parts.length === 1 ? (parts[0] as Nested) : { all: parts };
    }
    case 'at-least': case 'score':
      throw new Error(`${condition.kind} conditions are not translated: the default ruleset has none`);
    default:
      throw new Error('unknown condition');
  }
}

function toTopLevel(condition: Nested): TopLevelCondition {
  return 'all' in condition || 'any' in condition || 'not' in condition ? (condition as TopLevelCondition) : { all: [condition] };
}

function select(indicators: readonly Indicator[], where: Filter): Indicator[] {
  return indicators.filter((indicator) =>
    (where.indicators === undefined || where.indicators.includes(indicator.id))
    && (where.domains === undefined || where.domains.includes(indicator.domain))
    && (where.kinds === undefined || where.kinds.includes(indicator.kind))
    && (where.levels === undefined || where.levels.includes(indicator.suggestedLevel))
    && (where.tags === undefined || where.tags.some((tag) => indicator.tags.includes(tag))));
}

function ageInYears(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m > bm || (m === bm && d >= bd) ? 0 : 1);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
