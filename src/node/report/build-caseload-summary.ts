import type { Screener } from '../../engine/screener/compile-ruleset.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import type { Issue } from '../../schema/issue.js';
import { ageInYears } from '../../screening/age-in-years.js';
import type { CliIo } from '../cli/cli-io.js';
import { createKeyCheck } from '../links/create-key-check.js';
import { createLinkFinder } from '../links/create-link-finder.js';
import { summariseLinks } from '../links/summarise-links.js';
import { ageBandOf, BatchLineSchema, type CaseloadRecord, type ReportedScreening } from './caseload-record.js';
import { createCaseloadTally, type RulesetDescription } from './create-caseload-tally.js';
import { createStringIndex } from './create-string-index.js';
import { withWarnings, type Warned } from '../warned.js';
import { createScreeningJoiner } from './create-screening-joiner.js';
import { readNdjsonRecords } from './read-ndjson-records.js';
import { readScreeningRecords, type ScreeningsFormat } from './read-screening-records.js';
import { reportedAnswers, type ReportedAnswers } from './reported-answers.js';
import { refuseDuplicateKeys } from './refuse-duplicate-keys.js';
import { appendIssues } from '../../issues/append-issues.js';

/** What `cse-screen report` was asked for. */
export interface ReportRequest {
  readonly results: string;
  readonly screenings: string | undefined;
  /** How the screenings are written: NDJSON (the default) or CSV, as assess --batch reads them. */
  readonly screeningsFormat?: ScreeningsFormat;
  readonly asOf: string;
  readonly dueWithinDays: number;
  readonly suppressBelow: number | undefined;
  /** The ruleset that names levels and indicators and holds the link policy, when one could be loaded. */
  readonly screener: Screener | undefined;
  /** Link refs made under different pseudonymisation keys (which never match) rather than refuse them. */
  readonly allowMixedKeys?: boolean;
}

const MAX_GROUPS = 200;

/**
 * Reads results (the output of `assess --batch`, or bare results one per line) and, optionally, the
 * screenings they came from (joined line by line), and computes the caseload figures. Streams both
 * files; keeps a few numbers per child (createCaseloadTally) and per reference (createLinkFinder). A line that is neither a result nor a batch error, or a
 * screening that does not match its result, stops it with issues that name lines and paths only.
 */
export async function buildCaseloadSummary(request: ReportRequest, stdin: CliIo['stdin']): Promise<Warned<Safe<CaseloadSummary>>> {
  // One index of the children's keys for both: the tally is given each key before the finder.
  const children = createStringIndex();
  const tally = createCaseloadTally(children);
  const finder = createLinkFinder(children);
  const keys = createKeyCheck(request.allowMixedKeys ?? false);
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const input = { lines: 0, results: 0, notScored: 0, keyGivenTwice: 0 };
  const screenings = request.screenings === undefined ? undefined : readScreeningRecords(request.screenings, request.screeningsFormat ?? 'ndjson', request.screener, stdin);
  const screeningAt = createScreeningJoiner(screenings, warnings);

  const readResults = async (): Promise<void> => {
    for await (const record of readNdjsonRecords(request.results, stdin)) {
      input.lines++;
      if (record.kind === 'unreadable') {
        appendIssues(issues, record.issues, ['results', record.line]);
        if (record.line === 0 || issues.length >= 20) break;
        continue;
      }
      if (record.warnings !== undefined) {
        // assess --batch never writes a key twice: the line was edited, and which value is meant cannot be told.
        appendIssues(issues, refuseDuplicateKeys(record.warnings, ['results', record.line]));
        if (issues.length >= 20) break;
        continue;
      }
      const parsed = BatchLineSchema.safeParse(isBareResult(record.value) ? { result: record.value } : record.value);
      if (!parsed.success || (parsed.data.result === undefined) === (parsed.data.error === undefined)) {
        issues.push({ code: 'invalid_shape', path: ['results', record.line], message: 'is neither a result nor an assess --batch line (a decision-only line, --detail decision, lacks the answers the report counts: use --detail ids or full)' });
        if (issues.length >= 20) break;
        continue;
      }
      const { result } = parsed.data;
      if (result === undefined) {
        input.notScored++;
        continue;
      }
      const line = parsed.data.line ?? record.line;
      const levels = levelsOf(result, request.screener);
      if (levels === undefined) {
        issues.push({ code: 'ruleset_mismatch', path: ['results', record.line], message: 'is in the ids form, which names levels by id only: give the ruleset that produced it with --ruleset' });
        break;
      }
      const joined = await screeningAt(line);
      if (!joined.success) {
        appendIssues(issues, joined.issues);
        return;
      }
      const { screening, keyGivenTwice } = joined.data;
      const ref = result.ref ?? parsed.data.ref;
      if (screenings !== undefined && screening.ref !== ref) {
        issues.push({ code: 'invalid_value', path: ['screenings', line, 'ref'], message: 'differs from the ref of the result for this line: the screenings are not the ones these results came from' });
        return;
      }
      input.results++;
      const answers = reportedAnswers(result);
      if (givesKeyTwice(parsed.data.warnings) || answers.warnings.includes('duplicate_key') || keyGivenTwice) input.keyGivenTwice++;
      const key = ref ?? `line ${line}`;
      tally.add(toRecord(key, ref, line, result, answers, levels, screening));
      if (screening.associations !== undefined) {
        const mixed = keys.check(screening.associations);
        if (mixed !== undefined) {
          appendIssues(issues, [mixed], ['screenings', line]);
          return;
        }
        finder.add(key, screening.associations);
      }
    }
  };
  try {
    await readResults();
  } finally {
    await screenings?.return(undefined);
  }
  if (input.keyGivenTwice > 0) {
    warnings.push({ code: 'duplicate_key', path: [], message: `${input.keyGivenTwice} result${input.keyGivenTwice === 1 ? ' comes' : 's come'} from a screening that gives a key twice: each was scored with the last value given` });
  }
  if (issues.length > 0) return withWarnings(fail(issues), warnings);

  const screener = request.screener;
  const describe = (stamp: CaseloadRecord['ruleset']): RulesetDescription | undefined => {
    if (screener === undefined || screener.stamp.fingerprint !== stamp.fingerprint) return undefined;
    const labels = new Map(screener.ruleset.indicators.map((indicator) => [indicator.id, indicator.text]));
    return { levels: screener.ruleset.levels, indicatorLabel: (id) => labels.get(id) };
  };
  return withWarnings(succeed({
    format: 'cse-screening/caseload-summary@1',
    asOf: request.asOf,
    dueWithinDays: request.dueWithinDays,
    ...(request.suppressBelow === undefined ? {} : { suppressBelow: request.suppressBelow }),
    input,
    rulesets: tally.figures({ asOf: request.asOf, dueWithinDays: request.dueWithinDays, suppressBelow: request.suppressBelow, top: 10, describe }),
    ...(screenings === undefined ? {} : {
      links: summariseLinks(finder, {
        levelOf: (key) => tally.levelOf(key),
        refOf: (key) => tally.refOf(key),
        ruleset: screener?.ruleset,
        suppressBelow: request.suppressBelow,
        maxGroups: MAX_GROUPS,
      }),
    }),
  }), warnings);
}

/** Whether warnings recorded with a result say that its screening gave a key twice. */
function givesKeyTwice(warnings: readonly { readonly code: string }[] | undefined): boolean {
  return warnings?.some((warning) => warning.code === 'duplicate_key') ?? false;
}

type ReportedResult = NonNullable<ReturnType<typeof BatchLineSchema.parse>['result']>;

/** The level and potential level of a result: as it carries them (full form), or looked up in the ruleset that produced it (ids form). */
function levelsOf(result: ReportedResult, screener: Screener | undefined): Pick<CaseloadRecord, 'level' | 'potentialRank' | 'computedRank'> | undefined {
  if (result.format === 'cse-screening/result@1') {
    const { level, potentialLevel, computedLevel } = result;
    return { level: { id: level.id, label: level.label, rank: level.rank, colour: level.colour }, potentialRank: potentialLevel.rank, computedRank: computedLevel?.rank };
  }
  if (screener === undefined || screener.stamp.fingerprint !== result.ruleset.fingerprint) return undefined;
  const rank = screener.ruleset.levels.findIndex((level) => level.id === result.level);
  const potentialRank = screener.ruleset.levels.findIndex((level) => level.id === result.potentialLevel);
  const computedRank = result.computedLevel === undefined ? -1 : screener.ruleset.levels.findIndex((level) => level.id === result.computedLevel);
  const level = screener.ruleset.levels[rank];
  if (level === undefined || potentialRank < 0 || (result.computedLevel !== undefined && computedRank < 0)) return undefined;
  return { level: { id: level.id, label: level.label, rank, colour: level.colour }, potentialRank, computedRank: computedRank < 0 ? undefined : computedRank };
}

function toRecord(key: string, ref: string | undefined, line: number, result: ReportedResult, answers: ReportedAnswers, levels: NonNullable<ReturnType<typeof levelsOf>>, screening: ReportedScreening): CaseloadRecord {
  const subject = screening.subject;
  const years = subject?.ageYears ?? (subject?.dateOfBirth !== undefined && screening.assessedOn !== undefined
    ? ageInYears(subject.dateOfBirth, screening.assessedOn)
    : undefined);
  return {
    key,
    ref,
    line,
    ruleset: result.ruleset,
    level: levels.level,
    potentialRank: levels.potentialRank,
    computedRank: levels.computedRank,
    inScope: result.inScope,
    complete: result.complete,
    reviewBy: result.reviewBy,
    present: answers.present,
    possible: answers.possible,
    movedFrom: result.trend === undefined ? undefined : { id: result.trend.from.id, rank: result.trend.from.rank, sameRuleset: sameRulesetOf(result, answers) },
    ageBand: ageBandOf(years),
    judgement: result.judgement === undefined ? undefined : {
      applied: result.judgement.applied,
      inPart: result.judgement.status === 'applied-in-part',
      direction: result.judgement.direction,
      notAppliedBecause: result.judgement.notAppliedBecause,
    },
    suggestedFactors: answers.suggestedFactors,
  };
}

/**
 * Whether a result's trend compares levels of the same ruleset: `trend.sameRuleset` true and no warning that
 * the previous result came from another ruleset or could not be verified. A trend without it is not trusted.
 */
function sameRulesetOf(result: ReportedResult, answers: ReportedAnswers): boolean {
  const otherRuleset = answers.warnings.some((code) => code === 'previous_from_other_ruleset' || code === 'previous_unverified');
  return result.trend?.sameRuleset === true && !otherRuleset;
}

function isBareResult(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'format' in value;
}
