/**
 * Numbers set the Chinese way, one implementation for ingest and the site: thousands separators, 万/亿 scaling,
 * per cent shares and spans of years. Part of the core: it imports nothing from ingest or from pages.
 */
import { formatLocale } from 'd3-format';

// d3's locale with comma separators and its typographic minus (U+2212), so `−3.2` reads as a number, not a dash.
const { format } = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] });

/** Unit words that multiply the base unit, largest first. */
const MULTIPLIERS: readonly (readonly [string, number])[] = [
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

/**
 * The unit to draw several values of one base unit in: money in 亿元 from 10⁸ and 万元 from 10⁴, other units in 亿
 * from 10⁸ and 万 from 10⁵ (a count of 12,000 reads better than 1.2万 on an axis); rates keep their unit.
 */
export function displayUnit(baseUnit: string, normalized: readonly number[]): string {
  if (baseUnit === '%' || baseUnit === '个百分点') return baseUnit;
  const max = Math.max(0, ...normalized.map(Math.abs));
  if (max >= 1e8) return `亿${baseUnit}`;
  if (baseUnit === '元' ? max >= 1e4 : max >= 1e5) return `万${baseUnit}`;
  return baseUnit;
}

const formatters = new Map<number, (n: number) => string>();

/**
 * A number with thousands separators and at most `maxDecimals` decimals, trailing zeros dropped: `2370` →
 * `2,370`, `45.3` → `45.3`; floating error (0.1 + 0.2) never prints. Empty for NaN and infinities.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '';
  let f = formatters.get(maxDecimals);
  if (!f) formatters.set(maxDecimals, (f = format(`,.${maxDecimals}~f`)));
  return f(value);
}

/** A number with exactly `decimals` decimals and thousands separators, so the ticks of an axis line up: `1,000.0`. */
export function formatFixed(value: number, decimals: number): string {
  return format(`,.${decimals}f`)(value);
}

/** A value with its unit, no space between (`525.95亿元`, `107%`, `2.6个百分点`). */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit}`;
}

/**
 * A value in base units read the Chinese way, in 亿 (10⁸) or 万 (10⁴) where it is that large, to four decimals:
 * `4530000000, '元'` → `45.3亿元`, `14000, '人'` → `1.4万人`, `16.6, '%'` → `16.6%`.
 */
export function formatNormalized(normalized: number, baseUnit: string): string {
  const size = Math.abs(normalized);
  const word = baseUnit === '%' || baseUnit === '' ? '' : size >= 1e8 ? '亿' : size >= 1e4 ? '万' : '';
  return `${formatNumber(toDisplay(normalized, `${word}${baseUnit}`, baseUnit), 4)}${word}${baseUnit}`;
}

/** Per cent of a whole with at most one decimal: `43.9%`; empty when the whole is zero. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '';
  return `${formatNumber((100 * part) / whole, 1)}%`;
}

/** A span of years as Chinese text: `2023—2025年`, or `2024年` when it starts and ends in the same year. */
export function yearSpan(start: number, end: number): string {
  return start === end ? `${start}年` : `${start}—${end}年`;
}
