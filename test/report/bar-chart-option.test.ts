import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { barChartOption, CHART_WIDTH, type Bar } from '../../src/node/report/charts/bar-chart-option.js';

/** What the option gives a vertical chart's category labels: the width each may take and whether it wraps. */
interface Labels { readonly width: number; readonly overflow: string; readonly fontSize: number; readonly lineHeight: number }

const levels = (JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as { levels: { label: string }[] }).levels;
const byLevel: Bar[] = levels.map((level) => ({ name: level.label, count: 3, colour: '#000000' }));

/** The width of a text in pixels, generously estimated for a sans-serif font: no glyph is wider than 0.62 of the size on average. */
const estimate = (text: string, fontSize: number): number => text.length * fontSize * 0.62;

describe('barChartOption: the category labels of a vertical bar chart cannot overlap', () => {
  test.each([
    ['the default ruleset\'s levels', byLevel],
    ['eight long labels', Array.from({ length: 8 }, (_, i): Bar => ({ name: `A long level label number ${i} with several words`, count: i, colour: '#000000' }))],
    ['two short labels', [{ name: 'yes', count: 1, colour: '#000000' }, { name: 'no', count: '<5', colour: '#000000' }] as Bar[]],
  ])('%s: each label keeps within its own share of the plot width, and wraps within it', (_, bars) => {
    const { option, height } = barChartOption(bars, false);
    const grid = option['grid'] as { left: number; right: number; bottom: number };
    const labels = (option['xAxis'] as { axisLabel: Labels }).axisLabel;
    const share = (CHART_WIDTH - grid.left - grid.right) / bars.length;
    // The width budget per label: the labels side by side take no more than the plot, with a gap between them.
    expect(labels.width * bars.length).toBeLessThanOrEqual(CHART_WIDTH - grid.left - grid.right);
    expect(labels.width).toBeLessThan(share);
    expect(labels.overflow).toBe('break');
    // Every word fits its label's width, so wrapping at spaces never runs into the next label.
    for (const bar of bars) for (const word of bar.name.split(' ')) expect(estimate(word, labels.fontSize)).toBeLessThanOrEqual(labels.width);
    // The wrapped lines fit under the axis: the bottom margin holds the most lines any label needs.
    const lines = Math.max(...bars.map((bar) => wrappedLines(bar.name, labels.width, labels.fontSize)));
    expect(grid.bottom).toBeGreaterThanOrEqual(lines * labels.lineHeight + 8);
    expect(height).toBeGreaterThan(grid.bottom);
  });
});

/** How many lines a label wraps to at a width, breaking at spaces, with the estimate above. */
function wrappedLines(text: string, width: number, fontSize: number): number {
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (estimate(next, fontSize) > width && line !== '') {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}
