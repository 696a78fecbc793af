/** The names of the free-text fields of a ruleset: what a person writes, never an id. */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'title', 'label', 'text', 'guidance', 'description', 'meaning', 'note', 'possibleNote', 'provenance', 'approval', 'publisher', 'actor', 'timescale', 'section',
]);

/** A copy of the data with `canary` written into every free-text field, at any depth. */
export function plantCanary<T>(value: T, canary: string): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) =>
      [key, TEXT_FIELDS.has(key) && typeof child === 'string' ? `${child} ${canary}` : visit(child)]));
  };
  return visit(value) as T;
}
