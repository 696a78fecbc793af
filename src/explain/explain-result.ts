import { assertNever } from '../assert-never.js';
import { formatIssue } from '../issues/format-issue.js';
import type { Because, Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';
import { expandResult, type AnyResult } from './expand-result.js';

/**
 * Renders a result as plain English for a practitioner: the level and why, what could change it,
 * the next steps in order, what is unanswered, and the warnings. Pass the ruleset to show indicator
 * wording instead of ids. Free text appears only if the result carries it. Any form of result will do
 * (full, ids or decision); the ids and decision forms need the ruleset for their texts.
 * @throws CseError (`invalid_value`, with the path) for an ids result whose reasons name an indicator
 * it does not cite an answer for: an answer is never made up.
 */
export function explainResult(given: AnyResult, ruleset?: Ruleset): string {
  const { result, decisionOnly } = expandResult(given, ruleset);
  const name = (id: string): string => ruleset?.indicators.find((indicator) => indicator.id === id)?.text ?? id;
  const lines: string[] = [];
  lines.push(`Level: ${result.level.label}${result.level.id === result.computedLevel.id ? '' : ` (computed by the rules: ${result.computedLevel.label})`}`);
  if (result.insufficientInformation === true) {
    lines.push(`Information insufficient: this is not a finding of no concern. Too little is known; the level could be as high as ${result.potentialLevel.label}. Gather the missing information.`);
  }
  if (result.judgement !== undefined) lines.push(...judgementLines(result, ruleset, decisionOnly));
  if (result.potentialLevel.rank > result.level.rank && result.insufficientInformation !== true) {
    lines.push(`Could be as high as: ${result.potentialLevel.label}, once the unanswered or unknown items below are known.`);
  }
  lines.push(`Ruleset: ${result.ruleset.id} ${result.ruleset.version} (${result.ruleset.fingerprint.slice(0, 19)}…)`, '');

  lines.push(result.firedRules.length === 0 ? 'Why: no rule fired.' : 'Why:');
  for (const rule of result.firedRules) {
    lines.push(`- ${rule.title} [${effectText(rule.effect, result, ruleset)}]`);
    if (rule.because.length > 0) lines.push(`    because ${rule.because.map((because) => becauseText(because, name)).join('; ')}`);
  }
  if (result.undeterminedRules.length > 0) {
    lines.push('', 'Could still apply (waiting on answers or facts, never read as no):');
    // A decision keeps which rules are open but not what each waits on: it says so rather than list nothing.
    for (const rule of result.undeterminedRules) {
      lines.push(`- ${rule.title} [${effectText(rule.effect, result, ruleset)}]: ${rule.missing.length > 0 ? `needs ${rule.missing.join(', ')}` : 'waits on answers or facts not recorded (this form of result does not list which)'}`);
    }
  }
  for (const score of result.scores) {
    lines.push('', `Score ${score.label}: ${score.value}${score.potential > score.value ? ` (up to ${score.potential} once all is known)` : ''}`);
  }

  lines.push('', result.pathway.length === 0 ? 'Next steps: none required by the rules.' : 'Next steps:');
  result.pathway.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.title} — ${step.strength}, ${step.urgency}${step.timescale === undefined ? '' : ` (${step.timescale})`}; ${step.actor}.`);
    if (step.broughtInBy.length > 0) lines.push(`   Brought in by: ${step.broughtInBy.map((origin) => originText(origin, result, ruleset)).join('; ')}.`);
    if (step.legalBasis.length > 0) lines.push(`   Legal basis: ${step.legalBasis.join('; ')}.`);
  });
  if (result.pathway.some((step) => step.broughtInBy.some((origin) => origin.kind === 'level'))) {
    lines.push('   (Steps of the level change with a judgement of the level; steps a rule, a concern or an unknown answer brought in do not.)');
  }

  if (decisionOnly) lines.push('', 'This is the decision only: the reasons, the answers and what could still apply were not kept with it.');
  else lines.push('', `Answered: ${result.completeness.answered} of ${result.completeness.total}.`);
  if (result.present.length > 0) lines.push(`Present: ${result.present.map(name).join('; ')}.`);
  if (result.possible.length > 0) lines.push(`Possible (gather evidence): ${result.possible.map(name).join('; ')}.`);
  if (result.unknown.length > 0) lines.push(`Answered unknown (not scored as no): ${result.unknown.map(name).join('; ')}.`);
  if (result.unanswered.length > 0) lines.push(`Unanswered (not scored as no): ${result.unanswered.length} indicator(s).`);
  if (result.reviewBy !== undefined) {
    lines.push(`Review by: ${result.reviewBy}${result.insufficientInformation === true ? `, early, on the timescale of ${result.potentialLevel.label}, because the information is insufficient` : ''}.`);
  }
  if (result.trend !== undefined) lines.push(`Since the previous screening: ${result.trend.direction} (${result.trend.from.id} to ${result.trend.to.id}).`);
  if (result.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of result.warnings) lines.push(`- ${decisionOnly ? warning.code : formatIssue(warning)}`);
  }
  lines.push('', 'This result supports professional judgement. It does not replace it, or a referral.');
  return lines.join('\n');
}

/** The judgement in plain words: what was judged, whether it was applied and why not, who agreed it. */
function judgementLines(result: Result, ruleset: Ruleset | undefined, decisionOnly: boolean): string[] {
  const judgement = result.judgement;
  if (judgement === undefined) return [];
  const refused = judgement.notAppliedBecause === 'needs-agreement';
  const agreed = judgement.agreedBy === undefined ? ''
    : ` ${refused ? 'Agreement recorded (not accepted)' : 'Agreed by'}: ${judgement.agreedBy.role}${judgement.agreedBy.name === undefined ? '' : ` (${judgement.agreedBy.name})`}.`;
  const by = judgement.by === undefined ? '' : ` Recorded by: ${judgement.by}.`;
  const lines = [`${judgementSentence(result, ruleset, decisionOnly)}${agreed}${by}`];
  if (judgement.rationale !== undefined) lines.push(`  Rationale: ${judgement.rationale}`);
  return lines;
}

function judgementSentence(result: Result, ruleset: Ruleset | undefined, decisionOnly: boolean): string {
  const judgement = result.judgement;
  if (judgement === undefined) return '';
  const judged = judgement.level.label;
  switch (judgement.notAppliedBecause) {
    case undefined:
      return `Professional judgement ${judgement.direction === 'same' ? 'confirmed the level as' : `${judgement.direction} the level to`} ${judged}.`;
    case 'needs-agreement':
      return `Professional judgement of ${judged} was not applied: changing the level this way needs a second person's agreement in a role the ruleset accepts, ${agreementShortfall(judgement, ruleset, decisionOnly)}. The level stays at ${result.level.label}.`;
    case 'below-floor':
      return `Professional judgement of ${judged} was not applied: it is below a floor or override that fired. The level stays at ${result.level.label}.`;
    case 'contradicts-answers':
      return `Professional judgement of ${judged} was not applied: it would say there is no concern while an indicator is answered yes or possible. The level stays at ${result.level.label}.`;
    default:
      return assertNever(judgement.notAppliedBecause);
  }
}

/**
 * What was wrong with the agreement of a judgement that needed one: none recorded, a role the ruleset
 * does not accept, or an agreement recorded but not accepted for another reason (such as the person who
 * made the judgement agreeing it). A decision keeps no agreement, so it says only that none was accepted.
 * Names never appear here.
 */
function agreementShortfall(judgement: NonNullable<Result['judgement']>, ruleset: Ruleset | undefined, decisionOnly: boolean): string {
  if (decisionOnly) return 'and no agreement it accepts is on record (a decision does not keep whether one was given)';
  const agreedBy = judgement.agreedBy;
  if (agreedBy === undefined) return 'and none was recorded';
  const roles = ruleset?.policy.judgement.agreementRoles;
  if (roles !== undefined && roles.length > 0 && !roles.some((role) => role.id === agreedBy.role)) {
    return 'and the role recorded for the agreement is not one this ruleset accepts';
  }
  return 'and the agreement recorded was not accepted (the warnings say why)';
}

function originText(origin: Result['pathway'][number]['broughtInBy'][number], result: Result, ruleset: Ruleset | undefined): string {
  switch (origin.kind) {
    case 'level': return `the level (${ruleset?.levels.find((level) => level.id === origin.id)?.label ?? origin.id})`;
    case 'rule': return `the rule "${result.firedRules.find((rule) => rule.id === origin.id)?.title ?? origin.id}"`;
    case 'concern': return 'an indicator answered yes or possible';
    case 'unknown': return origin.id === 'insufficientInformation' ? 'too little is known to rule a concern out' : 'an unknown answer on an item that could raise the level';
    case 'scope': return 'the child\'s age is outside the ruleset\'s scope';
    default: return assertNever(origin.kind);
  }
}

function effectText(effect: Result['firedRules'][number]['effect'], result: Result, ruleset: Ruleset | undefined): string {
  const label = (id: string): string => (ruleset?.levels ?? [result.level, result.computedLevel, result.potentialLevel])
    .find((level) => level.id === id)?.label ?? id;
  switch (effect.kind) {
    case 'level': return `at least ${label(effect.level)}`;
    case 'floor': return `floor: at least ${label(effect.level)}, judgement may not go lower`;
    case 'override': return `override: ${label(effect.level)}`;
    case 'escalate': return `escalate: the steps for ${label(effect.level)}`;
    case 'actions': return 'actions';
    default: return assertNever(effect);
  }
}

function becauseText(because: Because, name: (id: string) => string): string {
  switch (because.kind) {
    case 'answer': return `"${name(because.indicator)}" is ${String(because.answer)}${because.windows === undefined ? '' : ` (${because.windows.join(', ')})`}`;
    case 'age': return `age ${because.years}`;
    case 'attribute': return `${because.attribute} is ${because.value === null ? 'not given' : String(because.value)}`;
    case 'context': return `${because.fact} is ${because.value === null ? 'not given' : String(because.value)}`;
    case 'score': return `score ${because.score} is ${because.value}`;
    case 'level': return `the level is ${because.level}`;
    default: return assertNever(because);
  }
}
