import type { Ruleset } from '../schema/ruleset.js';
import { buildRulebook } from './rulebook/build-rulebook.js';
import { renderHtml } from './rulebook/render-html.js';
import type { RulebookOptions } from './rulebook/worked-case.js';

/**
 * The rulebook of a ruleset as one standalone, print-friendly HTML page with the same content as
 * {@link toRulebookMarkdown}: inline CSS only, no scripts or external assets, a table of contents,
 * tables with captions and header scopes (`#levels`, `#indicators`, `#rules`, `#pathway`), and every
 * piece of ruleset text escaped. Pure and deterministic.
 */
export function toRulebookHtml(ruleset: Ruleset, options: RulebookOptions = {}): string {
  return renderHtml(buildRulebook(ruleset, options));
}
