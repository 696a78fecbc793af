import type { Answer } from '../../schema/answer.js';
import type { NormalizedAnswer } from './screening-facts.js';

/** The engine's form of each bare answer code, made once: read only, so every screening may share them. */
const BARE_CODES = new Map<string, NormalizedAnswer>();

/** An answer of valid shape in the engine's form: its code or score, its distinct windows, its evidence. */
export function normalizeAnswer(answer: Answer): NormalizedAnswer {
  if (typeof answer === 'string') {
    const known = BARE_CODES.get(answer);
    if (known !== undefined) return known;
    const made: NormalizedAnswer = Object.freeze({ value: answer, code: answer, score: undefined, windows: undefined, evidence: undefined });
    BARE_CODES.set(answer, made);
    return made;
  }
  if (typeof answer === 'number') return { value: answer, code: undefined, score: answer, windows: undefined, evidence: undefined };
  const { value, window } = answer;
  return {
    value,
    code: typeof value === 'string' ? value : undefined,
    score: typeof value === 'number' ? value : undefined,
    windows: window === undefined ? undefined : typeof window === 'string' ? [window] : distinct(window),
    evidence: answer.evidence,
  };
}

/**
 * The windows without repeats, in order: a short list is compared pairwise, without building a set. A list
 * without repeats is kept as it is (the checked answer's own copy: facts are read only, and results copy it).
 */
function distinct(windows: readonly string[]): readonly string[] {
  for (let i = 1; i < windows.length; i++) {
    for (let j = 0; j < i; j++) if (windows[i] === windows[j]) return [...new Set(windows)];
  }
  return windows;
}
