import type { Association, AssociationKind } from '../../schema/association.js';

/** A group of two or more children connected, directly or through a chain, by shared references. */
export interface FoundGroup {
  /** The children's keys, in the order they were first added. */
  readonly children: readonly string[];
  /** The references held by two or more children of the group, in the order first seen, with the indexes (into `children`) of those who hold them. */
  readonly references: readonly { readonly token: string; readonly kind: AssociationKind; readonly children: readonly number[] }[];
}

/** Finds groups of children who share references, one child at a time, in memory proportional to the distinct children and references. */
export interface LinkFinder {
  /** Adds a child's associations; a child added twice (a later screening) keeps all its references. */
  add(childKey: string, associations: readonly Association[]): void;
  /** The groups, largest first (ties: the one whose first child came first). */
  groups(): FoundGroup[];
  /** How many children carried at least one association, and how many distinct and shared references there are. */
  counts(): { readonly childrenWithAssociations: number; readonly references: number; readonly sharedReferences: number };
}

interface Holders { readonly kind: AssociationKind; readonly children: number[] }

/**
 * Creates a link finder: a union-find over children, joined whenever a second child holds a
 * reference already seen. A reference held by one child only links nobody. Deterministic: the same
 * input in the same order gives the same groups in the same order.
 */
export function createLinkFinder(): LinkFinder {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const parent: number[] = [];
  const holders = new Map<string, Holders>();
  let withAssociations = 0;
  const seenWithAssociations = new Set<number>();

  const find = (child: number): number => {
    let root = child;
    while (parent[root] !== root) root = parent[root] as number;
    for (let at = child; parent[at] !== root;) {
      const next = parent[at] as number;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  return {
    add(childKey, associations) {
      let child = index.get(childKey);
      if (child === undefined) {
        child = keys.length;
        index.set(childKey, child);
        keys.push(childKey);
        parent.push(child);
      }
      if (associations.length > 0 && !seenWithAssociations.has(child)) {
        seenWithAssociations.add(child);
        withAssociations++;
      }
      for (const association of associations) {
        const held = holders.get(association.ref);
        if (held === undefined) {
          holders.set(association.ref, { kind: association.kind, children: [child] });
        } else if (!held.children.includes(child)) {
          held.children.push(child);
          union(child, held.children[0] as number);
        }
      }
    },
    groups() {
      const byRoot = new Map<number, { children: Set<number>; references: { token: string; kind: AssociationKind; holders: number[] }[] }>();
      for (const [token, held] of holders) {
        if (held.children.length < 2) continue;
        const root = find(held.children[0] as number);
        const group = byRoot.get(root) ?? { children: new Set<number>(), references: [] };
        for (const child of held.children) group.children.add(child);
        group.references.push({ token, kind: held.kind, holders: held.children });
        byRoot.set(root, group);
      }
      return [...byRoot.entries()]
        .sort(([ra, a], [rb, b]) => b.children.size - a.children.size || ra - rb)
        .map(([, group]) => {
          const members = [...group.children].sort((a, b) => a - b);
          const position = new Map(members.map((child, i) => [child, i]));
          return {
            children: members.map((child) => keys[child] as string),
            references: group.references.map((reference) => ({
              token: reference.token,
              kind: reference.kind,
              children: reference.holders.map((child) => position.get(child) as number).sort((a, b) => a - b),
            })),
          };
        });
    },
    counts() {
      let shared = 0;
      for (const held of holders.values()) if (held.children.length >= 2) shared++;
      return { childrenWithAssociations: withAssociations, references: holders.size, sharedReferences: shared };
    },
  };
}
