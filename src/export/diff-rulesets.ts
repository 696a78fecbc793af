import * as z from 'zod/mini';
import type { Ruleset } from '../schema/ruleset.js';
import { fingerprintRuleset } from '../ruleset/fingerprint-ruleset.js';
import {
  compareFields, FieldChangeSchema, INDICATOR_FIELDS, LEVEL_FIELDS, META_FIELDS, NAMED_FIELDS, POLICY_FIELDS, RULE_FIELDS,
  SCOPE_FIELDS, SCORE_FIELDS, SOURCE_FIELDS, STEP_FIELDS, summarise, type FieldSpec,
} from './rulebook/diff-fields.js';
import { diffSelections, SelectionChangeSchema } from './rulebook/diff-selections.js';
import { indexLabels, type RulesetLabels } from './rulebook/ruleset-labels.js';

/** An item (indicator, level, rule, step …) added, removed or changed, named by its id and its label in words. */
export const ItemChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('added'), id: z.string(), name: z.string(), summary: z.string() }),
  z.strictObject({ kind: z.literal('removed'), id: z.string(), name: z.string(), summary: z.string() }),
  z.strictObject({ kind: z.literal('changed'), id: z.string(), name: z.string(), changes: z.array(FieldChangeSchema).check(z.minLength(1)) }),
]);

const RulesetRefSchema = z.strictObject({ id: z.string(), title: z.string(), version: z.string(), fingerprint: z.string() });

/**
 * What changed between two versions of a ruleset, in plain English, for a safeguarding lead's review.
 * Each list is in the new ruleset's order of declaration, then the removed items in the old one's.
 * `order` reports levels or steps whose order changed (a level's order is its rank); `selections`
 * the unchanged rules and scores that now count other indicators; `notes` what to check before sign-off.
 */
export const RulesetDiffSchema = z.strictObject({
  from: RulesetRefSchema,
  to: RulesetRefSchema,
  meta: z.array(FieldChangeSchema),
  sources: z.array(ItemChangeSchema),
  scope: z.array(FieldChangeSchema),
  policy: z.array(FieldChangeSchema),
  levels: z.array(ItemChangeSchema),
  order: z.array(FieldChangeSchema),
  domains: z.array(ItemChangeSchema),
  windows: z.array(ItemChangeSchema),
  attributes: z.array(ItemChangeSchema),
  contextFacts: z.array(ItemChangeSchema),
  indicators: z.array(ItemChangeSchema),
  scores: z.array(ItemChangeSchema),
  rules: z.array(ItemChangeSchema),
  steps: z.array(ItemChangeSchema),
  selections: z.array(SelectionChangeSchema),
  notes: z.array(z.string()),
});

/** The changes between two rulesets. */
export type RulesetDiff = z.output<typeof RulesetDiffSchema>;
/** One item added, removed or changed. */
export type ItemChange = z.output<typeof ItemChangeSchema>;

/**
 * Compares two parsed rulesets and lists every change a safeguarding lead must review: meta, sources,
 * scope, policy, levels, vocabulary, indicators, scores, rules and steps, each field before and after in
 * plain English. Pure and deterministic; a JSON-able object.
 */
export function diffRulesets(old: Ruleset, next: Ruleset): RulesetDiff {
  const before = indexLabels(old);
  const after = indexLabels(next);
  const items = <T extends { readonly id: string }>(a: readonly T[], b: readonly T[], fields: readonly FieldSpec<T>[], name: (item: T, labels: RulesetLabels) => string, summary: (item: T, labels: RulesetLabels) => string): ItemChange[] =>
    diffItems(a, b, fields, name, summary, before, after);
  const from = refOf(old);
  const to = refOf(next);
  const diff: RulesetDiff = {
    from,
    to,
    meta: compareFields(old, next, META_FIELDS, before, after),
    sources: items(old.meta.sources, next.meta.sources, SOURCE_FIELDS, (item) => item.title, (item) => [item.publisher, item.year].filter((part) => part !== undefined).join(', ') || '(no publisher or year)'),
    scope: compareFields(old, next, SCOPE_FIELDS, before, after),
    policy: compareFields(old, next, POLICY_FIELDS, before, after),
    levels: items(old.levels, next.levels, LEVEL_FIELDS, (item) => item.label, summarise.level),
    order: [
      orderChange('levels', 'order of the levels (lowest first)', old.levels, next.levels, before.levelName, after.levelName),
      orderChange('steps', 'order of the pathway steps', old.steps, next.steps, before.step, after.step),
    ].filter((change) => change !== undefined),
    domains: items(old.domains, next.domains, NAMED_FIELDS, (item) => item.label, summarise.named),
    windows: items(old.windows, next.windows, NAMED_FIELDS, (item) => item.label, summarise.named),
    attributes: items(old.attributes, next.attributes, NAMED_FIELDS, (item) => item.label, summarise.named),
    contextFacts: items(old.contextFacts, next.contextFacts, NAMED_FIELDS, (item) => item.label, summarise.named),
    indicators: items(old.indicators, next.indicators, INDICATOR_FIELDS, (item) => item.text, summarise.indicator),
    scores: items(old.scores, next.scores, SCORE_FIELDS, (item) => item.label, summarise.score),
    rules: items(old.rules, next.rules, RULE_FIELDS, (item) => item.title, summarise.rule),
    steps: items(old.steps, next.steps, STEP_FIELDS, (item) => item.title, summarise.step),
    selections: diffSelections(old, next, before, after),
    notes: [],
  };
  diff.notes.push(...notesFor(old, next, from.fingerprint !== to.fingerprint));
  return diff;
}

function refOf(ruleset: Ruleset): z.output<typeof RulesetRefSchema> {
  return { id: ruleset.meta.id, title: ruleset.meta.title, version: ruleset.meta.version, fingerprint: fingerprintRuleset(ruleset) };
}

function diffItems<T extends { readonly id: string }>(
  old: readonly T[], next: readonly T[], fields: readonly FieldSpec<T>[],
  name: (item: T, labels: RulesetLabels) => string, summary: (item: T, labels: RulesetLabels) => string,
  before: RulesetLabels, after: RulesetLabels,
): ItemChange[] {
  const oldById = new Map(old.map((item) => [item.id, item]));
  const newIds = new Set(next.map((item) => item.id));
  const changes: ItemChange[] = next.flatMap((item): ItemChange[] => {
    const earlier = oldById.get(item.id);
    if (earlier === undefined) return [{ kind: 'added', id: item.id, name: name(item, after), summary: summary(item, after) }];
    const fieldChanges = compareFields(earlier, item, fields, before, after);
    return fieldChanges.length === 0 ? [] : [{ kind: 'changed', id: item.id, name: name(item, after), changes: fieldChanges }];
  });
  for (const item of old) {
    if (!newIds.has(item.id)) changes.push({ kind: 'removed', id: item.id, name: name(item, before), summary: summary(item, before) });
  }
  return changes;
}

/** The order of the items both rulesets share, when it differs. */
function orderChange(
  field: string, what: string, old: readonly { readonly id: string }[], next: readonly { readonly id: string }[],
  showOld: (id: string) => string, showNew: (id: string) => string,
): z.output<typeof FieldChangeSchema> | undefined {
  const newIds = new Set(next.map((item) => item.id));
  const oldIds = new Set(old.map((item) => item.id));
  const before = old.map((item) => item.id).filter((id) => newIds.has(id));
  const after = next.map((item) => item.id).filter((id) => oldIds.has(id));
  return before.join(' ') === after.join(' ') ? undefined : { field, what, before: before.map(showOld).join(', '), after: after.map(showNew).join(', ') };
}

function notesFor(old: Ruleset, next: Ruleset, contentChanged: boolean): string[] {
  if (!contentChanged) return ['The two rulesets have the same content (the same fingerprint): there is nothing to review.'];
  const notes: string[] = [];
  if (old.meta.version === next.meta.version) notes.push('The content changed but the version did not: give the changed ruleset a new version before it is reviewed.');
  if (next.meta.status === 'approved' && old.meta.approval === next.meta.approval) {
    notes.push('The changed ruleset is marked approved with the same sign-off statement as before: a sign-off covers one fingerprint, so check that these changes were signed off.');
  }
  return notes;
}
