import type { EChartsCoreOption } from 'echarts/core';
import type { Count } from '../../../schema/caseload-summary.js';

/** One bar: its category's name, its count (a suppressed count is drawn as 0 height with its `<N` label) and colour. */
export interface Bar { readonly name: string; readonly count: Count; readonly colour: string }

/** The width of every chart of the report, in pixels. */
export const CHART_WIDTH = 640;

const GRID = { left: 50, right: 40, top: 20 };
const FONT_SIZE = 11;
const MIN_FONT_SIZE = 8;
const LINE_HEIGHT = 14;
/** Pixels kept free between two neighbouring labels. */
const LABEL_GAP = 8;
/** A generous estimate of a sans-serif glyph's mean width, as a share of the font size. */
const GLYPH_WIDTH = 0.62;

/**
 * The ECharts option of a bar chart, with its size. Bars are vertical (categories along the bottom) or
 * horizontal (categories down the left, for long indicator ids). The category labels of a vertical chart
 * each get an equal share of the plot's width less a gap, and wrap at spaces within it (smaller type when
 * a single word would not fit), and the bottom margin grows to hold the lines: so long level labels, such
 * as "Medium risk: signs of targeting or grooming", never run into each other.
 */
export function barChartOption(data: readonly Bar[], horizontal: boolean): { readonly option: EChartsCoreOption; readonly width: number; readonly height: number } {
  const names = data.map((bar) => bar.name);
  const ordered = horizontal ? [...data].reverse() : data;
  const series = [{
    type: 'bar',
    data: ordered.map((bar) => ({
      value: typeof bar.count === 'number' ? bar.count : 0,
      itemStyle: { color: bar.colour },
      label: { show: true, position: horizontal ? 'right' : 'top', formatter: String(bar.count) },
    })),
  }];
  const value = { type: 'value', minInterval: 1 };
  if (horizontal) {
    const category = { type: 'category', data: [...names].reverse(), axisLabel: { interval: 0, fontSize: FONT_SIZE } };
    const option = { grid: { left: 230, right: GRID.right, top: GRID.top, bottom: 40 }, xAxis: value, yAxis: category, series };
    return { option, width: CHART_WIDTH, height: Math.max(160, 40 + data.length * 26) };
  }
  const width = Math.floor((CHART_WIDTH - GRID.left - GRID.right) / Math.max(1, data.length)) - LABEL_GAP;
  const longestWord = Math.max(1, ...names.flatMap((name) => name.split(' ').map((word) => word.length)));
  const fontSize = Math.max(MIN_FONT_SIZE, Math.min(FONT_SIZE, Math.floor(width / (longestWord * GLYPH_WIDTH))));
  // A word wider than the label even in the smallest type is broken inside it rather than let run over.
  const overflow = longestWord * fontSize * GLYPH_WIDTH <= width ? 'break' : 'breakAll';
  const lines = Math.max(1, ...names.map((name) => wrappedLines(name, width, fontSize)));
  const bottom = lines * LINE_HEIGHT + 8 + 12;
  const category = { type: 'category', data: names, axisLabel: { interval: 0, fontSize, lineHeight: LINE_HEIGHT, width, overflow } };
  const option = { grid: { ...GRID, bottom }, xAxis: category, yAxis: value, series };
  return { option, width: CHART_WIDTH, height: 240 + bottom };
}

/** How many lines a label wraps to at a width, breaking at spaces, by the glyph estimate. */
function wrappedLines(text: string, width: number, fontSize: number): number {
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length * fontSize * GLYPH_WIDTH > width && line !== '') {
      lines++;
      line = word;
    } else line = next;
  }
  return lines;
}
