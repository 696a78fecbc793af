import type { AnswerCode } from '../../schema/answer-code.js';
import type { Ruleset } from '../../schema/ruleset.js';
import type { SourceRef } from '../../schema/source-ref.js';

/** Plain-English names for the ids of one ruleset. Unknown ids fall back to the id itself. */
export interface RulesetLabels {
  readonly ruleset: Ruleset;
  /** A level's label, in curly quotes only when it holds punctuation that would break a sentence. */
  readonly level: (id: string) => string;
  /** A level's label as it is, for a table cell. */
  readonly levelName: (id: string) => string;
  /** An indicator as “text” (id). */
  readonly indicator: (id: string) => string;
  /**
   * An indicator as the subject of a sentence: “the question “Is …?” (id)” when its text is a question, so
   * that “… is answered Yes” reads as a sentence about the answer, otherwise as {@link RulesetLabels.indicator}.
   */
  readonly indicatorSubject: (id: string) => string;
  readonly domain: (id: string) => string;
  readonly window: (id: string) => string;
  readonly attribute: (id: string) => string;
  readonly contextFact: (id: string) => string;
  readonly score: (id: string) => string;
  /** A step as “title”. */
  readonly step: (id: string) => string;
  /** A list of steps: “A”, “B” and “C”. */
  readonly steps: (ids: readonly string[]) => string;
  /** A citation: the source's title, then the section and note where given. */
  readonly source: (ref: SourceRef) => string;
}

/** Builds the label lookups of a ruleset once. */
export function indexLabels(ruleset: Ruleset): RulesetLabels {
  const lookup = <T extends { readonly id: string }>(items: readonly T[], name: (item: T) => string) => {
    const map = new Map<string, string>();
    for (const item of items) if (!map.has(item.id)) map.set(item.id, name(item));
    return (id: string): string => map.get(id) ?? id;
  };
  const step = lookup(ruleset.steps, (item) => quote(item.title));
  const sources = new Map(ruleset.meta.sources.map((source) => [source.id, source]));
  return {
    ruleset,
    level: lookup(ruleset.levels, (item) => quoteIfNeeded(item.label)),
    levelName: lookup(ruleset.levels, (item) => item.label),
    indicator: lookup(ruleset.indicators, (item) => `${quote(item.text)} (${item.id})`),
    indicatorSubject: lookup(ruleset.indicators, (item) => `${item.text.trimEnd().endsWith('?') ? 'the question ' : ''}${quote(item.text)} (${item.id})`),
    domain: lookup(ruleset.domains, (item) => item.label),
    window: lookup(ruleset.windows, (item) => item.label),
    attribute: lookup(ruleset.attributes, (item) => item.label),
    contextFact: lookup(ruleset.contextFacts, (item) => item.label),
    score: lookup(ruleset.scores, (item) => item.label),
    step,
    steps: (ids) => joinAnd(ids.map(step)),
    source: (ref) => {
      const title = sources.get(ref.source)?.title ?? ref.source;
      return [title, ref.section, ref.note].filter((part) => part !== undefined).join(', ');
    },
  };
}

/** Text in curly quotes, so that it stands apart from the sentence around it. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** A label as it is when it reads as part of a sentence, quoted when it holds other punctuation (for example a colon). */
export function quoteIfNeeded(text: string): string {
  return /^[\p{L}\p{N} '’-]+$/u.test(text) ? text : quote(text);
}

/** An answer code as a practitioner sees it: Yes, No, Possible, Unknown. */
export function answerName(code: AnswerCode): string {
  return `${code.charAt(0).toUpperCase()}${code.slice(1)}`;
}

/** “A”, “A and B”, “A, B and C”. */
export function joinAnd(items: readonly string[]): string {
  return joinWith(items, 'and');
}

/** “A”, “A or B”, “A, B or C”. */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

function joinWith(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}

/** A count with its noun: “one step”, “3 steps”, “no step”. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  if (count === 0) return `no ${plural}`;
  return count === 1 ? `one ${noun}` : `${count} ${plural}`;
}

/** Text as a whole sentence: a full stop added unless it already ends with one (or with ? or !). */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
