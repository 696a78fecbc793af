import { succeed, type Safe } from '../../issues/safe.js';
import { unwrap } from '../../issues/unwrap.js';
import type { Screener, ScreenResult } from './screener.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { decideScreening } from '../result/decide-screening.js';
import { idsOfScreening } from '../result/ids-of-screening.js';
import { readScreening, readWholeScreening } from '../read/read-screening.js';
import { readScreenOptions } from './read-screen-options.js';
import { scoreScreening, type ScreenOptions } from '../result/score-screening.js';
import type { Screening } from '../../schema/screening.js';

/**
 * The screener over an engine-ready ruleset: compileRuleset builds one after parsing and proving the
 * ruleset, and the precompiled entry builds one without importing the ruleset parser, schema or checks.
 * `Answers` only types what `screen` takes: the screener reads every input as unknown.
 */
export function createScreener<Answers = unknown>(compiled: CompiledRuleset): Screener<Answers> {
  const safeScreen = <O extends ScreenOptions>(screening: unknown, given?: O): Safe<ScreenResult<O>> => {
    const checked = readScreenOptions(given);
    if (!checked.success) return checked;
    const options = checked.data;
    const read = readScreening(screening, compiled);
    if (!read.success) return read;
    const detail = options.detail ?? 'full';
    // The result's type follows the options' type: ScreenResult<O> states that correspondence.
    // The decision and the ids result are written straight from the settled screening, without the full result they would project.
    if (detail === 'decision') return succeed(decideScreening(compiled, read.data) as ScreenResult<O>);
    if (detail === 'ids') return succeed(idsOfScreening(compiled, read.data, options) as ScreenResult<O>);
    return succeed(scoreScreening(compiled, read.data, options) as ScreenResult<O>);
  };
  return Object.freeze({
    ruleset: compiled.ruleset,
    stamp: compiled.stamp,
    safeScreen,
    screen: <O extends ScreenOptions>(screening: unknown, options?: O): ScreenResult<O> => unwrap(safeScreen(screening, options)),
    safeParseScreening: (screening: unknown): Safe<Screening> => readWholeScreening(screening, compiled),
  });
}
