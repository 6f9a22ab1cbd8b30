import { describe, expect, it } from 'vitest';
import { timelineLayout, type PointDatum, type SpanDatum } from './timelineLayout.ts';
import { CHART_WIDTH, SIDE } from '../layout.ts';

/** A programme spanning `start`–`end`. */
function span(label: string, start: number, end: number): SpanDatum {
  return { key: label, label, start, end };
}

/** A figure for one year. */
function point(year: number, value: number, target = false): PointDatum {
  return { key: String(year), year, value, valueLabel: `${value}个`, target, tooltip: '' };
}

// A three-year plan and its yearly phases, as 天桥区 printed its “三强” plan.
const plan = [span('三强', 2023, 2025), span('筑基赋能年', 2023, 2023), span('巩固提升年', 2024, 2024), span('全面过硬年', 2025, 2025)];

describe('timelineLayout', () => {
  it('labels every year of the span on the axis', () => {
    const layout = timelineLayout(plan, []);
    expect(layout.years).toEqual([2023, 2025]);
    expect(layout.ticks.map((t) => t.label)).toEqual(['2023年', '2024年', '2025年']);
  });

  it('draws the whole plan across the axis and each phase over its own year, in order', () => {
    const layout = timelineLayout(plan, []);
    const [whole, first, second, third] = layout.spans;
    expect(whole!.x).toBeCloseTo(SIDE + 2, 6);
    expect(whole!.x + whole!.width).toBeCloseTo(CHART_WIDTH - SIDE - 2, 6);
    expect(first!.x + first!.width).toBeLessThan(second!.x);
    expect(second!.x + second!.width).toBeLessThan(third!.x);
    expect(first!.width).toBeCloseTo(second!.width, 6);
    expect(second!.y).toBeGreaterThan(first!.y);
  });

  it('centres each phase bar on its year tick', () => {
    const layout = timelineLayout(plan, []);
    const tick2024 = layout.ticks.find((t) => t.year === 2024)!;
    const phase = layout.spans[2]!;
    expect(phase.x + phase.width / 2).toBeCloseTo(tick2024.x, 6);
  });

  it('places figures by year and value and joins them with a line (a result, then a target)', () => {
    const layout = timelineLayout([], [point(2025, 1000, true), point(2024, 671)]);
    expect(layout.points.map((p) => p.year)).toEqual([2024, 2025]);
    const [a, b] = layout.points;
    expect(b!.cy).toBeLessThan(a!.cy);
    const numbers = (layout.path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    expect(layout.path.startsWith('M')).toBe(true);
    expect(numbers[0]).toBeCloseTo(a!.cx, 2);
    expect(numbers[1]).toBeCloseTo(a!.cy, 2);
    expect(numbers[2]).toBeCloseTo(b!.cx, 2);
    expect(layout.valueDomain[0]).toBe(0);
  });

  it('thins the year labels on a long axis', () => {
    const layout = timelineLayout([span('长期规划', 2001, 2030)], []);
    expect(layout.ticks.length).toBeLessThanOrEqual(10);
    expect(layout.ticks[0]!.label).toBe('2001年');
  });
});
