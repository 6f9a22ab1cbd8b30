/**
 * Grouped horizontal bars: figures in two or more series (a year's results, the next year's targets) on one axis.
 * When a subject appears in several series its bars sit together under one label (`pairs`); when every subject
 * appears once the series are blocks, each under its own heading (`blocks`). Numbers only, no DOM.
 */
import { CHART_WIDTH, LINE, SIDE, TYPE, rowsAxis, type RowsLayout } from '../layout.ts';
import { textWidth, wrapText } from '../text.ts';

/** One bar to draw. */
export interface GroupedDatum {
  /** Stable key (the metric id). */
  key: string;
  /** What the bar measures. */
  label: string;
  /** Series the bar belongs to. */
  series: string;
  /** Value in the chart's unit. */
  value: number;
  /** The value as printed. */
  valueLabel: string;
  /** Drawn hatched: a target or plan. */
  target: boolean;
  /** Text for the bar's tooltip. */
  tooltip: string;
}

/** A bar, placed. */
export interface GroupedBar extends GroupedDatum {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  width: number;
  /** Height. */
  height: number;
  /** Label printed beside the bar: the value, and the series in `pairs` mode. */
  text: string;
  /** x of that label. */
  textX: number;
  /** Baseline of that label. */
  textY: number;
  /** Anchor of that label. */
  textAnchor: 'start' | 'end';
}

/** A heading over bars: a subject (`pairs`) or a series (`blocks`). */
export interface GroupHeading {
  /** Lines of the heading. */
  lines: string[];
  /** Baseline of the first line. */
  y: number;
  /** Series headings are bold; subject labels are not. */
  bold: boolean;
}

/** One legend entry. */
export interface LegendItem {
  /** Series name. */
  series: string;
  /** Whether its bars are hatched (targets). */
  target: boolean;
  /** Left of the swatch. */
  x: number;
  /** Top of the swatch. */
  y: number;
}

/** A grouped bar chart, laid out. */
export interface GroupedLayout extends RowsLayout {
  /** `pairs` or `blocks`, see the module comment. */
  mode: 'pairs' | 'blocks';
  /** Series in order. */
  series: string[];
  /** Legend entries, on one line under the caption. */
  legend: LegendItem[];
  /** Headings. */
  headings: GroupHeading[];
  /** Bars. */
  bars: GroupedBar[];
}

/** Height of a bar. */
export const GROUPED_BAR_HEIGHT = 18;
/** Gap between bars of one group. */
export const INNER_GAP = 4;
/** Gap after a group. */
export const GROUP_GAP = 14;

/** Lays out `data` (in the order given; series in order of first appearance). */
export function groupedBarLayout(data: readonly GroupedDatum[], unit: string, width = CHART_WIDTH): GroupedLayout {
  const series = [...new Set(data.map((d) => d.series))];
  const labels = [...new Set(data.map((d) => d.label))];
  const mode = labels.some((label) => new Set(data.filter((d) => d.label === label).map((d) => d.series)).size > 1) ? 'pairs' : 'blocks';
  const textOf = (d: GroupedDatum) => (mode === 'pairs' ? `${d.valueLabel} · ${d.series}` : d.valueLabel);
  const { axis, caption } = rowsAxis(data, textOf, unit, width);
  let legendY = caption ? 26 : 8;
  let legendX = SIDE;
  const legend = series.map((s) => {
    const itemWidth = 22 + textWidth(s, TYPE.note);
    // A legend wider than the chart continues on the next line.
    if (legendX > SIDE && legendX + itemWidth > width - SIDE) {
      legendX = SIDE;
      legendY += 20;
    }
    const item = { series: s, target: data.some((d) => d.series === s && d.target), x: legendX, y: legendY };
    legendX += itemWidth + 20;
    return item;
  });
  const top = legendY + 26;
  let y = top;
  const headings: GroupHeading[] = [];
  const bars: GroupedBar[] = [];
  const place = (d: GroupedDatum) => {
    const x0 = axis.scale(Math.min(0, d.value));
    const x1 = axis.scale(Math.max(0, d.value));
    const negative = d.value < 0;
    bars.push({
      ...d,
      x: x0,
      y,
      width: x1 - x0,
      height: GROUPED_BAR_HEIGHT,
      text: textOf(d),
      textX: negative ? x0 - 6 : x1 + 6,
      textY: y + GROUPED_BAR_HEIGHT / 2 + TYPE.value * 0.36,
      textAnchor: negative ? 'end' : 'start',
    });
    y += GROUPED_BAR_HEIGHT + INNER_GAP;
  };
  const heading = (text: string, bold: boolean) => {
    const lines = wrapText(text, width - 2 * SIDE, TYPE.label, 2);
    headings.push({ lines, y: y + TYPE.label, bold });
    y += lines.length * LINE + 4;
  };
  if (mode === 'pairs') {
    for (const label of labels) {
      heading(label, false);
      for (const s of series) for (const d of data.filter((x) => x.label === label && x.series === s)) place(d);
      y += GROUP_GAP - INNER_GAP;
    }
  } else {
    for (const s of series) {
      heading(s, true);
      for (const d of data.filter((x) => x.series === s)) {
        const lines = wrapText(d.label, width - 2 * SIDE, TYPE.label, 2);
        headings.push({ lines, y: y + TYPE.label, bold: false });
        y += lines.length * LINE + 4;
        place(d);
        y += GROUP_GAP - INNER_GAP - 4;
      }
      y += 8;
    }
  }
  const bottom = y - GROUP_GAP + 8;
  return { mode, width, height: bottom + 26, series, domain: axis.domain, ticks: axis.ticks, zeroX: axis.zeroX, top, bottom, caption, legend, headings, bars };
}
