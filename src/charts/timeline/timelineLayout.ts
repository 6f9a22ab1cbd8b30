/**
 * A timeline on a year axis: programmes as bars spanning their years (a three-year plan above its yearly phases),
 * and figures as points by year joined by a line, each labelled with its value. Numbers and path strings, no DOM.
 */
import { range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART_WIDTH, LINE, SIDE, TYPE } from '../layout.ts';
import { wrapText } from '../text.ts';

/** A programme with its years. */
export interface SpanDatum {
  /** Stable key (the initiative slug). */
  key: string;
  /** Name. */
  label: string;
  /** First year. */
  start: number;
  /** Last year. */
  end: number;
}

/** A figure for one year. */
export interface PointDatum {
  /** Stable key (the metric id). */
  key: string;
  /** Year. */
  year: number;
  /** Value in the chart's unit. */
  value: number;
  /** The value as printed. */
  valueLabel: string;
  /** A target for that year rather than a result. */
  target: boolean;
  /** Tooltip text. */
  tooltip: string;
}

/** A span, placed. */
export interface SpanGeometry extends SpanDatum {
  /** Label lines (`筑基赋能年 2023年`). */
  lines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  /** x of the label. */
  labelX: number;
  /** Bar left. */
  x: number;
  /** Bar top. */
  y: number;
  /** Bar width. */
  width: number;
  /** Bar height. */
  height: number;
}

/** A point, placed. */
export interface PointGeometry extends PointDatum {
  /** Centre x. */
  cx: number;
  /** Centre y. */
  cy: number;
  /** Baseline of the value label, above the point. */
  labelY: number;
}

/** A timeline, laid out. */
export interface TimelineLayout {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** First and last year shown. */
  years: [number, number];
  /** Year ticks: every year, or fewer on a long axis. */
  ticks: { year: number; x: number; label: string }[];
  /** y of the year axis line. */
  axisY: number;
  /** Programme bars. */
  spans: SpanGeometry[];
  /** Figure points. */
  points: PointGeometry[];
  /** The line through the points (SVG path data), empty with fewer than two. */
  path: string;
  /** Value domain of the points panel. */
  valueDomain: [number, number];
}

/** Height of a programme bar. */
export const SPAN_HEIGHT = 20;
/** Height of the panel of points. */
export const POINTS_PANEL = 150;

/** Lays out programmes and figures on one year axis. */
export function timelineLayout(spans: readonly SpanDatum[], points: readonly PointDatum[], width = CHART_WIDTH): TimelineLayout {
  const years = [...spans.flatMap((s) => [s.start, s.end]), ...points.map((p) => p.year)];
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Each year is a slot one unit wide, so a one-year phase is a bar as wide as its year.
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([SIDE, width - SIDE]);
  const every = Math.max(1, Math.ceil((last - first + 1) / 10));
  const ticks = range(first, last + 1, every).map((year) => ({ year, x: x(year), label: `${year}年` }));
  let y = 10;
  const placedSpans = spans.map((s): SpanGeometry => {
    const years = s.start === s.end ? `${s.start}年` : `${s.start}—${s.end}年`;
    const x0 = x(s.start - 0.5) + 2;
    const x1 = x(s.end + 0.5) - 2;
    const lines = wrapText(`${s.label}  ${years}`, width - 2 * SIDE, TYPE.label, 2);
    const labelX = Math.min(x0, width - SIDE - 120);
    const geometry = {
      ...s,
      lines,
      labelY: y + TYPE.label,
      labelX: Math.max(SIDE, labelX),
      x: x0,
      y: y + lines.length * LINE + 4,
      width: x1 - x0,
      height: SPAN_HEIGHT,
    };
    y = geometry.y + SPAN_HEIGHT + 14;
    return geometry;
  });
  const values = points.map((p) => p.value);
  const valueDomain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  const v = scaleLinear()
    .domain(valueDomain[0] === valueDomain[1] ? [0, 1] : valueDomain)
    .range([y + POINTS_PANEL, y + 30])
    .nice();
  const placedPoints = [...points]
    .sort((a, b) => a.year - b.year)
    .map((p): PointGeometry => ({ ...p, cx: x(p.year), cy: v(p.value), labelY: v(p.value) - 12 }));
  if (points.length > 0) y += POINTS_PANEL + 10;
  const path =
    placedPoints.length >= 2
      ? (line<PointGeometry>()
          .x((p) => p.cx)
          .y((p) => p.cy)(placedPoints) ?? '')
      : '';
  const axisY = y;
  return {
    width,
    height: axisY + 30,
    years: [first, last],
    ticks,
    axisY,
    spans: placedSpans,
    points: placedPoints,
    path,
    valueDomain: v.domain() as [number, number],
  };
}
