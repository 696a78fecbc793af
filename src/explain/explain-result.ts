import { assertNever } from '../assert-never.js';
import { formatIssue } from '../issues/format-issue.js';
import type { Because, Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';
import { expandResult, type AnyResult } from './expand-result.js';
import { openQuestions, QUESTIONS_SHOWN } from './open-questions.js';
import { isProtectionId, type ProtectionId } from '../engine/protect/protection-ids.js';
import { protectionWording } from '../engine/protect/protection-wording.js';

/**
 * Renders a result as plain English for a practitioner: the level and why, what could change it,
 * the next steps in order, what is unanswered, and the warnings. Pass the ruleset to show indicator
 * wording instead of ids. Free text appears only if the result carries it. Any form of result will do
 * (full, ids or decision); the ids and decision forms need the ruleset for their texts.
 * @throws CseError (`invalid_value`, with the path) for an ids result whose reasons name an indicator
 * it does not cite an answer for: an answer is never made up; and (`ruleset_mismatch` at `ruleset`) for a
 * ruleset other than the one the result names, whose labels would be read under the wrong name.
 */
export function explainResult(given: AnyResult, ruleset?: Ruleset): string {
  const { result, decisionOnly } = expandResult(given, ruleset);
  const name = (id: string): string => ruleset?.indicators.find((indicator) => indicator.id === id)?.text ?? id;
  const lines: string[] = [];
  // The child-protection route leads: where a rule escalates to a level's steps, they apply whatever the level's label says.
  const escalations = result.firedRules.filter((rule) => rule.effect.kind === 'escalate');
  for (const rule of escalations) {
    lines.push(`Child-protection route: ${rule.title}. The steps of ${effectLevelLabel(rule.effect, result, ruleset)} apply now, whatever the level below says.`);
  }
  lines.push(`Level: ${levelHeadline(result)}${result.level.id === result.computedLevel.id ? '' : ` (computed by the rules: ${result.computedLevel.label})`}`);
  if (result.insufficientInformation === true) {
    lines.push(result.level.rank === 0
      ? `Information insufficient: this is not a finding of no concern. Too little is known; the level could be as high as ${result.potentialLevel.label}. Gather the missing information.`
      : `Information insufficient: the level could be as high as ${result.potentialLevel.label} once what is open is known; this result does not rule that out. Gather the missing information.`);
  }
  if (result.warnings.some((warning) => warning.code === 'previous_level_not_ruled_out')) {
    lines.push('Lower than the previous screening, but not established: what is still unanswered or unknown could take the level back. Gather the missing information before the level is treated as lower.');
  }
  if (result.judgement !== undefined) lines.push(...judgementLines(result, ruleset, decisionOnly));
  if (result.potentialLevel.rank > result.level.rank && result.insufficientInformation !== true) {
    lines.push(`Could be as high as: ${result.potentialLevel.label}, once the questions below are answered.`);
  }
  lines.push(`Ruleset: ${result.ruleset.id} ${result.ruleset.version} (${result.ruleset.fingerprint.slice(0, 19)}…)`, '');

  lines.push(result.firedRules.length === 0 ? 'Why: no rule fired.' : 'Why:');
  for (const rule of result.firedRules) {
    const protection = isProtectionId(rule.id);
    lines.push(`- ${rule.title} [${protection ? `a protection applied to every screening: ${protectionWording(rule.id as ProtectionId).description}` : effectText(rule.effect, result, ruleset)}]`);
    if (rule.because.length > 0) lines.push(`    because ${rule.because.map((because) => becauseText(because, name)).join('; ')}`);
  }
  lines.push(...openLines(result, ruleset, decisionOnly));
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
    lines.push('   (Steps of the level change with a judgement of the level; steps a rule, a protection, a concern or an unknown answer brought in do not.)');
  }

  const factors = result.suggestedFactors ?? [];
  if (factors.length > 0) {
    lines.push('', 'Census factors to consider at the end of assessment (suggested by the answers, never recorded as findings):');
    for (const factor of factors) lines.push(`- ${factor.code} ${factor.label}${factor.suggestedBy.length === 0 ? '' : ` (suggested by ${factor.suggestedBy.length} answer(s) or rule(s))`}`);
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

/** The level's label, never "nothing identified" when too little is known to say so. */
function levelHeadline(result: Result): string {
  if (result.insufficientInformation === true && result.level.rank === 0) return `${result.level.label}, but not established: too little is known`;
  return result.level.label;
}

/**
 * What could still change the result: the few questions whose answers could raise the level or bring steps
 * in, in plain words and most important first, and how many more there are; never the list of every open rule.
 */
function openLines(result: Result, ruleset: Ruleset | undefined, decisionOnly: boolean): string[] {
  if (result.undeterminedRules.length === 0) return [];
  if (decisionOnly) {
    return ['', `Could still apply: ${result.undeterminedRules.length} rule(s) wait on answers or facts not recorded (this form of result does not list which; none was read as no).`];
  }
  const questions = openQuestions(result, ruleset);
  if (questions.length === 0) return [];
  const lines = ['', 'What could still change this result (never read as no), most important first:'];
  for (const question of questions.slice(0, QUESTIONS_SHOWN)) {
    const could = question.rank < 0 ? 'could bring in more steps' : `could make the level ${levelLabelOf(question.rank, result, ruleset)}`;
    lines.push(`- ${question.question} (${could})`);
  }
  if (questions.length > QUESTIONS_SHOWN) lines.push(`- and ${questions.length - QUESTIONS_SHOWN} more item(s) not yet answered or known.`);
  return lines;
}

function levelLabelOf(rank: number, result: Result, ruleset: Ruleset | undefined): string {
  return ruleset?.levels[rank]?.label ?? [result.level, result.computedLevel, result.potentialLevel].find((level) => level.rank === rank)?.label ?? String(rank);
}

function effectLevelLabel(effect: Result['firedRules'][number]['effect'], result: Result, ruleset: Ruleset | undefined): string {
  if (effect.kind === 'actions') return '';
  return ruleset?.levels.find((level) => level.id === effect.level)?.label
    ?? [result.level, result.computedLevel, result.potentialLevel].find((level) => level.id === effect.level)?.label ?? effect.level;
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
  // Applied in part: the level moved, only as far as a floor. It is said as it happened, never as "stays".
  const partly = judgement.status === 'applied-in-part';
  const stopped = partly
    ? `The level was moved from ${result.computedLevel.label} only as far as ${result.level.label}.`
    : `The level stays at ${result.level.label}.`;
  const opening = partly ? `Professional judgement of ${judged} was applied in part` : `Professional judgement of ${judged} was not applied`;
  switch (judgement.notAppliedBecause) {
    case undefined:
      return `Professional judgement ${judgement.direction === 'same' ? 'confirmed the level as' : `${judgement.direction} the level to`} ${judged}.`;
    case 'needs-agreement':
      return `${opening}: changing the level this way needs a second person's agreement in a role the ruleset accepts, ${agreementShortfall(judgement, ruleset, decisionOnly)}. ${stopped}`;
    case 'below-floor':
      return `${opening}: it is below a floor, override or protection that applies. ${stopped}`;
    case 'contradicts-answers':
      return `${opening}: it would say there is no concern while an indicator is answered yes or possible. ${stopped}`;
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
    case 'unknown': return origin.id === 'insufficientInformation' ? 'too little is known to rule a higher level out'
      : origin.id === 'previous' ? 'a higher earlier level that what is still open could restore' : 'an unknown answer on an item that could raise the level';
    case 'scope': return 'the child\'s age is outside the ruleset\'s scope';
    case 'protection': return `the protection "${isProtectionId(origin.id) ? protectionWording(origin.id).title : origin.id}"`;
    case 'step': return `the step "${result.pathway.find((step) => step.id === origin.id)?.title ?? origin.id}", which needs it`;
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
