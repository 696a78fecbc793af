import { CseError } from '../../issues/cse-error.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Issue } from '../../schema/issue.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { unwrap } from '../../issues/unwrap.js';
import type { Screener, ScreenResult } from './screener.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { decideScreening } from '../result/decide-screening.js';
import { idsOfScreening } from '../result/ids-of-screening.js';
import { readScreening, readWholeScreening } from '../read/read-screening.js';
import { readScreenOptions } from './read-screen-options.js';
import type { ScreenOptions } from '../result/score-screening.js';
import type { Result } from '../../schema/result.js';
import type { ReadScreening } from '../read/read-screening.js';
import type { Screening } from '../../schema/screening.js';

/** What writes a full result (scoreScreening): given to a screener that has the ruleset's texts. */
export type FullScorer = (compiled: CompiledRuleset, read: ReadScreening, options: ScreenOptions) => Result;

/**
 * The screener over an engine-ready ruleset, writing full results with `full`. Without it (a precompiled core
 * without its texts) the screener gives decision and ids results only (a full result is refused with
 * `texts_not_loaded`), its `ruleset` throws a CseError rather than hand out a ruleset of blank texts, and
 * the code that writes full results is not imported, so an app that screens for the decision does not carry it.
 * `Answers` only types what `screen` takes: the screener reads every input as unknown.
 */
export function createScreenerWith<Answers = unknown>(compiled: CompiledRuleset, full: FullScorer | undefined): Screener<Answers> {
  const textsApart = full === undefined;
  const safeScreen = <O extends ScreenOptions>(screening: unknown, given?: O): Safe<ScreenResult<O>> => {
    const checked = readScreenOptions(given);
    if (!checked.success) return checked;
    const options = checked.data;
    const detail = options.detail ?? 'full';
    // Without its texts a full result would show blank labels and steps: refused, never written.
    if (textsApart && detail === 'full') return fail([TEXTS_NOT_LOADED_FOR_DETAIL]);
    const read = readScreening(screening, compiled);
    if (!read.success) return read;
    // The result's type follows the options' type: ScreenResult<O> states that correspondence.
    // The decision and the ids result are written straight from the settled screening, without the full result they would project.
    if (detail === 'decision') return succeed(decideScreening(compiled, read.data) as ScreenResult<O>);
    if (detail === 'ids') return succeed(idsOfScreening(compiled, read.data, options) as ScreenResult<O>);
    // textsApart returned above: full is given here.
    return full === undefined ? fail([TEXTS_NOT_LOADED_FOR_DETAIL]) : succeed(full(compiled, read.data, options) as ScreenResult<O>);
  };
  const screener = {
    get ruleset(): Ruleset {
      // The core's ruleset has every prose string blank: nothing may render or explain from it.
      if (textsApart) throw new CseError([TEXTS_NOT_LOADED_FOR_RULESET]);
      return compiled.ruleset;
    },
    stamp: compiled.stamp,
    safeScreen,
    screen: <O extends ScreenOptions>(screening: unknown, options?: O): ScreenResult<O> => unwrap(safeScreen(screening, options)),
    safeParseScreening: (screening: unknown): Safe<Screening> => readWholeScreening(screening, compiled),
  };
  return Object.freeze(screener);
}

const TEXTS_NOT_LOADED_FOR_DETAIL: Issue = {
  code: 'texts_not_loaded', path: ['options', 'detail'],
  message: 'a full result needs the ruleset\'s texts: compile the core with its texts (compilePrecompiled(core, texts)), or ask for detail "decision" or "ids"',
};
const TEXTS_NOT_LOADED_FOR_RULESET: Issue = {
  code: 'texts_not_loaded', path: ['ruleset'],
  message: 'is not available from a screener compiled without the ruleset\'s texts: compile the core with its texts (compilePrecompiled(core, texts))',
};
