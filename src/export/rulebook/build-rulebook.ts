import type { Ruleset } from '../../schema/ruleset.js';
import { fingerprintRuleset } from '../../ruleset/fingerprint-ruleset.js';
import { buildCensusSection } from './census-section.js';
import { buildCombineSection } from './combine-section.js';
import { buildExamplesSection } from './examples-section.js';
import { buildAboutSection, buildFront, buildHowToReadSection } from './front-matter.js';
import { buildJudgementSection } from './judgement-section.js';
import { buildProtectionsSection } from './protections-section.js';
import { buildSignOffSection } from './sign-off-section.js';
import { buildIndicatorsSection, buildScoresSection } from './indicators-section.js';
import { buildLevelsSection, buildPolicySection } from './levels-policy-sections.js';
import { buildPathwaySection } from './pathway-section.js';
import { buildRulesSection } from './rules-section.js';
import type { RulebookDocument } from './rulebook-document.js';
import { indexLabels } from './ruleset-labels.js';
import type { RulebookOptions } from './worked-case.js';

/** The rulebook of a ruleset as a format-neutral document: the same content for Markdown and HTML. */
export function buildRulebook(ruleset: Ruleset, options: RulebookOptions = {}): RulebookDocument {
  const labels = indexLabels(ruleset);
  const fingerprint = options.fingerprint ?? fingerprintRuleset(ruleset);
  return {
    title: `${ruleset.meta.title}: rulebook for review and sign-off`,
    contents: true,
    front: buildFront(ruleset, fingerprint),
    sections: [
      buildAboutSection(ruleset, fingerprint),
      buildHowToReadSection(ruleset),
      buildLevelsSection(ruleset, labels),
      buildPolicySection(ruleset, labels),
      buildJudgementSection(ruleset, labels),
      buildProtectionsSection(ruleset, labels),
      buildIndicatorsSection(ruleset, labels),
      buildScoresSection(ruleset, labels),
      buildRulesSection(ruleset, labels),
      buildCombineSection(ruleset, labels),
      buildPathwaySection(ruleset, labels),
      ...optional(buildCensusSection(ruleset, labels)),
      buildExamplesSection(ruleset, labels, options.cases ?? []),
      buildSignOffSection(ruleset, labels),
    ],
  };
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
