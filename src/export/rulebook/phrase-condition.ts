import { assertNever } from '../../assert-never.js';
import type { AnswerCode } from '../../schema/answer-code.js';
import type { Condition } from '../../schema/condition.js';
import { selectIndicators } from '../../ruleset/select-indicators.js';
import { matchedAnswers, negatedQuantityOf, phraseFilter, phraseMatch, quantityOf, type Quantity } from './phrase-match.js';
import { answerName, joinOr, quote, type RulesetLabels } from './ruleset-labels.js';

/**
 * A condition in plain English: a sentence, and for a list (all, any, at least n) the items under it.
 * `compound` marks a sentence that already joins others with “and” or “or”, so that it is never
 * joined again without a list (which would make “A and B or C” ambiguous).
 */
export interface Phrase {
  readonly text: string;
  readonly items: readonly Phrase[];
  readonly compound: boolean;
}

const leaf = (text: string): Phrase => ({ text, items: [], compound: false });
const list = (text: string, items: readonly Phrase[]): Phrase => ({ text, items, compound: true });

/**
 * What a level condition reads. Only rules that add steps have level conditions, and they read the higher of
 * the level the rules gave and the final level: a judgement that lowers the level never takes their steps away.
 */
const LEVEL_SUBJECT = 'the level, leaving out any judgement that lowers it,';

/** Sentences longer than this are never joined inline: they go in a list. */
const INLINE_LIMIT = 160;

/** Puts a condition into plain English with the ruleset's labels. */
export function phraseCondition(condition: Condition, labels: RulesetLabels): Phrase {
  switch (condition.kind) {
    case 'all': return joined(condition.of.map((inner) => phraseCondition(inner, labels)), 'and', 'all of the following are true:');
    case 'any': return joined(condition.of.map((inner) => phraseCondition(inner, labels)), 'or', 'at least one of the following is true:');
    case 'at-least':
      return list(`at least ${condition.count === 1 ? 'one' : condition.count} of the following ${condition.count === 1 ? 'is' : 'are'} true:`,
        condition.of.map((inner) => phraseCondition(inner, labels)));
    case 'not': return phraseNegation(condition.condition, labels);
    case 'answer': {
      const indicator = labels.ruleset.indicators.find((item) => item.id === condition.indicator);
      return leaf(`${labels.indicatorSubject(condition.indicator)} is ${phraseMatch(condition.match, labels, indicator === undefined ? [] : [indicator])}`);
    }
    case 'count': return leaf(phraseCount(condition, quantityOf(condition.min, condition.max), labels) ?? 'any number of indicators, including none, are answered (always true)');
    case 'score': return leaf(`the score ${quote(labels.score(condition.score))} is ${rangeWords(condition.min, condition.max)}`);
    case 'age': return leaf(`${phraseAge(condition.is, condition.years)}${unknownAge(condition.is, condition.years, condition.ifUnknown)}`);
    case 'attribute': return leaf(`${quote(labels.attribute(condition.attribute))} is recorded as ${yesNo(condition.is)} for the child${unknownFact(condition.is, condition.ifUnknown)}`);
    case 'context': return leaf(`${quote(labels.contextFact(condition.fact))} is recorded as ${yesNo(condition.is)} for the case${unknownFact(condition.is, condition.ifUnknown)}`);
    case 'level': return leaf(phraseLevel(condition.atLeast, condition.atMost, labels));
    default: return assertNever(condition);
  }
}

/** Flattens a phrase to text: a list becomes lines starting “- ”, indented two spaces per level. */
export function flattenPhrase(phrase: Phrase, depth = 0): string {
  const indent = '  '.repeat(depth);
  return [phrase.text, ...phrase.items.map((item) => `\n${indent}- ${flattenPhrase(item, depth + 1)}`)].join('');
}

function joined(items: readonly Phrase[], word: 'and' | 'or', heading: string): Phrase {
  const [only] = items;
  if (items.length === 1 && only !== undefined) return only;
  const simple = items.every((item) => item.items.length === 0 && !item.compound);
  const text = items.map((item) => item.text).join(` ${word} `);
  return simple && items.length === 2 && text.length <= INLINE_LIMIT ? { text, items: [], compound: true } : list(heading, items);
}

function phraseNegation(inner: Condition, labels: RulesetLabels): Phrase {
  const phrase = (condition: Condition): Phrase => phraseCondition(condition, labels);
  switch (inner.kind) {
    case 'not': return phrase(inner.condition);
    case 'all': return list('not all of the following are true:', inner.of.map(phrase));
    case 'any': return list('none of the following is true:', inner.of.map(phrase));
    case 'at-least': return list(`fewer than ${inner.count} of the following are true:`, inner.of.map(phrase));
    // “Not” turns a fact read as true when unknown into one read as false, and the other way round.
    case 'age': return phrase({ ...inner, is: ({ under: 'at-least', 'at-most': 'over', 'at-least': 'under', over: 'at-most' } as const)[inner.is], ...negatedIfUnknown(inner.ifUnknown) });
    case 'attribute': return phrase({ ...inner, is: !inner.is, ...negatedIfUnknown(inner.ifUnknown) });
    case 'context': return phrase({ ...inner, is: !inner.is, ...negatedIfUnknown(inner.ifUnknown) });
    case 'count': {
      const text = phraseCount(inner, negatedQuantityOf(inner.min, inner.max), labels);
      return text === undefined ? generic(phrase(inner)) : leaf(text);
    }
    case 'score': {
      const parts = [inner.min === undefined ? undefined : `below ${inner.min}`, inner.max === undefined ? undefined : `above ${inner.max}`];
      const words = parts.filter((part) => part !== undefined);
      return words.length === 0 ? generic(phrase(inner)) : leaf(`the score ${quote(labels.score(inner.score))} is ${words.join(' or ')}`);
    }
    case 'answer': {
      const indicator = labels.ruleset.indicators.find((item) => item.id === inner.indicator);
      if (indicator?.answer.kind !== 'presence' || inner.match?.windows !== undefined) return generic(phrase(inner));
      // Unknown and unanswered stay unknown under “not”, so only the definite answers outside the match remain.
      const matched = matchedAnswers(inner.match, labels);
      const rest = (['yes', 'possible', 'no'] as const satisfies readonly AnswerCode[]).filter((code) => !matched.includes(code));
      return rest.length === 0 ? generic(phrase(inner)) : leaf(`${labels.indicatorSubject(inner.indicator)} is answered ${joinOr(rest.map(answerName))}`);
    }
    case 'level': {
      const parts = [inner.atLeast === undefined ? undefined : `below ${labels.level(inner.atLeast)}`, inner.atMost === undefined ? undefined : `above ${labels.level(inner.atMost)}`];
      const words = parts.filter((part) => part !== undefined);
      return words.length === 0 ? generic(phrase(inner)) : leaf(`${LEVEL_SUBJECT} is ${words.join(' or ')}`);
    }
    default: return assertNever(inner);
  }
}

function generic(inner: Phrase): Phrase {
  return inner.items.length === 0 && !inner.compound ? leaf(`it is not the case that ${inner.text}`) : list('the following is not true:', [inner]);
}

function phraseCount(condition: Extract<Condition, { kind: 'count' }>, quantity: Quantity | undefined, labels: RulesetLabels): string | undefined {
  if (quantity === undefined) return undefined;
  const selected = selectIndicators(labels.ruleset.indicators, condition.where);
  const noun = phraseFilter(condition.where, labels, quantity.plural);
  return `${quantity.words} ${noun} ${quantity.plural ? 'are' : 'is'} ${phraseMatch(condition.match, labels, selected)}`;
}

function negatedIfUnknown(ifUnknown: boolean | undefined): { ifUnknown?: boolean } {
  return ifUnknown === undefined ? {} : { ifUnknown: !ifUnknown };
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/**
 * How a fact the screening does not give is read, where the condition says (`ifUnknown`): the value it counts
 * as. Without `ifUnknown` nothing is added: the condition is then undetermined, which the rulebook says once.
 */
function unknownFact(is: boolean, ifUnknown: boolean | undefined): string {
  return ifUnknown === undefined ? '' : ` (a fact not recorded counts as ${yesNo(ifUnknown ? is : !is)})`;
}

/** How an age the screening does not give is read, where the condition says (`ifUnknown`). */
function unknownAge(is: Extract<Condition, { kind: 'age' }>['is'], years: number, ifUnknown: boolean | undefined): string {
  if (ifUnknown === undefined) return '';
  const words = ({ under: `under ${years}`, 'at-most': `${years} or younger`, 'at-least': `${years} or older`, over: `over ${years}` } as const)[is];
  return ` (an age not recorded counts as ${ifUnknown ? '' : 'not '}${words})`;
}

function phraseAge(is: Extract<Condition, { kind: 'age' }>['is'], years: number): string {
  switch (is) {
    case 'under': return `the child is under ${years}`;
    case 'at-most': return `the child is ${years} or younger`;
    case 'at-least': return `the child is ${years} or older`;
    case 'over': return `the child is over ${years} (${years + 1} or older)`;
    default: return assertNever(is);
  }
}

function phraseLevel(atLeast: string | undefined, atMost: string | undefined, labels: RulesetLabels): string {
  if (atLeast !== undefined && atMost !== undefined) {
    return atLeast === atMost ? `${LEVEL_SUBJECT} is ${labels.level(atLeast)}` : `${LEVEL_SUBJECT} is between ${labels.level(atLeast)} and ${labels.level(atMost)}`;
  }
  if (atLeast !== undefined) return `${LEVEL_SUBJECT} is ${labels.level(atLeast)} or higher`;
  if (atMost !== undefined) return `${LEVEL_SUBJECT} is ${labels.level(atMost)} or lower`;
  return `${LEVEL_SUBJECT} is any level`;
}

/** A closed range in words: “at least 11”, “at most 5”, “between 6 and 10”, “exactly 6”. */
export function rangeWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return 'any value';
}
