import { describe, expect, it } from 'vitest';
import { groupedBarLayout, type GroupedDatum } from './groupedBarLayout.ts';

/** A grouped bar with only what the test is about. */
function datum(label: string, series: string, value: number, target = false): GroupedDatum {
  return { key: `${label}-${series}`, label, series, value, valueLabel: `${value}个`, target, tooltip: label };
}

describe('groupedBarLayout', () => {
  it('puts the bars of one subject together when it has a value in both series (pairs)', () => {
    const layout = groupedBarLayout([datum('招商活动', '2024年', 30), datum('招商活动', '2025年目标', 10, true), datum('签约项目', '2024年', 50)], '场');
    expect(layout.mode).toBe('pairs');
    expect(layout.headings.map((h) => h.lines.join(''))).toEqual(['招商活动', '签约项目']);
    const [a, b] = layout.bars;
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(b!.text).toBe('10个 · 2025年目标');
  });

  it('stacks the series as blocks under their own headings when no subject is in both (blocks)', () => {
    const layout = groupedBarLayout(
      [datum('签约落地亿元以上项目', '2024年', 671), datum('新拓项目', '2024年', 120), datum('推进招引新项目', '2025年目标', 1000, true)],
      '个',
    );
    expect(layout.mode).toBe('blocks');
    expect(layout.headings.filter((h) => h.bold).map((h) => h.lines.join(''))).toEqual(['2024年', '2025年目标']);
    expect(layout.bars.map((b) => b.series)).toEqual(['2024年', '2024年', '2025年目标']);
  });

  it('shares one axis across series, zero to a nice maximum, bars in proportion', () => {
    const layout = groupedBarLayout([datum('a', '2024年', 671), datum('b', '2025年目标', 1000, true)], '个');
    expect(layout.domain).toEqual([0, 1000]);
    const [a, b] = layout.bars;
    expect(a!.x).toBe(layout.zeroX);
    expect(a!.width / b!.width).toBeCloseTo(0.671, 6);
  });

  it('marks a series of targets in the legend so it is drawn hatched', () => {
    const layout = groupedBarLayout([datum('a', '2024年', 1), datum('b', '2025年目标', 2, true)], '个');
    expect(layout.legend.map((l) => [l.series, l.target])).toEqual([
      ['2024年', false],
      ['2025年目标', true],
    ]);
    expect(layout.legend[1]!.x).toBeGreaterThan(layout.legend[0]!.x);
  });
});
