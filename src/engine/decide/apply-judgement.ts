import { assertNever } from '../../assert-never.js';
import type { Issue } from '../../schema/issue.js';
import type { Judgement } from '../../schema/judgement.js';
import type { JudgementOutcome } from '../../schema/result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';

/** The final level after a judgement, what to report of the judgement, and any warning. */
export interface JudgedLevel {
  readonly finalRank: number;
  readonly outcome: JudgementOutcome | undefined;
  readonly warning: Issue | undefined;
}

/** What the rules settled before the judgement. */
export interface RulesOutcome {
  readonly computedRank: number;
  /** The highest floor or override that fired. */
  readonly bindingRank: number;
  /** Whether any indicator is answered yes or possible (or scores above zero). */
  readonly concernRecorded: boolean;
}

type NotApplied = NonNullable<JudgementOutcome['notAppliedBecause']>;

/**
 * Applies a practitioner's judgement under protections no ruleset can switch off:
 * - a judgement that lowers the level needs a second person's agreement (`agreedBy`, in a role the
 *   ruleset accepts, and not named as the judgement's own author `by`); without it the computed level
 *   stands. A ruleset may ask agreement for raising too;
 * - it never goes below the highest floor or override that fired;
 * - it never makes the level the lowest ("no concern") while any indicator is answered yes or possible.
 * A judgement that is not applied, or only in part, is kept in the result with `applied: false`, the
 * reason, and a warning: the practitioner's work is never lost.
 */
export function applyJudgement(compiled: CompiledRuleset, rules: RulesOutcome, judgement: Judgement | undefined, includeFreeText: boolean): JudgedLevel {
  if (judgement === undefined) return { finalRank: rules.computedRank, outcome: undefined, warning: undefined };
  const { computedRank, bindingRank, concernRecorded } = rules;
  const judgedRank = compiled.index.levelRank.get(judgement.level) ?? computedRank;
  const policy = compiled.ruleset.policy.judgement;
  const needsAgreement = judgedRank < computedRank || (policy.agreementRequiredFor === 'any-change' && judgedRank > computedRank);
  // The second person must be another person: an agreement named as given by the judgement's own author is no agreement.
  const agreed = judgement.agreedBy !== undefined
    && (policy.agreementRoles.length === 0 || policy.agreementRoles.some((role) => role.id === judgement.agreedBy?.role))
    && !samePerson(judgement.by, judgement.agreedBy.name);
  const concernFloor = concernRecorded ? compiled.concernRank : 0;

  let finalRank = judgedRank;
  let notApplied: NotApplied | undefined;
  if (needsAgreement && !agreed) {
    finalRank = computedRank;
    notApplied = 'needs-agreement';
  } else if (judgedRank < bindingRank) {
    finalRank = Math.max(bindingRank, concernFloor);
    notApplied = 'below-floor';
  } else if (judgedRank < concernFloor) {
    finalRank = concernFloor;
    notApplied = 'contradicts-answers';
  }

  const level = compiled.levels[judgedRank] ?? compiled.levels[0];
  const agreedBy = judgement.agreedBy === undefined ? undefined : {
    role: judgement.agreedBy.role,
    ...(includeFreeText && judgement.agreedBy.name !== undefined ? { name: judgement.agreedBy.name } : {}),
  };
  // Applied in part: the level moved towards the judged level but stopped at a floor. Not applied: it did not move.
  const status = notApplied === undefined ? 'applied' : finalRank !== computedRank ? 'applied-in-part' : 'not-applied';
  const outcome: JudgementOutcome = {
    level: { ...(level as NonNullable<typeof level>) },
    applied: notApplied === undefined,
    status,
    direction: judgedRank > computedRank ? 'raised' : judgedRank < computedRank ? 'lowered' : 'same',
    ...(notApplied === undefined ? {} : { notAppliedBecause: notApplied }),
    ...(agreedBy === undefined ? {} : { agreedBy }),
    ...(includeFreeText ? { rationale: judgement.rationale } : {}),
    ...(includeFreeText && judgement.by !== undefined ? { by: judgement.by } : {}),
  };
  const agreement: Agreement = judgement.agreedBy === undefined ? 'none' : samePerson(judgement.by, judgement.agreedBy.name) ? 'own' : 'role';
  return { finalRank, outcome, warning: notApplied === undefined ? undefined : warningFor(compiled, notApplied, finalRank, status !== 'not-applied', agreement) };
}

/** Why a needed agreement was not accepted: none given, given by the judgement's own author, or in a role the ruleset does not accept. */
type Agreement = 'none' | 'own' | 'role';

/**
 * Whether the judgement's author and the agreeing person are named the same (letter case, spacing and
 * Unicode forms aside). Either name missing: not known to be the same person.
 */
function samePerson(by: string | undefined, agreedBy: string | undefined): boolean {
  if (by === undefined || agreedBy === undefined) return false;
  const canonical = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');
  return canonical(by) !== '' && canonical(by) === canonical(agreedBy);
}

function warningFor(compiled: CompiledRuleset, reason: NotApplied, finalRank: number, moved: boolean, agreement: Agreement): Issue {
  const reached = compiled.levels[finalRank]?.label ?? '';
  // A judgement stopped at a floor moved the level as far as the floor: it says so, never that the level stayed.
  const outcome = moved
    ? `the level was moved only as far as ${reached} and the judgement is recorded as applied in part`
    : `the level stays at ${reached} and the judgement is recorded as not applied`;
  switch (reason) {
    case 'needs-agreement':
      // Without the agreement the level did not move: the outcome says it stays.
      return {
        code: 'judgement_needs_agreement', path: agreement === 'none' ? ['judgement', 'level'] : agreement === 'own' ? ['judgement', 'agreedBy', 'name'] : ['judgement', 'agreedBy'],
        message: `${agreement === 'none'
          ? 'changes the level in a way that needs a second person\'s agreement (agreedBy), which is not given'
          : agreement === 'own'
            ? 'is the person who made the judgement (by): agreement must come from a second person'
            : 'names a role whose agreement this ruleset does not accept'}; ${outcome}`,
      };
    case 'below-floor':
      return {
        code: 'judgement_below_floor', path: ['judgement', 'level'],
        message: `is below the floor set by the rules or a protection; ${outcome}`,
      };
    case 'contradicts-answers':
      return {
        code: 'judgement_contradicts_answers', path: ['judgement', 'level'],
        message: `would say there is no concern while an indicator is answered yes or possible; ${outcome}`,
      };
    default:
      return assertNever(reason);
  }
}
