import type { Ruleset } from '../schema/ruleset.js';
import { buildRulebook } from './rulebook/build-rulebook.js';
import { renderMarkdown } from './rulebook/render-markdown.js';
import type { RulebookOptions } from './rulebook/worked-case.js';

/**
 * The rulebook of a ruleset as Markdown, for safeguarding leads to review and sign off: meta and the
 * sign-off notice, provenance and fingerprint, levels, policy and scope, every indicator by domain,
 * scores, every rule in plain English, how the rules combine, the pathway, and worked examples.
 * Pure and deterministic: the same ruleset and options always give the same text.
 * @example
 * const markdown = toRulebookMarkdown(screener.ruleset, { fingerprint: screener.stamp.fingerprint });
 */
export function toRulebookMarkdown(ruleset: Ruleset, options: RulebookOptions = {}): string {
  return renderMarkdown(buildRulebook(ruleset, options));
}
