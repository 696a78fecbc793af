import type { Ruleset } from '../schema/ruleset.js';

/** Keys whose string values are prose a practitioner reads (labels, questions, guidance, descriptions), never read to decide. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'label', 'text', 'guidance', 'description', 'meaning', 'title', 'actor', 'timescale', 'note', 'possibleNote', 'provenance', 'publisher',
]);
/** Keys whose arrays are citations, shown with the prose and never read to decide. */
const CITATION_KEYS: ReadonlySet<string> = new Set(['sources', 'legalBasis', 'timescaleBasis']);

/** One text taken out of a ruleset: where it was (keys and indexes from the ruleset's root) and what it was. */
export type RulesetText = readonly [path: readonly (string | number)[], value: string | readonly unknown[]];

/**
 * Splits a ruleset into what screening reads and the texts it does not: every prose string (see TEXT_KEYS)
 * becomes '' and every citation list [] in the core, and the texts list where each was. The core builds and
 * screens to the same decision and ids results as the whole; full results and explanations need the texts
 * back (mergeRulesetTexts). Pure: the ruleset given is not changed.
 */
export function splitRulesetTexts(ruleset: Ruleset): { readonly core: Ruleset; readonly texts: RulesetText[] } {
  const texts: RulesetText[] = [];
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (TEXT_KEYS.has(key) && typeof item === 'string' && item !== '') {
        texts.push([[...path, key], item]);
        out[key] = '';
      } else if (CITATION_KEYS.has(key) && Array.isArray(item) && item.length > 0) {
        texts.push([[...path, key], item]);
        out[key] = [];
      } else {
        out[key] = walk(item, [...path, key]);
      }
    }
    return out;
  };
  return { core: walk(ruleset, []) as Ruleset, texts };
}

/**
 * Puts a ruleset's texts back into its core: each where it was taken from, over the placeholder it left
 * ('' for prose, [] for citations). Undefined when a text does not fit the core (no such place, or not a
 * placeholder of its kind there): the texts are then of another ruleset, or changed. Pure.
 */
export function mergeRulesetTexts(core: Ruleset, texts: readonly RulesetText[]): Ruleset | undefined {
  const whole = structuredClone(core) as unknown;
  for (const text of texts) {
    if (!Array.isArray(text) || text.length !== 2) return undefined;
    const [path, value] = text as [unknown, unknown];
    if (!Array.isArray(path) || path.length === 0) return undefined;
    let at: unknown = whole;
    for (const step of path.slice(0, -1)) {
      if (typeof at !== 'object' || at === null || (typeof step !== 'string' && typeof step !== 'number') || !Object.hasOwn(at, step)) return undefined;
      at = (at as Record<string | number, unknown>)[step];
    }
    const key: unknown = path[path.length - 1];
    if (typeof at !== 'object' || at === null || Array.isArray(at) || typeof key !== 'string' || !Object.hasOwn(at, key)) return undefined;
    const placeholder = (at as Record<string, unknown>)[key];
    const fits = TEXT_KEYS.has(key) ? placeholder === '' && typeof value === 'string'
      : CITATION_KEYS.has(key) && Array.isArray(placeholder) && placeholder.length === 0 && Array.isArray(value);
    if (!fits) return undefined;
    (at as Record<string, unknown>)[key] = value;
  }
  return whole as Ruleset;
}
