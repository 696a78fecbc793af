import type { RulesetFigures } from '../../../schema/caseload-summary.js';
import { barChartOption, type Bar } from './bar-chart-option.js';
import type { ChartRenderer } from './load-chart-renderer.js';

/** A chart of the report: an id for its figure, a title, and its SVG. */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

/** The bar charts of one ruleset's figures: children by level, by age band, frequent indicators, and movement. */
export function caseloadCharts(figures: RulesetFigures, idPrefix: string, render: ChartRenderer): Chart[] {
  return [
    {
      id: `${idPrefix}-by-level`,
      title: 'Children by level',
      svg: bars(figures.byLevel.map((entry) => ({ name: entry.label, count: entry.count, colour: entry.colour })), false, render),
    },
    {
      id: `${idPrefix}-by-age`,
      title: 'Children by age band',
      svg: bars(figures.byAgeBand.map((entry) => ({ name: entry.band, count: entry.count, colour: '#37474f' })), false, render),
    },
    {
      id: `${idPrefix}-present`,
      title: 'Most frequent indicators present',
      svg: bars(figures.present.map((entry) => ({ name: entry.indicator, count: entry.count, colour: '#6a1b9a' })), true, render),
    },
    {
      id: `${idPrefix}-possible`,
      title: 'Most frequent indicators possible',
      svg: bars(figures.possible.map((entry) => ({ name: entry.indicator, count: entry.count, colour: '#8e6c00' })), true, render),
    },
    {
      id: `${idPrefix}-movement`,
      title: 'Movement since the previous screening',
      svg: bars([
        { name: 'escalated', count: figures.movement.escalated, colour: '#c62828' },
        { name: 'de-escalated', count: figures.movement.deEscalated, colour: '#2e7d32' },
        { name: 'unchanged', count: figures.movement.unchanged, colour: '#546e7a' },
        { name: 'not compared', count: figures.movement.notCompared, colour: '#b0bec5' },
      ], false, render),
    },
  ];
}

function bars(data: readonly Bar[], horizontal: boolean, render: ChartRenderer): string {
  const { option, width, height } = barChartOption(data, horizontal);
  return render(option, width, height);
}
