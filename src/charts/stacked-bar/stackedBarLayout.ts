/**
 * A part-of-whole bar: one horizontal bar as long as the whole, split into its parts in printed order, with what the
 * parts leave unaccounted drawn hatched as `其他（未列明）`. Each part is numbered inside the bar (when it is wide
 * enough) and listed below with its value and share, so the parts can be told apart without colour.
 */
import { cumsum } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, LINE, SIDE, TYPE, type Tick } from '../layout.ts';
import { formatShare } from '../../core/numbers.ts';
import { tickFormatter, unitCaption } from '../format.ts';
import { textWidth, wrapText } from '../text.ts';

/** A part of the whole. */
export interface StackedPart {
  /** Stable key (the metric id, or `rest`). */
  key: string;
  /** What the part is. */
  label: string;
  /** Value in the chart's unit. */
  value: number;
  /** The value as printed. */
  valueLabel: string;
  /** Text for the part's tooltip. */
  tooltip: string;
}

/** A part, placed. */
export interface StackedSegment extends StackedPart {
  /** 1-based number of the part, printed in the bar and the list. */
  number: number;
  /** Colour slot (0…), or -1 for the unlisted remainder. */
  slot: number;
  /** Left edge. */
  x: number;
  /** Width. */
  width: number;
  /** Share of the whole, printed (`43.9%`). */
  share: string;
  /** Whether the number fits inside the segment. */
  numberInside: boolean;
}

/** One line of the list under the bar. */
export interface StackedListItem {
  /** The segment it explains. */
  segment: StackedSegment;
  /** Lines of text: `已开工的项目 25个（43.9%）`. */
  lines: string[];
  /** Baseline of the first line. */
  y: number;
}

/** A stacked bar, laid out. */
export interface StackedLayout {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** The heading over the bar: `推进重点项目：共57个`. */
  heading: string[];
  /** Baseline of the heading's first line. */
  headingY: number;
  /** Top of the bar. */
  barY: number;
  /** Height of the bar. */
  barHeight: number;
  /** Domain of the axis: 0 to the whole. */
  domain: [number, number];
  /** Axis ticks. */
  ticks: Tick[];
  /** The axis line. */
  axisY: number;
  /** `单位：亿元`, or empty. */
  caption: string;
  /** Segments left to right. */
  segments: StackedSegment[];
  /** The list explaining the segments. */
  list: StackedListItem[];
}

/** Height of the bar. */
export const STACK_HEIGHT = 40;
/** Label of the part the figures leave unaccounted. */
export const REST_LABEL = '其他（未列明）';

/** Lays out the whole and its parts; `remainder` (≥ 0) is drawn after the parts. */
export function stackedBarLayout(
  total: { label: string; value: number; valueLabel: string },
  parts: readonly StackedPart[],
  remainder: { value: number; valueLabel: string },
  unit: string,
  width = CHART_WIDTH,
): StackedLayout {
  const all: StackedPart[] = [...parts];
  if (remainder.value > 0)
    all.push({ key: 'rest', label: REST_LABEL, value: remainder.value, valueLabel: remainder.valueLabel, tooltip: `${REST_LABEL}：${remainder.valueLabel}` });
  const whole = Math.max(
    total.value,
    all.reduce((s, p) => s + p.value, 0),
  );
  // The bar spans exactly the whole, not a rounded axis, so its right end reads as the total.
  const scale = scaleLinear()
    .domain([0, whole || 1])
    .range([SIDE, width - SIDE]);
  const rawTicks = scale.ticks(5);
  const tickLabel = tickFormatter(rawTicks.length > 1 ? rawTicks[1]! - rawTicks[0]! : 1, unit);
  const ticks: Tick[] = rawTicks.map((value) => ({ value, x: scale(value), label: tickLabel(value) }));
  const ends = Array.from(cumsum(all, (p) => p.value));
  const caption = unitCaption(unit === '%' ? '' : unit);
  const headingY = (caption ? 30 : 8) + TYPE.label;
  const heading = wrapText(`${total.label}：共${total.valueLabel}`, width - 2 * SIDE, TYPE.label + 1, 2);
  const barY = headingY + (heading.length - 1) * LINE + 12;
  const segments = all.map((p, i): StackedSegment => {
    const x = scale(ends[i]! - p.value);
    const w = scale(ends[i]!) - x;
    const number = i + 1;
    return {
      ...p,
      number,
      slot: p.key === 'rest' ? -1 : i,
      x,
      width: w,
      share: formatShare(p.value, whole),
      numberInside: w >= textWidth(String(number), TYPE.value) + 10,
    };
  });
  const axisY = barY + STACK_HEIGHT + 8;
  let y = axisY + 40;
  const list = segments.map((segment) => {
    const lines = wrapText(`${segment.label}  ${segment.valueLabel}（${segment.share}）`, width - 2 * SIDE - 34, TYPE.label, 2);
    const item = { segment, lines, y: y + TYPE.label };
    y += lines.length * LINE + 8;
    return item;
  });
  return { width, height: y + 6, heading, headingY, barY, barHeight: STACK_HEIGHT, domain: [0, whole], ticks, axisY, caption, segments, list };
}
