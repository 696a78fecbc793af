import type { EChartsCoreOption } from 'echarts/core';
import type { LinkGroup } from '../../../schema/caseload-summary.js';
import type { ChartRenderer } from './load-chart-renderer.js';

/** The most nodes a group's network is drawn with; a larger group is listed in its table only. */
export const MAX_NETWORK_NODES = 60;

const KIND_COLOUR: Record<string, string> = { person: '#c62828', vehicle: '#1565c0', place: '#6a1b9a', phone: '#00838f', 'online-account': '#ef6c00' };

/**
 * Draws a link group as a network with ECharts' graph series: children (circles, coloured by level)
 * on the top row and the references they share (squares, coloured by kind) on the bottom row, each
 * edge a shared reference. The layout is computed here, so the same group always draws the same.
 * Labels are the group's own (C1, V1, ...): never case refs, tokens or names.
 */
export function networkChart(group: LinkGroup, render: ChartRenderer): string | undefined {
  const nodes = group.children.length + group.references.length;
  if (nodes > MAX_NETWORK_NODES) return undefined;
  const columns = Math.max(group.children.length, group.references.length);
  const width = Math.max(320, columns * 70 + 80);
  const x = (i: number, n: number): number => ((i + 0.5) * (width - 80)) / n + 40;
  const data = [
    ...group.children.map((child, i) => ({
      name: child.label,
      x: x(i, group.children.length),
      y: 50,
      symbol: 'circle',
      symbolSize: 34,
      itemStyle: { color: child.level?.colour ?? '#9e9e9e' },
      label: { show: true, color: '#000', position: 'top' },
    })),
    ...group.references.map((reference, i) => ({
      name: reference.label,
      x: x(i, group.references.length),
      y: 170,
      symbol: 'rect',
      symbolSize: 26,
      itemStyle: { color: KIND_COLOUR[reference.kind] ?? '#616161' },
      label: { show: true, color: '#000', position: 'bottom' },
    })),
  ];
  const links = group.references.flatMap((reference) => reference.children.map((child) => ({ source: child, target: reference.label })));
  const option: EChartsCoreOption = {
    series: [{
      type: 'graph',
      layout: 'none',
      left: 50, top: 45, right: 50, bottom: 45,
      data,
      links,
      lineStyle: { color: '#455a64', width: 2, opacity: 0.8 },
    }],
  };
  return render(option, width, 230);
}
