import { describe, expect, it } from 'vitest';
import { REST_LABEL, stackedBarLayout, type StackedPart } from './stackedBarLayout.ts';
import { CHART_WIDTH, SIDE } from '../layout.ts';

/** A part with only what the test is about. */
function part(label: string, value: number): StackedPart {
  return { key: label, label, value, valueLabel: `${value}个`, tooltip: label };
}

// 57 projects: 10 completed + 25 started + 12 planned, 10 not accounted for by the story.
const total = { label: '推进重点项目', value: 57, valueLabel: '57个' };
const parts = [part('已竣工', 10), part('已开工', 25), part('计划开工', 12)];

describe('stackedBarLayout', () => {
  it('stacks the parts left to right, each starting where the last ended', () => {
    const layout = stackedBarLayout(total, parts, { value: 10, valueLabel: '10个' }, '个');
    const [a, b, c] = layout.segments;
    expect(a!.x).toBe(SIDE);
    expect(b!.x).toBeCloseTo(a!.x + a!.width, 6);
    expect(c!.x).toBeCloseTo(b!.x + b!.width, 6);
  });

  it('makes the whole bar as long as the total, the remainder drawn as its own hatched part', () => {
    const layout = stackedBarLayout(total, parts, { value: 10, valueLabel: '10个' }, '个');
    const last = layout.segments[layout.segments.length - 1]!;
    expect(last.label).toBe(REST_LABEL);
    expect(last.slot).toBe(-1);
    expect(last.x + last.width).toBeCloseTo(CHART_WIDTH - SIDE, 6);
    expect(layout.domain).toEqual([0, 57]);
  });

  it('gives each part its share of the whole, to one decimal', () => {
    const layout = stackedBarLayout(total, parts, { value: 10, valueLabel: '10个' }, '个');
    expect(layout.segments.map((s) => s.share)).toEqual(['17.5%', '43.9%', '21.1%', '17.5%']);
  });

  it('draws no remainder when the parts add up to the whole', () => {
    const layout = stackedBarLayout(
      { label: '总投资', value: 100, valueLabel: '100亿元' },
      [part('a', 60), part('b', 40)],
      { value: 0, valueLabel: '' },
      '亿元',
    );
    expect(layout.segments.map((s) => s.label)).toEqual(['a', 'b']);
    expect(layout.list).toHaveLength(2);
  });

  it('numbers every part, and prints the number inside only where it fits', () => {
    const layout = stackedBarLayout({ label: '总量', value: 1000, valueLabel: '1000' }, [part('大', 990), part('小', 10)], { value: 0, valueLabel: '' }, '个');
    expect(layout.segments.map((s) => s.number)).toEqual([1, 2]);
    expect(layout.segments.map((s) => s.numberInside)).toEqual([true, false]);
  });

  it('heads the bar with the whole as printed', () => {
    const layout = stackedBarLayout(total, parts, { value: 10, valueLabel: '10个' }, '个');
    expect(layout.heading.join('')).toBe('推进重点项目：共57个');
  });
});
