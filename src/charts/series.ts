/**
 * From a chart model to what each layout takes: bars, grouped bars, a whole and its parts, spans and points. Values
 * beside the bars are the figures as printed (`1000个以上`, `2370万元`): the bar's length is the normalised value,
 * its label the newspaper's words.
 */
import type { ChartModel, ChartPoint } from './model.ts';
import type { BarDatum } from './bar/barLayout.ts';
import type { GroupedDatum } from './grouped-bar/groupedBarLayout.ts';
import type { StackedPart } from './stacked-bar/stackedBarLayout.ts';
import type { PointDatum, SpanDatum } from './timeline/timelineLayout.ts';
import { formatValue } from '../core/numbers.ts';

/** When and where a figure applies, for tooltips and tables: `2023年一季度`. */
export function whenOf(point: ChartPoint): string {
  return `${point.figure.year === null ? '' : `${point.figure.year}年`}${point.figure.period ?? ''}`;
}

/** A point's tooltip: label, printed value, when, whether a target, and the story. */
export function tooltipOf(point: ChartPoint, chart: ChartModel): string {
  const when = whenOf(point);
  const story = chart.articles.find((a) => a.slug === point.figure.article);
  const flags = [when, point.figure.target ? '目标' : ''].filter(Boolean).join('，');
  return `${point.label}：${point.figure.text}${flags ? `（${flags}）` : ''}${story ? `——《${story.title}》` : ''}`;
}

/** Bars of a bar chart, in the chart's order. */
export function toBarData(chart: ChartModel): BarDatum[] {
  return chart.points.map((p) => ({
    key: p.metric,
    label: p.label,
    value: p.value,
    valueLabel: p.figure.text,
    target: p.figure.target,
    tooltip: tooltipOf(p, chart),
  }));
}

/** Bars of a grouped chart; a figure without a series goes in `目标` or `实际` by its target flag. */
export function toGroupedData(chart: ChartModel): GroupedDatum[] {
  return chart.points.map((p) => ({
    key: p.metric,
    label: p.label,
    series: p.series ?? (p.figure.target ? '目标' : '实际'),
    value: p.value,
    valueLabel: p.figure.text,
    target: p.figure.target,
    tooltip: tooltipOf(p, chart),
  }));
}

/** The whole, the parts and the remainder of a stacked bar. */
export function toStackedInput(chart: ChartModel): {
  total: { label: string; value: number; valueLabel: string };
  parts: StackedPart[];
  remainder: { value: number; valueLabel: string };
} {
  const total = chart.total;
  return {
    total: total ? { label: total.label, value: total.value, valueLabel: total.figure.text } : { label: chart.title, value: 0, valueLabel: '' },
    parts: chart.points.map((p) => ({ key: p.metric, label: p.label, value: p.value, valueLabel: p.figure.text, tooltip: tooltipOf(p, chart) })),
    remainder: { value: chart.remainder, valueLabel: formatValue(chart.remainder, chart.unit) },
  };
}

/** Programmes and figures of a timeline; figures without a year cannot be placed and are left to the table. */
export function toTimelineInput(chart: ChartModel): { spans: SpanDatum[]; points: PointDatum[] } {
  return {
    spans: chart.spans.map((s) => ({ key: s.initiative, label: s.label, start: s.start, end: s.end })),
    points: chart.points
      .filter((p) => p.figure.year !== null)
      .map((p) => ({ key: p.metric, year: p.figure.year!, value: p.value, valueLabel: p.figure.text, target: p.figure.target, tooltip: tooltipOf(p, chart) })),
  };
}
