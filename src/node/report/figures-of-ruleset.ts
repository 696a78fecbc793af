import type { RulesetFigures } from '../../schema/caseload-summary.js';
import { NotAppliedBecauseSchema } from '../../schema/result.js';
import type { RulesetStamp } from '../../schema/ruleset-stamp.js';
import { addDays } from '../../screening/add-days.js';
import { AGE_BANDS, type AgeBand, type CaseloadRecord } from './caseload-record.js';
import { suppressCount } from './suppress-count.js';

/** What the figures need besides the children: the as-of date, the review window, labels, and what to suppress. */
export interface TallyOptions {
  readonly asOf: string;
  readonly dueWithinDays: number;
  readonly suppressBelow: number | undefined;
  /** How many indicators each frequency list shows. */
  readonly top: number;
  /** The levels and indicator labels of a ruleset the caller loaded, when it is the one that produced these results. */
  readonly describe: (stamp: CaseloadRecord['ruleset']) => RulesetDescription | undefined;
}

/** The parts of a ruleset the figures show: every level (so that empty levels show as 0), and indicator labels. */
export interface RulesetDescription {
  readonly levels: readonly { readonly id: string; readonly label: string; readonly colour: string }[];
  readonly indicatorLabel: (id: string) => string | undefined;
}

/** One child as the tally keeps them, by their latest result: what the figures count, and no more. */
export interface TalliedChild {
  /** The child's key: the result's ref, or its line when it has none (as the overdue reviews list it). */
  readonly key: string;
  readonly level: CaseloadRecord['level'];
  readonly ageBand: AgeBand;
  readonly present: readonly string[];
  readonly possible: readonly string[];
  readonly movedFrom: CaseloadRecord['movedFrom'];
  readonly reviewBy: string | undefined;
  /** The potential level is above the level. */
  readonly informationGap: boolean;
  readonly complete: boolean;
  readonly inScope: boolean;
  /** The level is below (or above) the level the rules computed, before the judgement. */
  readonly belowComputed: boolean;
  readonly aboveComputed: boolean;
  readonly judgement: CaseloadRecord['judgement'];
  readonly suggestedFactors: readonly string[];
}

/**
 * The figures of the children of one ruleset version, each by their latest result: counts by level, age band,
 * indicator, movement, review, judgement and census factor, suppressed below `options.suppressBelow`.
 */
export function figuresOfRuleset(ruleset: RulesetStamp, children: Iterable<TalliedChild>, main: boolean, options: TallyOptions): RulesetFigures {
  const count = (n: number) => suppressCount(n, options.suppressBelow);
  const described = options.describe(ruleset);
  let childCount = 0;
  const levels = new Map<string, { id: string; label: string; rank: number; colour: string; n: number }>();
  described?.levels.forEach((level, rank) => levels.set(level.id, { ...level, rank, n: 0 }));
  const ages = new Map(AGE_BANDS.map((band) => [band, 0]));
  const present = new Map<string, number>();
  const possible = new Map<string, number>();
  const pairs = new Map<string, { from: string; to: string; fromRank: number; toRank: number; n: number }>();
  const movement = { escalated: 0, deEscalated: 0, unchanged: 0, notCompared: 0, otherRuleset: 0 };
  const reviews = { overdue: 0, dueSoon: 0, later: 0, noDate: 0 };
  const overdueRefs: string[] = [];
  const gaps = { informationGaps: 0, incomplete: 0, outOfScope: 0 };
  const applied = { raised: 0, lowered: 0, same: 0 };
  let appliedInPart = 0;
  const factors = new Map<string, number>();
  const final = { belowComputed: 0, aboveComputed: 0 };
  const notApplied = new Map<string, number>(NotAppliedBecauseSchema.options.map((because) => [because, 0]));
  const dueBy = addDays(options.asOf, options.dueWithinDays);
  for (const child of children) {
    childCount++;
    const level = levels.get(child.level.id) ?? { ...child.level, n: 0 };
    level.n++;
    levels.set(level.id, level);
    ages.set(child.ageBand, (ages.get(child.ageBand) ?? 0) + 1);
    for (const id of child.present) present.set(id, (present.get(id) ?? 0) + 1);
    for (const id of child.possible) possible.set(id, (possible.get(id) ?? 0) + 1);
    const from = child.movedFrom;
    if (from === undefined) movement.notCompared++;
    else if (!from.sameRuleset) movement.otherRuleset++;
    else {
      const direction = from.rank < child.level.rank ? 'escalated' : from.rank > child.level.rank ? 'deEscalated' : 'unchanged';
      movement[direction]++;
      const key = `${from.id}>${child.level.id}`;
      const pair = pairs.get(key) ?? { from: from.id, to: child.level.id, fromRank: from.rank, toRank: child.level.rank, n: 0 };
      pair.n++;
      pairs.set(key, pair);
    }
    if (child.reviewBy === undefined) reviews.noDate++;
    else if (child.reviewBy < options.asOf) {
      reviews.overdue++;
      overdueRefs.push(child.key);
    } else if (child.reviewBy <= dueBy) reviews.dueSoon++;
    else reviews.later++;
    if (child.informationGap) gaps.informationGaps++;
    if (!child.complete) gaps.incomplete++;
    if (!child.inScope) gaps.outOfScope++;
    if (child.belowComputed) final.belowComputed++;
    if (child.aboveComputed) final.aboveComputed++;
    for (const code of child.suggestedFactors) factors.set(code, (factors.get(code) ?? 0) + 1);
    const judgement = child.judgement;
    if (judgement === undefined) continue;
    // Applied in part: the level moved as far as a floor. Counted as such, never as not applied.
    if (judgement.inPart) appliedInPart++;
    else if (!judgement.applied) {
      const because = judgement.notAppliedBecause ?? 'not-given';
      notApplied.set(because, (notApplied.get(because) ?? 0) + 1);
    } else applied[judgement.direction]++;
  }
  const label = (id: string): string => described?.indicatorLabel(id) ?? id;
  const frequent = (counts: Map<string, number>) => [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.top)
    .map(([indicator, n]) => ({ indicator, label: label(indicator), count: count(n) }));
  return {
    ruleset,
    main,
    children: count(childCount),
    byLevel: [...levels.values()].sort((a, b) => a.rank - b.rank).map(({ n, ...level }) => ({ level: level.id, label: level.label, rank: level.rank, colour: level.colour, count: count(n) })),
    byAgeBand: [...ages].map(([band, n]) => ({ band, count: count(n) })),
    present: frequent(present),
    possible: frequent(possible),
    movement: {
      escalated: count(movement.escalated),
      deEscalated: count(movement.deEscalated),
      unchanged: count(movement.unchanged),
      notCompared: count(movement.notCompared),
      otherRuleset: count(movement.otherRuleset),
      pairs: [...pairs.values()].sort((a, b) => a.fromRank - b.fromRank || a.toRank - b.toRank).map((pair) => ({
        from: pair.from,
        to: pair.to,
        direction: pair.fromRank < pair.toRank ? 'escalated' as const : pair.fromRank > pair.toRank ? 'de-escalated' as const : 'unchanged' as const,
        count: count(pair.n),
      })),
    },
    reviews: {
      overdue: count(reviews.overdue),
      dueSoon: count(reviews.dueSoon),
      later: count(reviews.later),
      noDate: count(reviews.noDate),
      ...(options.suppressBelow === undefined ? { overdueRefs: overdueRefs.sort() } : {}),
    },
    gaps: { informationGaps: count(gaps.informationGaps), incomplete: count(gaps.incomplete), outOfScope: count(gaps.outOfScope) },
    judgements: {
      applied: { raised: count(applied.raised), lowered: count(applied.lowered), same: count(applied.same) },
      appliedInPart: count(appliedInPart),
      notApplied: [...notApplied].map(([because, n]) => ({ because, count: count(n) })),
      finalBelowComputed: count(final.belowComputed),
      finalAboveComputed: count(final.aboveComputed),
    },
    suggestedFactors: [...factors].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, n]) => ({ code, count: count(n) })),
  };
}
