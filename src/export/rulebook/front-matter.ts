import type { Ruleset } from '../../schema/ruleset.js';
import { describeSignOff } from './sign-off-section.js';
import { describeSourceKind } from './describe-values.js';
import { answerName, joinOr } from './ruleset-labels.js';
import { code, paragraph, strong, text, type Block, type Inline, type Rich, type Section } from './rulebook-document.js';

/** What comes before the contents: the key facts of the ruleset and the sign-off notice. */
export function buildFront(ruleset: Ruleset, fingerprint: string): Block[] {
  const { meta, scope } = ruleset;
  const draft = meta.status === 'draft';
  return [
    {
      kind: 'notice',
      title: draft ? 'Draft: not signed off for use with children' : 'Approved for use, subject to the statement below',
      paragraphs: [
        [text(meta.approval)],
        [text(`This rulebook is generated from the ruleset file ${meta.id}, version ${meta.version}. It is this project's encoding of the sources it cites, `
          + 'not an official document of any of them. It says exactly what the screening tool does with this file; where it differs from your local procedure, '
          + 'the local procedure applies and the ruleset must be corrected. A local safeguarding lead must review it and sign it off before it is used, '
          + 'and review every change to it.')],
        [text('A screening result supports professional judgement. It never replaces it, or a referral.')],
      ],
    },
    {
      kind: 'facts',
      rows: [
        ['Ruleset', [code(meta.id)]],
        ['Version', [text(meta.version)]],
        [`Effective from`, [text(meta.effectiveFrom)]], // backticks: the import scan of test/architecture.test.ts takes a quoted string after the word from for an import
        ['Publisher', [text(meta.publisher)]],
        ['Status', [draft ? strong('Draft, not signed off') : text('Approved')]],
        ['Signed off', [text(meta.signOff === undefined ? 'Not yet: see the sign-off section at the end' : describeSignOff(meta.signOff))]],
        ['Ages in scope', [text(`${scope.ages.from} to ${scope.ages.below - 1}`)]],
        ['Fingerprint', [code(fingerprint)]],
      ],
    },
  ];
}

/** Where the ruleset comes from, the sources it cites, and what the fingerprint is for. */
export function buildAboutSection(ruleset: Ruleset, fingerprint: string): Section {
  const { meta } = ruleset;
  return {
    id: 'section-about',
    title: 'About this ruleset',
    blocks: [
      { kind: 'heading', depth: 3, id: 'provenance', text: 'Provenance' },
      paragraph(text(meta.provenance)),
      { kind: 'heading', depth: 3, id: 'fingerprint', text: 'Fingerprint' },
      paragraph(
        text('The fingerprint '), code(fingerprint),
        text(' is computed from the whole content of the ruleset. Every screening result records it, so a result can always be traced to the exact rules '
          + 'that produced it. Sign-off applies to this fingerprint: any change, however small, gives a new one and needs a new review.'),
      ),
      {
        kind: 'table',
        id: 'sources',
        caption: 'Sources cited by this ruleset',
        head: ['Source', 'Title', 'Kind', 'Publisher', 'Year'],
        rows: meta.sources.map((source) => ({
          kind: 'row',
          cells: [
            [code(source.id)],
            [source.url === undefined ? text(source.title) : { kind: 'link', text: source.title, href: source.url }],
            [text(source.kind === undefined ? 'Not stated' : describeSourceKind(source.kind))],
            [text(source.publisher ?? '')],
            [text(source.year === undefined ? '' : String(source.year))],
          ],
        })),
      },
    ],
  };
}

/** A fixed guide to the rest of the document. */
export function buildHowToReadSection(ruleset: Ruleset): Section {
  const present = joinOr(ruleset.policy.presentAnswers.map(answerName));
  const item = (...content: Inline[]): { content: Rich; items: [] } => ({ content, items: [] });
  return {
    id: 'section-how-to-read',
    title: 'How to read this rulebook',
    blocks: [
      paragraph(text('Everything below is generated from the ruleset file itself, so the words cannot drift from what the screening tool does. '
        + 'Read it to check that the indicators, thresholds and next steps match your local procedure.')),
      {
        kind: 'list',
        ordered: false,
        items: [
          item(strong('Indicators'), text(' are the questions of the checklist. Each is answered Yes, No, Possible or Unknown, or rated on a scale. '
            + 'Each has a kind (a vulnerability factor gives context, a risk indicator is a warning sign, a significant indicator is strong evidence) and a suggested level.')),
          item(strong('Levels'), text(' are listed lowest first. Each has a meaning, a review interval and the pathway steps it brings in.')),
          item(strong('Threshold rules'), text(' decide the level and bring in next steps. Each is written out in plain English, followed by the order in which they combine.')),
          item(strong('The pathway'), text(' lists every next step: who acts, how soon, whether it is required, on what legal basis, and whether it is a level step '
            + '(a professional judgement that changes the level changes it) or comes from a rule or policy (no judgement removes it).')),
          item(strong('Sources'), text(' are cited for every indicator, rule, level, step and timescale, with the kind of source each is. '
            + 'Citations of the project\'s own choices are collected in the sign-off checklist at the end, for the safeguarding lead to confirm or change.')),
          item(strong('Ids'), text(' in fixed-width type, such as '), code(ruleset.indicators[0]?.id ?? 'an-id'),
            text(', are the names the ruleset file and every result use. They let you find an item in the file and follow it from one document to another.')),
          item(strong('Quoted text'), text(' “like this” is copied word for word from the ruleset.')),
          item(strong(`“Answered ${present}”`), text(` means the answers this ruleset counts as present when a rule does not say otherwise (see Policy and scope).`)),
          item(strong('Unknown is never read as No.'), text(' An unanswered question, an Unknown answer or a fact that was not recorded leaves a rule undecided: '
            + 'the result shows it as a rule that could still apply and how high the level could go, and it never lowers the level. '
            + 'An Unknown answer that matters brings in steps of its own (see Professional judgement and unknown answers).')),
        ],
      },
    ],
  };
}
