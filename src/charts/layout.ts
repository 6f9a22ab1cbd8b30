/**
 * Measures shared by every chart layout: the drawing width, type sizes, the horizontal value axis, and the frame
 * (title, finding, source line) the standalone SVG and PNG carry around the chart.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { tickFormatter, unitCaption } from './format.ts';
import { textWidth, wrapText } from './text.ts';

/** Width of every chart's viewBox; the SVG scales to its container from there. */
export const CHART_WIDTH = 640;
/** Width of the phone layout drawn beside the wide one on pages. */
export const NARROW_WIDTH = 360;
/** Screens up to this wide (CSS pixels) get the phone layout. */
export const NARROW_SCREEN = 560;
/** Space kept free at the left and right edges. */
export const SIDE = 16;
/** Type sizes, in viewBox pixels. */
export const TYPE = { title: 22, finding: 15, label: 14, value: 14, tick: 12, note: 12 } as const;
/** Distance between lines of label text. */
export const LINE = 19;

/** One tick of a value axis. */
export interface Tick {
  /** Value at the tick, in the chart's unit. */
  value: number;
  /** Horizontal position. */
  x: number;
  /** Printed tick label (`20%`, `100`). */
  label: string;
}

/** A horizontal value axis fitted between `left` and `right`. */
export interface ValueAxis {
  /** The scale from value to x. */
  scale: ScaleLinear<number, number>;
  /** Domain after rounding to nice numbers; always includes zero. */
  domain: [number, number];
  /** Ticks with their labels. */
  ticks: Tick[];
  /** x of the zero line. */
  zeroX: number;
}

/** Rows of bars over a horizontal value axis, laid out: what the bar and grouped-bar layouts share. */
export interface RowsLayout {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** Value domain, zero included and rounded. */
  domain: [number, number];
  /** Ticks of the value axis. */
  ticks: Tick[];
  /** x of the zero line. */
  zeroX: number;
  /** Top of the plotting area (first row). */
  top: number;
  /** Bottom of the plotting area (the axis line). */
  bottom: number;
  /** `单位：亿元` above the rows, or empty. */
  caption: string;
}

/** A value axis over `values` (zero always included, rounded to nice numbers) mapped onto `[left, right]`. */
export function valueAxis(values: readonly number[], left: number, right: number, unit: string, tickCount = 5): ValueAxis {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const scale = scaleLinear()
    .domain(hi === lo ? [0, 1] : [lo, hi])
    .range([left, right])
    .nice(tickCount);
  const raw = scale.ticks(tickCount);
  const step = raw.length > 1 ? raw[1]! - raw[0]! : 1;
  const label = tickFormatter(step, unit);
  const [d0, d1] = scale.domain() as [number, number];
  return { scale, domain: [d0, d1], ticks: raw.map((value) => ({ value, x: scale(value), label: label(value) })), zeroX: scale(0) };
}

/**
 * The value axis of rows of bars, with room beside the bars for their value labels (`labelOf`: right of positive bars,
 * left of negative ones), and the unit caption above the rows (none for %, whose ticks carry it).
 */
export function rowsAxis<T extends { value: number }>(
  data: readonly T[],
  labelOf: (d: T) => string,
  unit: string,
  width: number,
): { axis: ValueAxis; caption: string } {
  const positives = data.filter((d) => d.value >= 0).map(labelOf);
  const negatives = data.filter((d) => d.value < 0).map(labelOf);
  const left = SIDE + (negatives.length > 0 ? valueLabelRoom(negatives) : 0);
  const right = width - SIDE - valueLabelRoom(positives);
  const axis = valueAxis(
    data.map((d) => d.value),
    left,
    right,
    unit,
  );
  return { axis, caption: unitCaption(unit === '%' ? '' : unit) };
}

/** The title, finding and source lines of a standalone chart, wrapped to its width, with the heights they take. */
export interface Frame {
  /** Title lines. */
  title: string[];
  /** Subtitle lines: the frame every figure shares (unit, basis, period) and how the chart was made. */
  subtitle: string[];
  /** Finding lines. */
  finding: string[];
  /** Height above the chart body. */
  top: number;
  /** Source and credit lines. */
  footer: string[];
  /** Height below the chart body. */
  bottom: number;
}

/** Lays out the frame of a standalone chart around a body of the given width; the subtitle goes under the title. */
export function frameLayout(title: string, finding: string, footer: readonly string[], width = CHART_WIDTH, subtitle = ''): Frame {
  const inner = width - 2 * SIDE;
  const titleLines = wrapText(title, inner, TYPE.title, 3);
  const subtitleLines = subtitle ? wrapText(subtitle, inner, TYPE.note, 2) : [];
  const findingLines = wrapText(finding, inner, TYPE.finding, 4);
  const footerLines = footer.flatMap((line) => wrapText(line, inner, TYPE.note, 3));
  const top = 20 + titleLines.length * 30 + subtitleLines.length * SUBTITLE_LINE + 6 + findingLines.length * 22 + 10;
  const bottom = 14 + footerLines.length * 18 + 8;
  return { title: titleLines, subtitle: subtitleLines, finding: findingLines, top, footer: footerLines, bottom };
}

/** Height of one subtitle line in a standalone chart. */
export const SUBTITLE_LINE = 18;

/** Width kept right of the longest positive bar (and left of the longest negative one) for its value label. */
export function valueLabelRoom(labels: readonly string[], size: number = TYPE.value): number {
  return Math.max(0, ...labels.map((l) => textWidth(l, size))) + 8;
}
