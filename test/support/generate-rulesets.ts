import { readFileSync } from 'node:fs';

/** A nestable condition kind: each level holds the one below it and an answer condition. */
export type NestingKind = 'all' | 'any' | 'at-least' | 'not';

// Read from the file rather than through test/support/load-fixture.ts, so that bench/ can use this module too.
const tiered = (): Record<string, unknown> & { indicators: unknown[]; rules: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(new URL('../fixtures/tiered.json', import.meta.url), 'utf8')) as never;

/** A condition of `depth` nested levels of `kind` around an answer condition (depth 0 is the answer itself). */
export function nestedCondition(kind: NestingKind, depth: number, indicator = 'missing'): unknown {
  const leaf = { kind: 'answer', indicator };
  let condition: unknown = leaf;
  for (let level = 0; level < depth; level++) {
    condition = kind === 'not' ? { kind: 'not', condition }
      : kind === 'at-least' ? { kind: 'at-least', count: 1, of: [condition, leaf] }
      : { kind, of: [condition, leaf] };
  }
  return condition;
}

/** Index of the tiered fixture's actions rule whose condition {@link rulesetWithCondition} replaces. */
export const ACTIONS_RULE = 9;

/** The tiered fixture with an actions rule's condition replaced by `when` (so it can raise no level). */
export function rulesetWithCondition(when: unknown): unknown {
  const ruleset = tiered();
  (ruleset.rules[ACTIONS_RULE] as Record<string, unknown>).when = when;
  return ruleset;
}

/**
 * The tiered fixture grown to `indicators` indicators in all (extra ones tagged in groups of ten), with
 * `countNodes` count conditions (by tag, by domain, by kind and with no filter in turn) spread over actions
 * rules of at most 200 each, inside an `any`, so that count nodes grow with the ruleset.
 */
export function largeRuleset(indicators: number, countNodes = indicators * 4): unknown {
  const ruleset = tiered();
  const groups = Math.max(1, Math.ceil(indicators / 10));
  for (let index = ruleset.indicators.length; index < indicators; index++) {
    ruleset.indicators.push({
      id: `extra-${index}`, domain: 'general', text: `Extra indicator ${index}`, guidance: 'g', kind: 'risk',
      suggestedLevel: 'low', answer: { kind: 'presence' }, tags: [`group-${index % groups}`], sources: [{ source: 'test' }],
    });
  }
  const filter = (at: number): unknown => [{ tags: [`group-${at % groups}`] }, { domains: ['general'] }, {}, { kinds: ['risk'] }][at % 4];
  for (let first = 0, rule = 0; first < countNodes; first += 200, rule++) {
    const of = Array.from({ length: Math.min(200, countNodes - first) }, (_, at) => ({ kind: 'count', where: filter(first + at), min: 2 + (at % 8) }));
    ruleset.rules.push({
      id: `extra-rule-${rule}`, title: `Extra rule ${rule}`, when: { kind: 'any', of }, effect: { kind: 'actions' },
      steps: ['refer'], sources: [{ source: 'test' }],
    });
  }
  return ruleset;
}

/**
 * A large ruleset in the shape of a port of a big council tool: the bundled default ruleset with its
 * indicators and rules copied `copies` times (ids suffixed, so that each copy's rules read that copy's
 * indicators; tags, domains, levels and steps shared), and their texts (question, guidance, description and
 * source notes) written out up to `textRepeat` times, within the format's 4,000 characters. Copies share tags, so the default ruleset's counts by tag grow with every copy, as the
 * counts of a large tool do. 13 copies reach the format's 1,000 indicators.
 */
export function councilPortRuleset(copies: number, textRepeat = 1): Record<string, unknown> {
  const base = JSON.parse(readFileSync(new URL('../../rules/brighton-hove-cse.json', import.meta.url), 'utf8')) as {
    indicators: { id: string }[]; rules: { id: string }[];
  };
  const copied = new Set([...base.indicators.map((indicator) => indicator.id), ...base.rules.map((rule) => rule.id)]);
  const LONG_TEXTS = new Set(['text', 'guidance', 'description', 'note']);
  const lengthen = (text: unknown): unknown => (typeof text === 'string' ? text.repeat(Math.max(1, Math.min(textRepeat, Math.floor(4000 / text.length)))) : text);
  const rename = (value: unknown, suffix: string): unknown => {
    if (typeof value === 'string') return copied.has(value) ? `${value}${suffix}` : value;
    if (Array.isArray(value)) return value.map((item) => rename(item, suffix));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, LONG_TEXTS.has(key) ? lengthen(item) : rename(item, suffix)]));
    }
    return value;
  };
  const ruleset = structuredClone(base) as Record<string, unknown> & { indicators: unknown[]; rules: unknown[] };
  ruleset.indicators = base.indicators.map((indicator) => rename(indicator, ''));
  ruleset.rules = base.rules.map((rule) => rename(rule, ''));
  for (let copy = 1; copy < copies; copy++) {
    ruleset.indicators.push(...base.indicators.map((indicator) => rename(indicator, `-c${copy}`)));
    ruleset.rules.push(...base.rules.map((rule) => rename(rule, `-c${copy}`)));
  }
  return ruleset;
}
