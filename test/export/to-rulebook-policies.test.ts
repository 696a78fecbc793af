import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Ruleset, type ScreeningInput, type Screener } from '../../src/index.js';
import { diffRulesets, type ItemChange } from '../../src/export/diff-rulesets.js';
import { toRulebookHtml } from '../../src/export/to-rulebook-html.js';
import { toRulebookMarkdown } from '../../src/export/to-rulebook-markdown.js';
import { fixtureScreener } from '../support/fixture-screener.js';
import { screeningWith } from '../support/screening-with.js';

const load = (path: string): Screener => compileRuleset(JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')));
const tiered = fixtureScreener('tiered');
const weighted = fixtureScreener('weighted');
const signedOff = load('../fixtures/signed-off.json');
const bySection = (markdown: string, title: string): string => {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section ${title}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};
const rulebooks = new Map<Screener, string>();
const rulebookOf = (screener: Screener): string => {
  const known = rulebooks.get(screener);
  if (known !== undefined) return known;
  const markdown = toRulebookMarkdown(screener.ruleset, { fingerprint: screener.stamp.fingerprint });
  rulebooks.set(screener, markdown);
  return markdown;
};
/** Ruleset text as the Markdown renderer writes it: white space collapsed and markup characters escaped. */
const md = (value: string): string => value.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~]/g, '\\$&');

/** The rulesets every invariant is checked on: both fixtures, the sign-off fixture, and the default ruleset when it loads (another change may be in progress). */
const rulesets: [string, Screener][] = [['tiered', tiered], ['weighted', weighted], ['signed-off', signedOff]];
try {
  rulesets.push(['default', load('../../rules/brighton-hove-cse.json')]);
} catch {
  // The default ruleset is checked by its own tests; here it joins only when it loads.
}

describe('the rulebook of every ruleset (fixtures, the sign-off fixture and the default ruleset)', () => {
  describe.each(rulesets)('%s', (_name, screener) => {
    const { ruleset } = screener;
    const markdown = rulebookOf(screener);

    test('has the judgement, unknown-answers, protections and sign-off sections, listed in the contents', () => {
      for (const title of ['Professional judgement and unknown answers', 'Protections applied to every screening, and proved when the ruleset is loaded', 'Sign-off']) {
        expect(markdown).toContain(`\n## ${title}\n`);
        expect(bySection(markdown, 'Contents')).toContain(title);
      }
    });

    test('lists every citation of a project-choice source in the sign-off checklist, with its note', () => {
      const chosen = new Set(ruleset.meta.sources.filter((source) => source.kind === 'project-choice').map((source) => source.id));
      const cited = [...ruleset.levels, ...ruleset.indicators, ...ruleset.scores, ...ruleset.rules, ...ruleset.steps]
        .flatMap((item) => [...(item.sources ?? []), ...('timescaleBasis' in item ? item.timescaleBasis ?? [] : [])].filter((ref) => chosen.has(ref.source)).map((ref) => ({ id: item.id, note: ref.note })));
      const checklist = bySection(markdown, 'Sign-off');
      const rows = checklist.split('\n').filter((line) => line.endsWith('| ☐ Confirm ☐ Change |'));
      expect(rows.length).toBe(cited.length + 9);
      for (const { id, note } of cited) expect(rows.some((row) => row.includes(`| \`${id}\` |`) && row.includes(md(note ?? 'No note given')))).toBe(true);
    });

    test('shows “Context only” instead of a suggested level for every vulnerability factor when they never count', () => {
      const rows = bySection(markdown, 'Indicators').split('\n');
      for (const indicator of ruleset.indicators.filter((item) => item.kind === 'vulnerability')) {
        const row = rows.find((line) => line.includes(`<br>\`${indicator.id}\` |`)) ?? '';
        const cell = row.split(' | ')[3];
        expect(cell).toBe(ruleset.policy.vulnerabilityFactors === 'context-only' ? 'Context only' : md(ruleset.levels.find((level) => level.id === indicator.suggestedLevel)?.label ?? ''));
      }
    });

    test('gives the basis of every level, of every step timescale that has one, and the kind of every source that says it', () => {
      // A citation shows its source's title, or for a project choice the choice in the citation's own words.
      const cited = (ref: { source: string; note?: string | undefined }): string => {
        const source = ruleset.meta.sources.find((item) => item.id === ref.source);
        return md(source?.kind === 'project-choice' ? ref.note ?? source.title : source?.title ?? ref.source);
      };
      const levels = bySection(markdown, 'Levels').split('\n');
      for (const level of ruleset.levels) {
        const row = levels.find((line) => line.startsWith(`| **${md(level.label)}**<br>`)) ?? '';
        const basis = row.split(' | ').at(-1) ?? '';
        if (level.sources === undefined) expect(basis).toBe('None given |');
        else for (const ref of level.sources) expect(basis).toContain(cited(ref));
      }
      const pathway = bySection(markdown, 'The pathway');
      for (const step of ruleset.steps.filter((item) => item.timescaleBasis !== undefined)) {
        const details = pathway.slice(pathway.indexOf(`**Step:** \`${step.id}\``));
        const line = details.split('\n').find((entry) => entry.startsWith('**Basis of the timescale:**')) ?? '';
        for (const ref of step.timescaleBasis ?? []) expect(line).toContain(cited(ref));
      }
      const sources = bySection(markdown, 'About this ruleset');
      for (const source of ruleset.meta.sources.filter((item) => item.kind !== undefined)) {
        expect(sources).toMatch(new RegExp(`\\| \`${source.id}\` \\| [^\\n]+ \\| (Procedure|Legislation|National guidance|Another area's published tool|Research|The project's choice) \\|`));
      }
    });

    test('marks every pathway step as a level step, a step from a rule or policy, or both', () => {
      const table = bySection(markdown, 'The pathway').split('\n');
      for (const step of ruleset.steps) {
        const row = table.find((line) => line.startsWith(`| **${md(step.title)}**<br>\`${step.id}\` |`)) ?? '';
        const fromLevel = ruleset.levels.some((level) => level.steps.includes(step.id));
        const cell = row.split(' | ')[5];
        expect(['Level', 'Rule or policy', 'Level, and rule or policy', 'Nothing']).toContain(cell);
        if (fromLevel) expect(cell?.startsWith('Level')).toBe(true);
        else expect(cell).not.toMatch(/^Level/);
      }
    });

    test('shows the statute text of every rule with a legal age limit, in the rules and in the protections', () => {
      for (const rule of ruleset.rules.filter((item) => item.legalAgeLimit !== undefined)) {
        expect(bySection(markdown, 'Threshold rules')).toContain(`**Legal age limit:** ${md(rule.legalAgeLimit ?? '')}`);
        expect(bySection(markdown, 'Protections applied to every screening, and proved when the ruleset is loaded')).toContain(`(\`${rule.id}\`): ${md(rule.legalAgeLimit ?? '')}`);
      }
    });

    test('never writes an indicator question or a level label with a colon bare inside a generated sentence', () => {
      for (const indicator of ruleset.indicators.filter((item) => item.text.trim().endsWith('?'))) {
        expect(markdown).not.toContain(` ${md(indicator.text)} (${indicator.id}) is answered`);
      }
      for (const level of ruleset.levels.filter((item) => item.label.includes(':'))) {
        for (const phrase of ['at least ', 'could be as high as ', 'the rules gave ', 'no lower than ']) expect(markdown).not.toContain(`${phrase}${md(level.label)}`);
      }
    });
  });
});

describe('judgement policy', () => {
  const tieredPolicy = bySection(rulebookOf(tiered), 'Professional judgement and unknown answers');
  const signedPolicy = bySection(rulebookOf(signedOff), 'Professional judgement and unknown answers');

  test('says a judgement may raise the level freely, and that lowering needs a second person in any role when the ruleset names none', () => {
    expect(tieredPolicy).toContain('**Raising:** A judgement may raise the level freely');
    expect(tieredPolicy).toContain('A judgement that lowers the level needs the agreement of a second person');
    expect(tieredPolicy).toContain('this ruleset names no roles, so any role recorded is accepted');
  });

  test('names the roles the ruleset accepts, and says when it asks agreement for any change', () => {
    expect(signedPolicy).toContain('Any judgement that changes the level, raising as well as lowering, needs the agreement of a second person');
    expect(signedPolicy).toContain('in one of the roles this ruleset accepts: Designated safeguarding lead (dsl) and Team manager (team-manager)');
    expect(signedPolicy).toContain('A judgement may raise the level, but in this ruleset only with a second person\'s agreement');
  });

  test('says a judgement never goes below a floor or override that fired, naming them, nor to the lowest level while an indicator is present', () => {
    expect(tieredPolicy).toContain('A judgement never goes below the highest floor or override that fired. In this ruleset the floors and overrides are: “Under 13 with any concern”, “Disclosure” and “Learning disability with any concern”.');
    expect(tieredPolicy).toContain('A judgement never makes the level “No identified concern” (the lowest) while any indicator is answered Yes or Possible');
    expect(tieredPolicy).toContain('the level goes no lower than “Low”');
  });

  test('says what is kept when a judgement is not applied, with the warning codes, and what the level is then', () => {
    expect(tieredPolicy).toContain('**When a judgement is not applied:** It is still kept in the result, marked not applied, with the level judged, the reason');
    for (const code of ['judgement\\_needs\\_agreement', 'judgement\\_below\\_floor', 'judgement\\_contradicts\\_answers']) expect(tieredPolicy).toContain(code);
    expect(tieredPolicy).toContain('without the agreement it needs, the level the rules gave; below a floor or override, that floor; against the answers, “Low”');
  });
});

describe('unknown-answers policy', () => {
  const tieredPolicy = bySection(rulebookOf(tiered), 'Professional judgement and unknown answers');
  const signedPolicy = bySection(rulebookOf(signedOff), 'Professional judgement and unknown answers');

  test('states the default when the ruleset says nothing: Unknown on an item that could raise the level brings the concern steps', () => {
    expect(tieredPolicy).toContain('This ruleset does not say, so the default applies: an Unknown answer on an indicator that could raise the level');
    expect(tieredPolicy).toContain('brings in the step “Talk to the DSL”. That is 3 of the 4 indicators.');
    expect(tieredPolicy).toContain('**Unknown answers that bring nothing in:** one indicator, by id (the Indicators section gives their questions): `looked-after`. No rule or score could raise the level');
  });

  test('states which indicators the ruleset selects and the steps it names', () => {
    expect(signedPolicy).toContain('An Unknown answer on any significant indicator brings in the step “Refer”. That is 1 of the 4 indicators.');
    expect(signedPolicy).toContain('3 indicators, by id (the Indicators section gives their questions): `missing`, `older-friend`, `looked-after`. The unknown-answers policy does not select them.');
  });

  test('says what insufficient information does: a warning, a review on the potential level\'s interval, and the unknown-answer steps', () => {
    for (const policy of [tieredPolicy, signedPolicy]) {
      expect(policy).toContain('**Insufficient information:** When no indicator that a rule deciding the level reads is answered Yes or Possible (a vulnerability factor read as context only does not count: recording one never takes this away) and the level is “No identified concern”');
      expect(policy).toContain('with a warning (insufficient\\_information) saying how high the level could go, a review date on the review interval of that higher (potential) level');
    }
    expect(signedPolicy).toContain('rather than the lowest level\'s, and the step “Refer”.');
  });
});

describe('protections proved at load', () => {
  const tieredProtections = bySection(rulebookOf(tiered), 'Protections applied to every screening, and proved when the ruleset is loaded');
  const signedProtections = bySection(rulebookOf(signedOff), 'Protections applied to every screening, and proved when the ruleset is loaded');

  test('state the under-13 floor, declared or the default, proved for every single indicator at every age in scope below 13', () => {
    expect(tieredProtections).toContain('**Under 13.** At every age from 10 to 12, a screening with only one indicator answered Yes (every other answered No) must reach at least “Low”');
    expect(tieredProtections).toContain('This ruleset declares no under-13 floor, so the default applies');
    expect(signedProtections).toContain('must reach at least “Medium”, for every indicator that is not a vulnerability factor. This ruleset declares that floor');
  });

  test('state a declared learning-disability floor, or that none is declared', () => {
    expect(tieredProtections).toContain('This ruleset declares no learning-disability floor');
    expect(signedProtections).toContain('With “Learning disability” recorded as yes for the child, at every age in scope (10 to 17)');
  });

  test('state that 16 and 17 year olds never get a lower level or fewer steps, listing the rules with a legal age limit and their statute', () => {
    expect(tieredProtections).toContain('a 16 or 17 year old never gets a lower level, or fewer steps, than a 15 year old with the same answers');
    expect(tieredProtections).toContain('No rule in this ruleset has a legal age limit.');
    expect(signedProtections).toContain('This ruleset has one such rule:\n    - **“An older friend of a child under 16”** (`abduction-notice-under-16`): '
      + 'Child Abduction Act 1984 s.2: the offence concerns children under 16. Its steps: “Consider a child abduction warning notice”.');
  });

  test('state that No never raises the level', () => {
    expect(tieredProtections).toContain('an answer of No never gives a higher level than Yes or Possible');
  });
});

describe('level steps and steps from rules', () => {
  const pathway = bySection(rulebookOf(tiered), 'The pathway');

  test('the pathway explains the difference, and that rules adding steps read the higher of the computed and final level', () => {
    expect(pathway).toContain('**Level steps and steps from rules.** A level step comes with the final level');
    expect(pathway).toContain('no judgement removes it. Rules that add steps and depend on the level read the higher of the level the rules gave and the final level');
    expect(pathway).toContain('*Level steps, by level: a judgement that changes the level changes these*');
    expect(pathway).toContain('*Steps from rules and policy, by trigger (no judgement removes these)');
  });

  test('each step says where it comes from, in the table and in its details', () => {
    expect(pathway).toContain('| **Tell the police**<br>`police` | DSL | Immediately | Must | None given | Rule or policy | rule “Disclosure” |');
    expect(pathway).toContain('| Level, and rule or policy | level Medium<br>level High<br>rule “Medium with reasonable cause to suspect significant harm” |');
    expect(pathway).toContain('**Step:** `refer`\\\n**Comes from:** A level step, and also brought in by a rule or policy');
    expect(pathway).toContain('| **Unknown answers**<br>`policy.unknownAnswers` | An Unknown answer on an indicator that could raise the level (the default) | “Talk to the DSL” |');
    expect(pathway).toContain('| **Insufficient information**<br>`insufficientInformation` |');
  });
});

describe('sign-off', () => {
  test('a draft has lines to fill in for who signs, the role, the date and the decision, and says it marks no project choice', () => {
    const section = bySection(rulebookOf(tiered), 'Sign-off');
    expect(section).toContain('This ruleset has not been signed off.');
    for (const field of ['Name', 'Role', 'Date']) expect(section).toMatch(new RegExp(`\\*\\*${field}:\\*\\* (\\\\_){20,}`));
    expect(section).toContain('**Decision:** ☐ Approved ☐ Approved with changes ☐ Not approved');
    expect(section).toContain('This ruleset marks no source as the project\'s choice');
    expect(rulebookOf(tiered)).toContain('**Signed off:** Not yet: see the sign-off section at the end');
  });

  test('a signed-off ruleset shows who signed, the role, the date, the decision and the note, at the front and in the section', () => {
    const markdown = rulebookOf(signedOff);
    const section = bySection(markdown, 'Sign-off');
    expect(section).toContain('**Name:** A. Lead\\\n**Role:** Designated safeguarding lead\\\n**Date:** 2026-02-01\\\n**Decision:** **Approved with changes**\\\n**Note:** Review the Low pathway within six months.');
    expect(markdown).toContain('**Signed off:** Approved with changes by A. Lead, Designated safeguarding lead, on 2026-02-01');
  });

  test('the checklist says what each project choice is attached to and the choice in the citation\'s words', () => {
    const section = bySection(rulebookOf(signedOff), 'Sign-off');
    expect(section).toContain('Every place where the ruleset cites “Choices made by this project” as its basis: 3 places, each to confirm or change.');
    expect(section).toContain('| Level Low: its meaning, threshold and review interval | `low` |   | Review Low after 90 days: no source gives an interval | ☐ Confirm ☐ Change |');
    expect(section).toContain('| Indicator “Is the child spending time with a much older friend?” (older-friend) | `older-friend` |   | Rated Medium, where the source gives no level |');
    expect(section).toContain('| Timescale of the step “Talk to the DSL”: “The same working day” | `talk-to-dsl` |   | Same working day: the procedure gives no timescale |');
    expect(section).toContain('| **Agreement to a judgement** | `policy.judgement` | Any judgement that changes the level');
    expect(section).toContain('| **Under-13 floor** | `policy.protections.under13Floor` | Medium. |');
  });

  test('the HTML has the same sign-off, with the checklists as tables', () => {
    const html = toRulebookHtml(signedOff.ruleset);
    expect(html).toContain('<section id="section-sign-off" aria-labelledby="section-sign-off-title">');
    expect(html).toMatch(/<table id="project-choices">\n<caption>Project choices to confirm or change<\/caption>/);
    expect(html).toMatch(/<table id="policy-choices">\n<caption>Policy choices this ruleset makes<\/caption>/);
    expect(html).toContain('<dt>Decision</dt><dd><strong>Approved with changes</strong></dd>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  });
});

describe('sources and basis', () => {
  const markdown = rulebookOf(signedOff);

  test('the sources table gives each source\'s kind, and every citation names the kind of its source', () => {
    expect(markdown).toContain('| `project-choice` | Choices made by this project | The project\'s choice |');
    expect(markdown).toContain('| `act` | Child Abduction Act 1984 | Legislation |');
    expect(markdown).toContain('**Sources:** Child Abduction Act 1984, s.2 (legislation)');
  });

  test('each level shows its basis and each step the basis of its timescale', () => {
    expect(markdown).toContain('| 28 days | “Refer” and “Strategy meeting” | Test source, §3 (procedure) |');
    expect(markdown).toContain('**Basis of the timescale:** The project\'s choice: Same working day: the procedure gives no timescale');
  });
});

describe('generated sentences', () => {
  const markdown = rulebookOf(signedOff);

  test('an indicator written as a question reads as “the question … is answered”', () => {
    expect(markdown).toContain('when the child is under 16 and the question “Is the child spending time with a much older friend?” (older-friend) is answered Yes or Possible');
  });

  test('a level label with a colon is quoted inside a sentence', () => {
    expect(markdown).toContain('**At least “High risk: being exploited” when at least one risk or significant indicator whose suggested level is “High risk: being exploited” is answered Yes or Possible');
  });
});

describe('worked examples with judgements', () => {
  const { ruleset } = signedOff;
  const worked = (name: string, screening: ScreeningInput) => ({ name, rationale: `Why ${name}.`, screening, result: signedOff.screen(screening) });
  const example = (markdown: string, n: number): string => markdown.slice(markdown.indexOf(`### Example ${n}:`), markdown.indexOf(`### Example ${n + 1}:`) < 0 ? undefined : markdown.indexOf(`### Example ${n + 1}:`));
  const judged = (level: string, agreedBy?: { role: string; name?: string }): ScreeningInput['judgement'] =>
    ({ level, rationale: 'SECRET-RATIONALE', ...(agreedBy === undefined ? {} : { agreedBy }) });
  const fifteen = (answers: Parameters<typeof screeningWith>[1], judgement?: ScreeningInput['judgement']): ScreeningInput =>
    screeningWith(ruleset as Ruleset, answers, { ageYears: 15, assessedOn: '2026-03-01', ...(judgement === undefined ? {} : { judgement }) });
  const markdown = toRulebookMarkdown(ruleset, {
    cases: [
      worked('Lowered without agreement', fifteen({ 'older-friend': 'yes' }, judged('low'))),
      worked('Lowered with agreement', fifteen({ 'older-friend': 'yes' }, judged('low', { role: 'dsl', name: 'SECRET-NAME' }))),
      worked('No concern against the answers', fifteen({ missing: 'yes' }, judged('none', { role: 'team-manager' }))),
      worked('Nothing known', fifteen({ missing: 'unknown', 'older-friend': 'unknown', disclosure: 'unknown', 'looked-after': 'unknown' })),
    ],
  });

  test('show a judgement without the agreement it needs as not applied, and why', () => {
    expect(example(markdown, 1)).toContain('**Professional judgement:** Low, lowered from the level the rules gave; no second person\'s agreement recorded; '
      + 'not applied: it needs the agreement of a second person in a role the ruleset accepts, which was not recorded');
    expect(example(markdown, 1)).toContain('**Level:** **Medium**');
  });

  test('show the agreeing role by its label, never the name or the rationale', () => {
    expect(example(markdown, 2)).toContain('**Professional judgement:** Low, lowered from the level the rules gave; agreed by a second person in the role “Designated safeguarding lead”; applied');
    expect(example(markdown, 2)).toContain('**Level:** **Low (the rules gave Medium)**');
    expect(markdown).not.toContain('SECRET-NAME');
    expect(markdown).not.toContain('SECRET-RATIONALE');
  });

  test('keep a rule\'s steps under a lowering judgement, and name each step\'s origin', () => {
    const second = example(markdown, 2);
    expect(second).toContain('- **“An older friend of a child under 16”**: adds “Consider a child abduction warning notice”; the level stays as it is');
    expect(second).toContain('2. Consider a child abduction warning notice (Consider; within days; Police), brought in by the rule “An older friend of a child under 16”');
    expect(example(markdown, 1)).toContain('2. Refer (Must; the same working day; DSL), brought in by the level Medium (a level step)');
  });

  test('show a judgement to the lowest level against a Yes answer as not applied', () => {
    expect(example(markdown, 3)).toContain('not applied: it would give the lowest level while an indicator is answered Yes or Possible');
  });

  test('show insufficient information, with the potential level quoted and the unknown-answer steps', () => {
    const fourth = example(markdown, 4);
    expect(fourth).toContain('**Level:** **No identified concern**; insufficient information: too little is known to say there is no concern; '
      + 'it could be as high as “High risk: being exploited” once the unanswered and Unknown items are known');
    expect(fourth).toContain('1. Refer (Must; the same working day; DSL), brought in by an Unknown answer that matters and insufficient information');
  });
});

describe('the change report shows the new fields of a ruleset', () => {
  const diff = diffRulesets(tiered.ruleset, signedOff.ruleset);
  const fieldsOf = (changes: readonly ItemChange[], id: string): string[] =>
    changes.flatMap((change) => (change.kind === 'changed' && change.id === id ? change.changes.map((entry) => entry.field) : []));

  test('sign-off, source kinds, agreement, unknown answers and declared floors', () => {
    expect(diff.meta.map((change) => change.field)).toContain('meta.signOff');
    expect(diff.meta.find((change) => change.field === 'meta.signOff')?.after).toBe('Approved with changes by A. Lead, Designated safeguarding lead, on 2026-02-01: Review the Low pathway within six months.');
    expect(fieldsOf(diff.sources, 'test')).toEqual(['kind']);
    expect(diff.policy.map((change) => change.field)).toEqual(expect.arrayContaining(['policy.judgement', 'policy.unknownAnswers', 'policy.protections']));
  });

  test('the basis of a level and of a step\'s timescale, and a rule\'s legal age limit', () => {
    expect(fieldsOf(diff.levels, 'low')).toContain('sources');
    expect(fieldsOf(diff.steps, 'talk-to-dsl')).toEqual(expect.arrayContaining(['timescale', 'timescaleBasis']));
    const added = diff.rules.find((change) => change.id === 'abduction-notice-under-16');
    expect(added?.kind).toBe('added');
  });
});
