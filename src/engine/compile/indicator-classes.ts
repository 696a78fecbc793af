import type { CompiledCondition, CompiledRuleset } from './compiled-ruleset.js';

/**
 * Groups the indicator positions that the ruleset reads in exactly the same way: the same answer
 * conditions, the same counts (by what they select and how they match), the same score terms, the same kind, scale, windows and top score, and the same unknown-answer
 * policy. Two indicators of one group give the same level and steps when either alone is answered
 * the same way, so a proof over single indicators (or pairs) needs one member of each group. Groups
 * are listed in the order of their first member.
 */
export function indicatorClasses(compiled: CompiledRuleset): number[][] {
  const readers: string[][] = compiled.indicators.map(() => []);
  // Counts that select the same items with the same match read them alike, whatever their node.
  const selections = new Map<readonly number[], number>();
  const seen = new Set<string>();
  const visit = (condition: CompiledCondition): void => {
    switch (condition.kind) {
      case 'all': case 'any': case 'at-least': for (const inner of condition.of) visit(inner); return;
      case 'not': visit(condition.condition); return;
      case 'answer': readers[condition.position]?.push(`c${condition.slot}`); return;
      case 'count': {
        const selection = selections.get(condition.positions) ?? selections.size;
        selections.set(condition.positions, selection);
        const key = `t${selection}:${condition.match.key}`;
        if (seen.has(key)) return;
        seen.add(key);
        for (const position of condition.positions) readers[position]?.push(key);
        return;
      }
      default: return;
    }
  };
  for (const rule of compiled.rules) visit(rule.when);
  compiled.scores.forEach((score, s) => {
    score.terms.forEach((term, t) => {
      if (term.kind === 'attribute') return;
      term.positions.forEach((position, i) => {
        const top = term.kind === 'answers' ? term.maxWeights[i] : term.maxScores[i];
        readers[position]?.push(`s${s}.${t}:${String(top)}`);
      });
    });
  });
  const groups = new Map<string, number[]>();
  compiled.indicators.forEach((indicator, position) => {
    const scale = indicator.answer.kind === 'presence' ? `presence:${indicator.answer.windows.join(',')}` : `ordinal:${String(compiled.ordinalMax[position])}`;
    const signature = [indicator.kind, scale, compiled.unknownWatched[position] === true ? 'w' : '-', ...(readers[position] ?? [])].join('|');
    const group = groups.get(signature);
    if (group === undefined) groups.set(signature, [position]);
    else group.push(position);
  });
  return [...groups.values()];
}
