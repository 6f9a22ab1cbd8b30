/**
 * Horizontal bars, one row each: the label above its bar (Chinese labels are long; a label column would squeeze the
 * bars on a phone), the value printed at the bar's end, a value axis at the foot. Numbers only, no DOM.
 */
import { CHART_WIDTH, LINE, SIDE, TYPE, rowsAxis, type RowsLayout } from '../layout.ts';
import { wrapText } from '../text.ts';

/** One bar to draw. */
export interface BarDatum {
  /** Stable key (the metric id). */
  key: string;
  /** What the bar measures. */
  label: string;
  /** Value in the chart's unit. */
  value: number;
  /** The value as printed beside the bar (`107%`, `1000个以上`). */
  valueLabel: string;
  /** Drawn hatched and outlined: a target or plan, not a result. */
  target: boolean;
  /** Text for the bar's tooltip. */
  tooltip: string;
}

/** A bar, placed. */
export interface BarGeometry extends BarDatum {
  /** Label lines, wrapped. */
  lines: string[];
  /** x of the label lines. */
  labelX: number;
  /** Baseline of the first label line. */
  labelY: number;
  /** Left edge of the bar. */
  x: number;
  /** Top edge of the bar. */
  y: number;
  /** Bar width (0 for a zero value). */
  width: number;
  /** Bar height. */
  height: number;
  /** x where the value label is anchored. */
  valueX: number;
  /** Baseline of the value label. */
  valueY: number;
  /** `start` right of a positive bar, `end` left of a negative one. */
  valueAnchor: 'start' | 'end';
}

/** A bar chart, laid out. */
export interface BarLayout extends RowsLayout {
  /** Bars in drawing order. */
  bars: BarGeometry[];
}

/** Height of one bar. */
export const BAR_HEIGHT = 22;
/** Space between one row's bar and the next row's label. */
export const ROW_GAP = 14;

/** Lays out `data` as horizontal bars in the given order. */
export function barLayout(data: readonly BarDatum[], unit: string, width = CHART_WIDTH): BarLayout {
  const { axis, caption } = rowsAxis(data, (d) => d.valueLabel, unit, width);
  const top = caption ? 30 : 8;
  let y = top;
  const bars: BarGeometry[] = data.map((d) => {
    const lines = wrapText(d.label, width - 2 * SIDE, TYPE.label, 2);
    const labelY = y + TYPE.label;
    const barY = y + lines.length * LINE + 4;
    const x0 = axis.scale(Math.min(0, d.value));
    const x1 = axis.scale(Math.max(0, d.value));
    const negative = d.value < 0;
    y = barY + BAR_HEIGHT + ROW_GAP;
    return {
      ...d,
      lines,
      labelX: SIDE,
      labelY,
      x: x0,
      y: barY,
      width: x1 - x0,
      height: BAR_HEIGHT,
      valueX: negative ? x0 - 6 : x1 + 6,
      valueY: barY + BAR_HEIGHT / 2 + TYPE.value * 0.36,
      valueAnchor: negative ? 'end' : 'start',
    };
  });
  const bottom = y - ROW_GAP + 8;
  return { width, height: bottom + 26, domain: axis.domain, ticks: axis.ticks, zeroX: axis.zeroX, top, bottom, caption, bars };
}
