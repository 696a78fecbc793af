import { AssociationKindSchema, type Association, type AssociationKind } from '../../schema/association.js';
import { createIdColumn } from '../report/create-id-column.js';
import { createStringIndex, type StringIndex } from '../report/create-string-index.js';
import { withRoomFor } from '../report/with-room-for.js';
import { ASSOCIATION_REF_CODEC } from './association-ref-codec.js';

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
  /** The number of a child added before (0, 1, ... in the order first added), or undefined. */
  childOf(childKey: string): number | undefined;
  /** The groups, largest first (ties: the one whose first child came first); the first `most` of them when given. */
  groups(most?: number): FoundGroup[];
  /** How many children carried at least one association, and how many distinct and shared references there are. */
  counts(): { readonly childrenWithAssociations: number; readonly references: number; readonly sharedReferences: number };
}

const KINDS = AssociationKindSchema.options;

/**
 * Creates a link finder: a union-find over children, joined whenever a second child holds a
 * reference already seen. A reference held by one child only links nobody. Deterministic: the same
 * input in the same order gives the same groups in the same order.
 *
 * Children and references are numbered in the order first seen (their keys and tokens kept once, as bytes,
 * in string indexes, a token in half its characters; the keys' index may be shared with the caller's, as the report
 * shares its tally's), and what each holds is kept in typed arrays: a reference held by one child keeps that
 * child's number; one held by two or more keeps a list of them, chained through two arrays of entries.
 */
export function createLinkFinder(keys: StringIndex = createStringIndex()): LinkFinder {
  /** Each key's number in this finder plus one (0: not added here), by its number in `keys`. */
  const childOfKey = createIdColumn();
  /** Each child's number in `keys`. */
  let keyOf = new Int32Array(1024);
  let children = 0;
  const tokens = createStringIndex(ASSOCIATION_REF_CODEC);
  /** The union-find parent of each child; a root is the first child of its set. */
  let parent = new Int32Array(1024);
  /** 1 for a child that carried at least one association. */
  let associated = new Uint8Array(1024);
  let withAssociations = 0;
  /** The kind of each reference, as first seen: an index into KINDS. */
  let kindOf = new Uint8Array(1024);
  /** The one child holding each reference (>= 0), or -1 - the first entry of its holders when two or more hold it. */
  let holderOf = new Int32Array(1024);
  let entryChild = new Int32Array(1024);
  /** The entry after each entry in its list of holders, or -1. */
  let entryNext = new Int32Array(1024);
  let entries = 0;
  let shared = 0;

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
  /** Adds an entry for `child` before `next` (-1 for none); returns its number. */
  const entry = (child: number, next: number): number => {
    entryChild = withRoomFor(entryChild, entries + 1);
    entryNext = withRoomFor(entryNext, entries + 1);
    entryChild[entries] = child;
    entryNext[entries] = next;
    return entries++;
  };
  const holders = (token: number): number[] => {
    const held = holderOf[token] as number;
    if (held >= 0) return [held];
    const list: number[] = [];
    for (let at = -1 - held; at >= 0; at = entryNext[at] as number) list.push(entryChild[at] as number);
    return list;
  };
  const holds = (first: number, child: number): boolean => {
    for (let at = first; at >= 0; at = entryNext[at] as number) if (entryChild[at] === child) return true;
    return false;
  };
  const hold = (token: number, child: number): void => {
    const held = holderOf[token] as number;
    if (held === child || (held < 0 && holds(-1 - held, child))) return;
    if (held >= 0) {
      holderOf[token] = -1 - entry(child, entry(held, -1));
      shared++;
      union(child, held);
    } else {
      holderOf[token] = -1 - entry(child, -1 - held);
      union(child, entryChild[-1 - held] as number);
    }
  };

  return {
    add(childKey, associations) {
      const key = keys.add(childKey);
      let child = childOfKey.at(key) - 1;
      if (child < 0) {
        child = children++;
        childOfKey.set(key, children);
        keyOf = withRoomFor(keyOf, children);
        parent = withRoomFor(parent, children);
        associated = withRoomFor(associated, children);
        keyOf[child] = key;
        parent[child] = child;
      }
      if (associations.length > 0 && associated[child] === 0) {
        associated[child] = 1;
        withAssociations++;
      }
      for (const association of associations) {
        const before = tokens.size;
        const token = tokens.add(association.ref);
        if (token < before) hold(token, child);
        else {
          kindOf = withRoomFor(kindOf, token + 1);
          holderOf = withRoomFor(holderOf, token + 1);
          kindOf[token] = KINDS.indexOf(association.kind);
          holderOf[token] = child;
        }
      }
    },
    childOf(childKey) {
      const key = keys.find(childKey);
      const child = key < 0 ? -1 : childOfKey.at(key) - 1;
      return child < 0 ? undefined : child;
    },
    groups(most = Number.POSITIVE_INFINITY) {
      const sizes = new Int32Array(children);
      for (let child = 0; child < children; child++) {
        const root = find(child);
        sizes[root] = (sizes[root] as number) + 1;
      }
      const roots: number[] = [];
      for (let child = 0; child < children; child++) if ((sizes[child] as number) >= 2) roots.push(child);
      roots.sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
      const listed = new Map(roots.slice(0, most).map((root, g) => [root, g]));
      const members: number[][] = [...listed.keys()].map(() => []);
      for (let child = 0; child < children; child++) {
        const g = listed.get(find(child));
        if (g !== undefined) members[g]?.push(child);
      }
      const positions = members.map((list) => new Map(list.map((child, i) => [child, i])));
      const references: { token: string; kind: AssociationKind; children: number[] }[][] = members.map(() => []);
      for (let token = 0; token < tokens.size; token++) {
        if ((holderOf[token] as number) >= 0) continue;
        const held = holders(token);
        const g = listed.get(find(held[0] as number));
        if (g === undefined) continue;
        const position = positions[g] as Map<number, number>;
        references[g]?.push({
          token: tokens.textOf(token),
          kind: KINDS[kindOf[token] as number] as AssociationKind,
          children: held.map((child) => position.get(child) as number).sort((a, b) => a - b),
        });
      }
      return members.map((list, g) => ({ children: list.map((child) => keys.textOf(keyOf[child] as number)), references: references[g] ?? [] }));
    },
    counts: () => ({ childrenWithAssociations: withAssociations, references: tokens.size, sharedReferences: shared }),
  };
}
