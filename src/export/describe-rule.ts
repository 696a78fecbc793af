import { assertNever } from '../assert-never.js';
import type { Rule } from '../schema/rule.js';
import type { Ruleset } from '../schema/ruleset.js';
import { flattenPhrase, phraseCondition, type Phrase } from './rulebook/phrase-condition.js';
import { indexLabels, type RulesetLabels } from './rulebook/ruleset-labels.js';

/**
 * A rule in plain English: what it does, then when. “At least High when …”, “At least Medium, and a judgement
 * may not go lower, when …”, “Adds the step “Call 999” when …”. A long condition is a list of lines starting “- ”.
 * A level label with punctuation (such as a colon) is quoted, so that the sentence still reads as one.
 * @example
 * describeRule(ruleset.rules[0], ruleset); // 'At least Low when at least one risk or significant indicator whose suggested level is Low is answered Yes or Possible'
 */
export function describeRule(rule: Rule, ruleset: Ruleset): string {
  return flattenPhrase(phraseRule(rule, indexLabels(ruleset)));
}

/** A rule as a phrase: the effect and the condition's sentence, with the condition's list (if any) under it. */
export function phraseRule(rule: Rule, labels: RulesetLabels): Phrase {
  const condition = phraseCondition(rule.when, labels);
  const clauses = effectClauses(rule, labels);
  const head = clauses.length === 1 ? `${clauses.join('')} when` : `${clauses.join(', ')}, when`;
  return { text: `${head} ${condition.text}`, items: condition.items, compound: true };
}

/** What a rule does, as clauses of one sentence. */
function effectClauses(rule: Rule, labels: RulesetLabels): string[] {
  const steps = (ids: readonly string[]): string => `the step${ids.length === 1 ? '' : 's'} ${labels.steps(ids)}`;
  const own = rule.steps.length === 0 ? [] : [`and adds ${steps(rule.steps)}`];
  const { effect } = rule;
  switch (effect.kind) {
    case 'level': return [`At least ${labels.level(effect.level)}`, ...own];
    case 'floor': return [`At least ${labels.level(effect.level)}`, 'and a judgement may not go lower', ...own];
    case 'override': return [`Override to at least ${labels.level(effect.level)}`, 'and a judgement may not go lower', ...own];
    case 'escalate': {
      const levelSteps = labels.ruleset.levels.find((level) => level.id === effect.level)?.steps ?? [];
      const what = levelSteps.length === 0 ? '(it lists none)' : `(${labels.steps(levelSteps)})`;
      return [`Keeps the level as it is but adds the steps of ${labels.level(effect.level)} ${what}`, ...own];
    }
    case 'actions': return [rule.steps.length === 0 ? 'Adds no steps' : `Adds ${steps(rule.steps)}`];
    default: return assertNever(effect);
  }
}
