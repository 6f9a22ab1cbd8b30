/**
 * How tall a chart is drawn, without drawing it: the body from its type's layout, plus the frame in a file. Gives
 * the gallery's images and the embed's iframe their height up front, so nothing jumps as it loads.
 */
import { barLayout } from './bar/barLayout.ts';
import { groupedBarLayout } from './grouped-bar/groupedBarLayout.ts';
import { stackedBarLayout } from './stacked-bar/stackedBarLayout.ts';
import { timelineLayout } from './timeline/timelineLayout.ts';
import { CHART_WIDTH, frameLayout } from './layout.ts';
import { fileFooter, fileSubtitle } from './meta.ts';
import { toBarData, toGroupedData, toStackedInput, toTimelineInput } from './series.ts';
import type { ChartModel } from './model.ts';

/** Height of the chart's body (no frame), in viewBox pixels. */
export function bodyHeight(chart: ChartModel): number {
  switch (chart.type) {
    case 'bar':
      return barLayout(toBarData(chart), chart.unit).height;
    case 'grouped-bar':
      return groupedBarLayout(toGroupedData(chart), chart.unit).height;
    case 'stacked-bar': {
      const s = toStackedInput(chart);
      return stackedBarLayout(s.total, s.parts, s.remainder, chart.unit).height;
    }
    case 'timeline': {
      const t = toTimelineInput(chart);
      return timelineLayout(t.spans, t.points).height;
    }
  }
}

/** Height of the standalone SVG (body and frame), as `ChartSvg` draws it. */
export function fileHeight(chart: ChartModel, permalink: string): number {
  const frame = frameLayout(chart.title, chart.finding, fileFooter(chart, permalink), CHART_WIDTH, fileSubtitle(chart));
  return Math.ceil(frame.top + bodyHeight(chart) + frame.bottom);
}
