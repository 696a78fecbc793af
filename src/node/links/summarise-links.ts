import type { AssociationKind } from '../../schema/association.js';
import type { LinkGroup, LinksSummary } from '../../schema/caseload-summary.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { suppressCount } from '../report/suppress-count.js';
import type { FoundGroup, LinkFinder } from './create-link-finder.js';

/** A linked child's level, as the report and `links` show it. */
export interface ChildLevel { readonly id: string; readonly label: string; readonly rank: number; readonly colour: string }

/** What the summary needs besides the groups. */
export interface LinkSummaryOptions {
  /** The child's level, when the child was scored. */
  readonly levelOf: (childKey: string) => ChildLevel | undefined;
  /** The child's case ref, when it has one (a key made from a line number is not a ref). */
  readonly refOf: (childKey: string) => string | undefined;
  /** The ruleset whose link policy lists steps for each linked child, and whose step titles are shown. */
  readonly ruleset: Ruleset | undefined;
  readonly suppressBelow: number | undefined;
  /** How many groups to list in full; the counts always cover them all. */
  readonly maxGroups: number;
}

const LETTER: Record<AssociationKind, string> = { person: 'P', vehicle: 'V', place: 'L', phone: 'T', 'online-account': 'A' };
const DEFAULT_PATTERN_KINDS: readonly AssociationKind[] = ['person', 'place', 'vehicle'];

/**
 * Labels each group's children C1, C2, ... and references P1 (person), V1 (vehicle), L1 (place), T1
 * (phone), A1 (online account), flags groups sharing a person, place or vehicle as a possible organised
 * exploitation pattern, and lists the link policy's steps for each child. When small counts are
 * suppressed, case refs and tokens are left out: the groups keep only labels, kinds and levels.
 */
export function summariseLinks(finder: LinkFinder, options: LinkSummaryOptions): LinksSummary {
  const count = (n: number) => suppressCount(n, options.suppressBelow);
  const detail = options.suppressBelow === undefined;
  const policy = options.ruleset?.links;
  const patternKinds = new Set(policy?.patternKinds ?? DEFAULT_PATTERN_KINDS);
  const stepIds = policy?.sharedReferenceSteps ?? [];
  const titles = new Map(options.ruleset?.steps.map((step) => [step.id, step.title]) ?? []);
  const counts = finder.counts();
  const groups = finder.groups(options.maxGroups).map((group, g): LinkGroup => summariseGroup(group, g, {
    count, detail, patternKinds, stepIds, levelOf: options.levelOf, refOf: options.refOf,
  }));
  return {
    childrenWithAssociations: count(counts.childrenWithAssociations),
    references: count(counts.references),
    sharedReferences: count(counts.sharedReferences),
    groups,
    steps: stepIds.map((id) => ({ id, title: titles.get(id) ?? id })),
    detailSuppressed: !detail,
  };
}

interface GroupContext {
  readonly count: (n: number) => LinkGroup['size'];
  readonly detail: boolean;
  readonly patternKinds: ReadonlySet<AssociationKind>;
  readonly stepIds: readonly string[];
  readonly levelOf: LinkSummaryOptions['levelOf'];
  readonly refOf: LinkSummaryOptions['refOf'];
}

function summariseGroup(group: FoundGroup, g: number, context: GroupContext): LinkGroup {
  const numbers = new Map<AssociationKind, number>();
  const organisedPattern = group.references.some((reference) => context.patternKinds.has(reference.kind));
  if (!context.detail) {
    // Suppressed: the lists would give the group's size away, so only the kinds of shared reference are kept.
    const kinds = [...new Set(group.references.map((reference) => reference.kind))].sort();
    return { id: `G${g + 1}`, size: context.count(group.children.length), organisedPattern, children: [], references: kinds.map((kind) => ({ label: kind, kind, children: [] })) };
  }
  return {
    id: `G${g + 1}`,
    size: context.count(group.children.length),
    organisedPattern,
    children: group.children.map((key, c) => {
      const level = context.levelOf(key);
      const ref = context.detail ? context.refOf(key) : undefined;
      return {
        label: `C${c + 1}`,
        ...(ref === undefined ? {} : { ref }),
        ...(level === undefined ? {} : { level: { id: level.id, label: level.label, rank: level.rank, colour: level.colour } }),
        steps: [...context.stepIds],
      };
    }),
    references: group.references.map((reference) => {
      const n = (numbers.get(reference.kind) ?? 0) + 1;
      numbers.set(reference.kind, n);
      return {
        label: `${LETTER[reference.kind]}${n}`,
        kind: reference.kind,
        ...(context.detail ? { token: reference.token } : {}),
        children: reference.children.map((c) => `C${c + 1}`),
      };
    }),
  };
}
