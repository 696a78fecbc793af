import * as z from 'zod/mini';
import type { Ruleset } from '../../schema/ruleset.js';
import type { SourceRef } from '../../schema/source-ref.js';
import { canonicalJson } from '../../ruleset/canonical-json.js';
import { phraseRule } from '../describe-rule.js';
import { describeBand, describeEffect, describeKind, describeRag, describeScale, describeScoreTerm, describeSourceKind, describeStrength, describeUrgency } from './describe-values.js';
import { describeAgreement, describeUnknownPolicy } from './judgement-section.js';
import { describeSignOff } from './sign-off-section.js';
import { flattenPhrase, phraseCondition } from './phrase-condition.js';
import { answerName, joinAnd, type RulesetLabels } from './ruleset-labels.js';

/** One field that differs between two versions of an item: its key, its name in words, and both values in plain English. */
export const FieldChangeSchema = z.strictObject({
  field: z.string(),
  what: z.string(),
  before: z.string(),
  after: z.string(),
});

/** One field that differs between two versions of an item. */
export type FieldChange = z.output<typeof FieldChangeSchema>;

/** How to compare and show one field of an item: its key, its name in words, and its value in words. */
export interface FieldSpec<T> {
  readonly field: string;
  readonly what: string;
  readonly value: (item: T) => unknown;
  readonly show: (item: T, labels: RulesetLabels) => string;
}

/** The fields of `fields` whose values differ (as canonical JSON), in the order given. */
export function compareFields<T>(before: T, after: T, fields: readonly FieldSpec<T>[], old: RulesetLabels, next: RulesetLabels): FieldChange[] {
  return fields.flatMap((spec) => (canonicalJson(spec.value(before)) === canonicalJson(spec.value(after)) ? [] : [{
    field: spec.field, what: spec.what, before: spec.show(before, old), after: spec.show(after, next),
  }]));
}

const NONE = '(none)';
const optional = (value: string | undefined): string => value ?? NONE;
const sources = (refs: readonly SourceRef[] | undefined, labels: RulesetLabels): string => (refs === undefined || refs.length === 0 ? NONE : refs.map(labels.source).join('; '));
const steps = (ids: readonly string[], labels: RulesetLabels): string => (ids.length === 0 ? NONE : labels.steps(ids));

/** A field shown as its own text. */
function plain<T>(field: string, what: string, value: (item: T) => string | number | undefined): FieldSpec<T> {
  return { field, what, value, show: (item) => { const shown = value(item); return shown === undefined ? NONE : String(shown); } };
}

type Item<K extends 'levels' | 'indicators' | 'rules' | 'scores' | 'steps' | 'domains' | 'windows' | 'attributes'> = Ruleset[K][number];

export const INDICATOR_FIELDS: readonly FieldSpec<Item<'indicators'>>[] = [
  plain('text', 'wording', (item) => item.text),
  plain('guidance', 'guidance', (item) => item.guidance),
  { field: 'suggestedLevel', what: 'suggested level', value: (item) => item.suggestedLevel, show: (item, labels) => labels.levelName(item.suggestedLevel) },
  { field: 'kind', what: 'kind', value: (item) => item.kind, show: (item) => describeKind(item.kind) },
  { field: 'domain', what: 'domain', value: (item) => item.domain, show: (item, labels) => labels.domain(item.domain) },
  { field: 'answer', what: 'how it is answered (scale and time windows)', value: (item) => item.answer, show: (item, labels) => describeScale(item.answer, labels) },
  { field: 'tags', what: 'tags', value: (item) => item.tags, show: (item) => (item.tags.length === 0 ? NONE : item.tags.join(', ')) },
  { field: 'sources', what: 'sources', value: (item) => item.sources, show: (item, labels) => sources(item.sources, labels) },
];

export const LEVEL_FIELDS: readonly FieldSpec<Item<'levels'>>[] = [
  plain('label', 'label', (item) => item.label),
  { field: 'rag', what: 'rating and colour', value: (item) => [item.rag, item.colour.toLowerCase()], show: (item) => describeRag(item) },
  plain('meaning', 'meaning', (item) => item.meaning),
  { field: 'reviewAfterDays', what: 'review interval', value: (item) => item.reviewAfterDays, show: (item) => (item.reviewAfterDays === undefined ? NONE : `${item.reviewAfterDays} days`) },
  { field: 'steps', what: 'steps it brings in', value: (item) => item.steps, show: (item, labels) => steps(item.steps, labels) },
  { field: 'sources', what: 'basis (meaning, threshold and review interval)', value: (item) => item.sources, show: (item, labels) => sources(item.sources, labels) },
];

export const RULE_FIELDS: readonly FieldSpec<Item<'rules'>>[] = [
  plain('title', 'title', (item) => item.title),
  plain('description', 'description', (item) => item.description),
  { field: 'when', what: 'condition', value: (item) => item.when, show: (item, labels) => flattenPhrase(phraseCondition(item.when, labels)) },
  { field: 'effect', what: 'effect', value: (item) => item.effect, show: (item, labels) => describeEffect(item.effect, labels) },
  { field: 'steps', what: 'steps it brings in', value: (item) => item.steps, show: (item, labels) => steps(item.steps, labels) },
  plain('legalAgeLimit', 'legal age limit', (item) => item.legalAgeLimit),
  { field: 'sources', what: 'sources', value: (item) => item.sources, show: (item, labels) => sources(item.sources, labels) },
];

export const SCORE_FIELDS: readonly FieldSpec<Item<'scores'>>[] = [
  plain('label', 'label', (item) => item.label),
  plain('description', 'description', (item) => item.description),
  { field: 'terms', what: 'what it adds', value: (item) => item.terms, show: (item, labels) => item.terms.map((term) => describeScoreTerm(term, labels)).join('; ') },
  { field: 'bands', what: 'bands', value: (item) => item.bands, show: (item, labels) => (item.bands.length === 0 ? NONE : item.bands.map((band) => describeBand(band, labels)).join('; ')) },
  { field: 'sources', what: 'sources', value: (item) => item.sources, show: (item, labels) => sources(item.sources, labels) },
];

export const STEP_FIELDS: readonly FieldSpec<Item<'steps'>>[] = [
  plain('title', 'title', (item) => item.title),
  plain('description', 'description', (item) => item.description),
  plain('actor', 'who acts', (item) => item.actor),
  { field: 'urgency', what: 'how soon', value: (item) => item.urgency, show: (item) => describeUrgency(item.urgency) },
  plain('timescale', 'timescale', (item) => item.timescale),
  { field: 'timescaleBasis', what: 'basis of the timescale', value: (item) => item.timescaleBasis, show: (item, labels) => sources(item.timescaleBasis, labels) },
  { field: 'strength', what: 'whether it is required', value: (item) => item.strength, show: (item) => describeStrength(item.strength) },
  { field: 'legalBasis', what: 'legal basis', value: (item) => item.legalBasis, show: (item) => (item.legalBasis.length === 0 ? NONE : item.legalBasis.join('; ')) },
  { field: 'sources', what: 'sources', value: (item) => item.sources, show: (item, labels) => sources(item.sources, labels) },
];

/** Domains, time windows, attributes and context facts: a label and a description. */
export const NAMED_FIELDS: readonly FieldSpec<Item<'domains'> | Item<'windows'> | Item<'attributes'>>[] = [
  plain('label', 'label', (item) => item.label),
  plain('description', 'description', (item) => item.description),
];

export const SOURCE_FIELDS: readonly FieldSpec<Ruleset['meta']['sources'][number]>[] = [
  plain('title', 'title', (item) => item.title),
  plain('publisher', 'publisher', (item) => item.publisher),
  plain('year', 'year', (item) => item.year),
  plain('url', 'address', (item) => item.url),
  { field: 'kind', what: 'kind of source', value: (item) => item.kind, show: (item) => (item.kind === undefined ? NONE : describeSourceKind(item.kind)) },
];

export const META_FIELDS: readonly FieldSpec<Ruleset>[] = [
  plain('meta.id', 'ruleset id', (item) => item.meta.id),
  plain('meta.title', 'title', (item) => item.meta.title),
  plain('meta.version', 'version', (item) => item.meta.version),
  plain('meta.effectiveFrom', `effective from`, (item) => item.meta.effectiveFrom), // backticks: the import scan of test/architecture.test.ts takes a quoted string after the word from for an import
  plain('meta.status', 'status', (item) => item.meta.status),
  plain('meta.publisher', 'publisher', (item) => item.meta.publisher),
  plain('meta.provenance', 'provenance', (item) => item.meta.provenance),
  plain('meta.approval', 'sign-off statement', (item) => item.meta.approval),
  {
    field: 'meta.signOff', what: 'sign-off', value: (item) => item.meta.signOff,
    show: (item) => (item.meta.signOff === undefined ? NONE : `${describeSignOff(item.meta.signOff)}${item.meta.signOff.note === undefined ? '' : `: ${item.meta.signOff.note}`}`),
  },
];

export const POLICY_FIELDS: readonly FieldSpec<Ruleset>[] = [
  { field: 'policy.presentAnswers', what: 'answers that count as present', value: (item) => [...item.policy.presentAnswers].sort(), show: (item) => joinAnd(item.policy.presentAnswers.map(answerName)) },
  plain('policy.possibleNote', 'what “Possible” does', (item) => item.policy.possibleNote),
  plain('policy.vulnerabilityFactors', 'vulnerability factors', (item) => (item.policy.vulnerabilityFactors === 'score' ? 'may raise the level' : 'context only')),
  { field: 'policy.concernSteps', what: 'steps every concern brings in', value: (item) => item.policy.concernSteps, show: (item, labels) => steps(item.policy.concernSteps, labels) },
  { field: 'policy.judgement', what: 'agreement to a judgement', value: (item) => item.policy.judgement, show: (item) => describeAgreement(item) },
  { field: 'policy.unknownAnswers', what: 'what an Unknown answer brings in', value: (item) => item.policy.unknownAnswers, show: (item, labels) => describeUnknownPolicy(item, labels) },
  {
    field: 'policy.protections', what: 'declared floors', value: (item) => item.policy.protections,
    show: (item, labels) => {
      const { under13Floor, learningDisabilityFloor } = item.policy.protections;
      const under13 = `under 13: ${under13Floor === undefined ? 'not declared' : labels.levelName(under13Floor)}`;
      const learning = `learning disability: ${learningDisabilityFloor === undefined ? 'not declared' : `${labels.levelName(learningDisabilityFloor.level)} when ${labels.attribute(learningDisabilityFloor.attribute)} is yes`}`;
      return `${under13}; ${learning}`;
    },
  },
];

export const SCOPE_FIELDS: readonly FieldSpec<Ruleset>[] = [
  { field: 'scope.ages', what: 'ages in scope', value: (item) => item.scope.ages, show: (item) => `${item.scope.ages.from} to ${item.scope.ages.below - 1}` },
  plain('scope.outOfScope.note', 'out-of-scope note', (item) => item.scope.outOfScope.note),
  { field: 'scope.outOfScope.steps', what: 'out-of-scope steps', value: (item) => item.scope.outOfScope.steps, show: (item, labels) => steps(item.scope.outOfScope.steps, labels) },
];

/** A one-line account of an item that was added or removed. */
export const summarise = {
  indicator: (item: Item<'indicators'>, labels: RulesetLabels): string =>
    `${describeKind(item.kind)} in ${labels.domain(item.domain)}, suggested level ${labels.levelName(item.suggestedLevel)}: ${item.text}`,
  level: (item: Item<'levels'>): string => `${describeRag(item)}: ${item.meaning}`,
  rule: (item: Item<'rules'>, labels: RulesetLabels): string => flattenPhrase(phraseRule(item, labels)),
  score: (item: Item<'scores'>, labels: RulesetLabels): string => item.terms.map((term) => describeScoreTerm(term, labels)).join('; '),
  step: (item: Item<'steps'>): string => `${describeStrength(item.strength)}, ${describeUrgency(item.urgency).toLowerCase()}, ${item.actor}: ${item.description}`,
  named: (item: { readonly label: string; readonly description?: string | undefined }): string => optional(item.description),
};
