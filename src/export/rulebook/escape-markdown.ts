/**
 * Makes ruleset text safe as Markdown inline content: white space runs become one space, and every
 * character that could start markup (emphasis, code, links, raw HTML, table cells) is backslash-escaped,
 * so that text from a ruleset can never become a link, an HTML tag or a table column.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^(\d+)([.)])(?= |$)/, '$1\\$2').replace(/^([-+=#])/, '\\$1');
}

/** A URL usable as a Markdown or HTML link target: http or https only, with characters that would end it encoded; otherwise undefined. */
export function safeHref(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  return href.replace(/[\s()<>"'`\\[\]|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
