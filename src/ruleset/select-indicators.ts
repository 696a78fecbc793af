import type { Indicator } from '../schema/indicator.js';
import type { IndicatorFilter } from '../schema/indicator-filter.js';

/** Where each id, domain, kind, suggested level and tag is found, by position; and the selections made so far. */
interface Selections {
  readonly by: Readonly<Record<keyof IndicatorFilter, Map<string, number[]>>>;
  readonly made: Map<string, readonly Indicator[]>;
}

const CACHE = new WeakMap<readonly Indicator[], Selections>();

/**
 * The indicators a filter selects, in declaration order. The list returned is shared between calls
 * with the same indicators and an equal filter, and must not be changed. Work is linear: an index of
 * the indicators by each field is built once per list, a filter starts from its narrowest field, and
 * each distinct filter is worked out once (a ruleset of 40,000 count conditions over 1,000 indicators
 * used to filter 40 million times).
 */
export function selectIndicators(indicators: readonly Indicator[], filter: IndicatorFilter): readonly Indicator[] {
  let selections = CACHE.get(indicators);
  if (selections === undefined) {
    selections = { by: indexIndicators(indicators), made: new Map() };
    CACHE.set(indicators, selections);
  }
  const key = JSON.stringify([filter.indicators, filter.domains, filter.kinds, filter.levels, filter.tags]);
  let selected = selections.made.get(key);
  if (selected === undefined) {
    selected = Object.freeze(select(indicators, selections.by, filter));
    selections.made.set(key, selected);
  }
  return selected;
}

function select(indicators: readonly Indicator[], by: Selections['by'], filter: IndicatorFilter): Indicator[] {
  const fields = (['indicators', 'domains', 'kinds', 'levels', 'tags'] as const).filter((field) => filter[field] !== undefined);
  if (fields.length === 0) return [...indicators];
  // Start from the field that selects fewest, then keep those that every other field also selects.
  const candidates = fields.map((field) => ({ field, positions: positionsOf(by[field], filter[field] ?? []) }))
    .sort((a, b) => a.positions.length - b.positions.length);
  const [narrowest, ...others] = candidates;
  if (narrowest === undefined) return [];
  const allowed = others.map(({ positions }) => new Set(positions));
  return narrowest.positions.filter((position) => allowed.every((set) => set.has(position)))
    .map((position) => indicators[position] as Indicator);
}

/** The positions of the indicators with any of these values, in declaration order, each once. */
function positionsOf(index: Map<string, number[]>, values: readonly string[]): number[] {
  const positions = new Set<number>();
  for (const value of values) for (const position of index.get(value) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b);
}

function indexIndicators(indicators: readonly Indicator[]): Selections['by'] {
  const by = { indicators: new Map(), domains: new Map(), kinds: new Map(), levels: new Map(), tags: new Map() } satisfies Selections['by'];
  const add = (index: Map<string, number[]>, value: string, position: number): void => {
    const list = index.get(value);
    if (list === undefined) index.set(value, [position]);
    else if (list.at(-1) !== position) list.push(position);
  };
  indicators.forEach((indicator, position) => {
    add(by.indicators, indicator.id, position);
    add(by.domains, indicator.domain, position);
    add(by.kinds, indicator.kind, position);
    add(by.levels, indicator.suggestedLevel, position);
    for (const tag of indicator.tags) add(by.tags, tag, position);
  });
  return by;
}
