import { BarChart, GraphChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GraphChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Draws a chart with Apache ECharts in server-side mode and returns its SVG: no browser, no canvas,
 * no animation, no scripts. The chart is disposed at once, so nothing keeps the process alive.
 */
export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'system-ui, sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
