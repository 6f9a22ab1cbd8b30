/**
 * What only charts print: axis ticks without needless decimals, and the unit caption above the axis. Values, shares
 * and units are set by the core's number formatter (`src/core/numbers.ts`), the same as on every other page.
 */
import { precisionFixed } from 'd3-format';
import { formatFixed } from '../core/numbers.ts';

/** Formats the ticks of an axis whose ticks are `step` apart: as many decimals as the step needs, no more. */
export function tickFormatter(step: number, unit: string): (value: number) => string {
  const digits = Math.min(precisionFixed(Math.abs(step) || 1), 4);
  // Per cent is printed on every tick (`20%`); other units stand once in the axis title (`单位：亿元`).
  const suffix = unit === '%' ? '%' : '';
  return (value) => `${formatFixed(Math.abs(value) < 1e-9 ? 0 : value, digits)}${suffix}`;
}

/** The axis title: `单位：亿元`, or `单位：%` for rates; empty for a unitless count. */
export function unitCaption(unit: string): string {
  return unit ? `单位：${unit}` : '';
}
