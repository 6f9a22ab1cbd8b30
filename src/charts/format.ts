/**
 * Numbers on charts, set the Chinese way: values in the chart's unit (`525.95亿元`, `107%`, `1.4万人`), axis ticks
 * without needless decimals, and the scale of a display unit (`亿元` = 10⁸ 元).
 */
import { formatLocale, precisionFixed } from 'd3-format';

// Chinese papers and spreadsheets use the ASCII hyphen for minus, not d3's default U+2212.
const { format } = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''], minus: '-' });

/** Unit words that multiply the base unit, largest first. */
const MULTIPLIERS: readonly [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** How many base units one display unit is: `亿元` over `元` → 1e8; `%` over `%` → 1. */
export function unitScale(unit: string, baseUnit: string): number {
  if (unit === baseUnit || unit === '') return 1;
  for (const [word, scale] of MULTIPLIERS) if (unit.startsWith(word) && unit.slice(word.length) === baseUnit) return scale;
  return 1;
}

/** A value in base units expressed in the display unit. */
export function toDisplay(normalized: number, unit: string, baseUnit: string): number {
  return normalized / unitScale(unit, baseUnit);
}

const upToTwo = format('.2~f');
const grouped = format(',.2~f');

/** A number with at most two decimals; thousands separators only from 10,000 up, as Chinese papers print `4262`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Floating error (0.1 + 0.2) must not print as 0.30000000000000004.
  const rounded = Math.round(value * 100) / 100;
  return Math.abs(rounded) >= 10_000 ? grouped(rounded) : upToTwo(rounded);
}

/** A value with its unit, no space between (`525.95亿元`, `107%`, `2.6个百分点`). */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit}`;
}

/** Formats the ticks of an axis whose ticks are `step` apart: as many decimals as the step needs, no more. */
export function tickFormatter(step: number, unit: string): (value: number) => string {
  const digits = Math.min(precisionFixed(Math.abs(step) || 1), 4);
  const f = format(`.${digits}f`);
  // Per cent is printed on every tick (`20%`); other units stand once in the axis title (`单位：亿元`).
  const suffix = unit === '%' ? '%' : '';
  return (value) => `${f(Math.abs(value) < 1e-9 ? 0 : value)}${suffix}`;
}

/** Per cent of a whole with at most one decimal: `43.9%`. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '';
  return `${format('.1~f')((100 * part) / whole)}%`;
}

/** The axis title: `单位：亿元`, or `单位：%` for rates; empty for a unitless count. */
export function unitCaption(unit: string): string {
  return unit ? `单位：${unit}` : '';
}
