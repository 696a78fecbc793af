import { assertNever } from '../../assert-never.js';
import type { Because, FiredRule } from '../../schema/result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ListedProtection, ProtectionReason } from '../protect/apply-protections.js';
import type { ScreeningFacts } from '../read/screening-facts.js';

/** What a protection rests on, as a fired rule's reason: the answer as recorded, the age, or the attribute. */
export function protectionBecause(compiled: CompiledRuleset, facts: ScreeningFacts, reason: ProtectionReason): Because {
  switch (reason.kind) {
    case 'answer': {
      const answer = facts.answers[reason.position];
      const indicator = compiled.indicators[reason.position]?.id ?? '';
      const windows = answer?.windows;
      return windows === undefined
        ? { kind: 'answer', indicator, answer: answer?.value ?? 'unknown' }
        : { kind: 'answer', indicator, answer: answer?.value ?? 'unknown', windows: [...windows] };
    }
    case 'age': return { kind: 'age', years: reason.years };
    case 'attribute': return { kind: 'attribute', attribute: reason.attribute, value: reason.value };
    default: return assertNever(reason);
  }
}

/** A protection's effect as a fired rule's: a floor or level at the level it gives, or actions only. */
export function protectionEffect(compiled: CompiledRuleset, protection: ListedProtection): FiredRule['effect'] {
  const level = compiled.levels[protection.rank]?.id ?? '';
  switch (protection.effect) {
    case 'floor': return { kind: 'floor', level };
    case 'level': return { kind: 'level', level };
    case 'actions': return { kind: 'actions' };
    default: return assertNever(protection.effect);
  }
}
