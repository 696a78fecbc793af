import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { maxScore } from './score-range.js';

/**
 * Bands must cover every reachable score, from 0 to the highest, exactly once, in ascending order,
 * and a higher band may never mean a lower level (a higher score must never lower the level).
 */
export function checkBands(ruleset: Ruleset, levelRank: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  ruleset.scores.forEach((score, s) => {
    if (score.bands.length === 0) return;
    const highest = maxScore(score, ruleset.indicators);
    let expectedMin = 0;
    let previousRank = 0;
    score.bands.forEach((band, b) => {
      const path = ['scores', s, 'bands', b];
      const rank = levelRank.get(band.level) ?? 0;
      if (rank < previousRank) issues.push({ code: 'band_level_descends', path: [...path, 'level'], message: 'is a lower level than the band before it: a higher score must never lower the level' });
      previousRank = Math.max(previousRank, rank);
      if (band.max !== undefined && band.max < band.min) {
        issues.push({ code: 'invalid_range', path, message: 'has max below min' });
        return;
      }
      if (band.min > expectedMin) {
        issues.push({ code: 'band_gap', path: [...path, 'min'], message: `leaves scores ${expectedMin} to ${band.min - 1} without a band` });
      } else if (band.min < expectedMin) {
        issues.push({ code: 'band_overlap', path: [...path, 'min'], message: `overlaps the band before it (scores from ${band.min} to ${expectedMin - 1})` });
      }
      if (band.min > highest) {
        issues.push({ code: 'band_range', path: [...path, 'min'], message: `starts above the highest reachable score, ${highest}` });
      }
      if (band.max === undefined && b !== score.bands.length - 1) {
        issues.push({ code: 'band_overlap', path: [...path, 'max'], message: 'is open-ended but is not the last band' });
      }
      expectedMin = band.max === undefined ? Number.POSITIVE_INFINITY : Math.max(expectedMin, band.max + 1);
    });
    if (expectedMin <= highest) {
      issues.push({ code: 'band_gap', path: ['scores', s, 'bands'], message: `leaves scores from ${expectedMin} to ${highest} without a band` });
    }
  });
  return issues;
}
