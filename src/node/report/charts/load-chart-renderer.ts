import type { EChartsCoreOption } from 'echarts/core';
import { succeed, type Safe } from '../../../issues/safe.js';
import { importOptional } from '../../import-optional.js';

/** Draws one chart as an SVG string of the given size. */
export type ChartRenderer = (option: EChartsCoreOption, width: number, height: number) => string;

/**
 * Loads Apache ECharts, an optional peer of this package needed only by `cse-screen report --out`, and
 * returns a renderer that draws in server-side mode: no browser, no canvas, no animation, no scripts. Each
 * chart is disposed at once, so nothing keeps the process alive. Without echarts: `missing_dependency`.
 */
export async function loadChartRenderer(): Promise<Safe<ChartRenderer>> {
  const loaded = await importOptional(async () => {
    const [charts, components, core, renderers] = await Promise.all([
      import('echarts/charts'), import('echarts/components'), import('echarts/core'), import('echarts/renderers'),
    ]);
    core.use([charts.BarChart, charts.GraphChart, components.GridComponent, components.LegendComponent, renderers.SVGRenderer]);
    return core;
  }, { name: 'echarts', neededFor: 'cse-screen report --out draws its charts', install: 'npm install echarts' });
  if (!loaded.success) return loaded;
  const { init } = loaded.data;
  return succeed((option, width, height) => {
    const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  });
}
