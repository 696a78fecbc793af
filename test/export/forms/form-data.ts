type Json = Record<string, unknown>;

/**
 * A screening as a rendered form holds it: every answer a value with its details, time windows as a
 * list (a form's check boxes), and nothing else changed. The engine reads both forms the same way.
 */
export function toFormData(screening: Json): Json {
  const answers = (screening['answers'] ?? {}) as Record<string, unknown>;
  return {
    ...screening,
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => {
      if (typeof answer !== 'object' || answer === null) return [id, { value: answer }];
      const { window, ...rest } = answer as Json;
      return [id, window === undefined ? rest : { ...rest, window: typeof window === 'string' ? [window] : window }];
    })),
  };
}

/** The text of a label as React writes it into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
