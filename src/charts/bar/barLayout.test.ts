import { describe, expect, it } from 'vitest';
import { barLayout, BAR_HEIGHT, type BarDatum } from './barLayout.ts';
import { CHART_WIDTH, SIDE } from '../layout.ts';

/** A bar with only what the test is about; the rest filled in. */
function bar(label: string, value: number, extra: Partial<BarDatum> = {}): BarDatum {
  return { key: label, label, value, valueLabel: `${value}%`, target: false, tooltip: label, ...extra };
}

describe('barLayout', () => {
  it('starts the domain at zero and rounds its end up to a nice number (growth rates up to 107%)', () => {
    const layout = barLayout([bar('福深兴安产值', 107), bar('古天电子产值', 89), bar('工业总产值', 16.6)], '%');
    expect(layout.domain).toEqual([0, 120]);
    expect(layout.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%', '120%']);
  });

  it('draws bar lengths in proportion to the values, from the zero line', () => {
    const layout = barLayout([bar('a', 100), bar('b', 50), bar('c', 25)], '%');
    const [a, b, c] = layout.bars;
    expect(a!.x).toBe(layout.zeroX);
    expect(b!.width / a!.width).toBeCloseTo(0.5, 6);
    expect(c!.width / a!.width).toBeCloseTo(0.25, 6);
  });

  it('keeps the given order, one row under the other, bars of equal height', () => {
    const layout = barLayout([bar('服务业营收', 70.9), bar('零售额', 32.4), bar('工业产值', 8)], '亿元');
    expect(layout.bars.map((b) => b.label)).toEqual(['服务业营收', '零售额', '工业产值']);
    for (let i = 1; i < layout.bars.length; i++) expect(layout.bars[i]!.y).toBeGreaterThan(layout.bars[i - 1]!.y + BAR_HEIGHT);
    expect(new Set(layout.bars.map((b) => b.height))).toEqual(new Set([BAR_HEIGHT]));
  });

  it('leaves room at the right edge for the longest value label', () => {
    const layout = barLayout([bar('推进招引新项目', 1000, { valueLabel: '1000个以上' }), bar('签约项目', 50, { valueLabel: '50个' })], '个');
    const longest = layout.bars[0]!;
    expect(longest.x + longest.width).toBeLessThan(CHART_WIDTH - SIDE - 70);
    expect(longest.valueX).toBeGreaterThan(longest.x + longest.width);
    expect(longest.valueAnchor).toBe('start');
  });

  it('draws a fall to the left of zero and anchors its value label at the bar end (a negative growth rate)', () => {
    const layout = barLayout([bar('产值', 12), bar('利税', -8)], '%');
    const fall = layout.bars[1]!;
    expect(layout.domain[0]).toBeLessThan(0);
    expect(fall.x + fall.width).toBeCloseTo(layout.zeroX, 6);
    expect(fall.valueAnchor).toBe('end');
    expect(fall.valueX).toBeLessThan(fall.x);
  });

  it('prints 单位 for amounts but not for per cent, whose ticks carry the sign', () => {
    expect(barLayout([bar('a', 8), bar('b', 70.9)], '亿元').caption).toBe('单位：亿元');
    expect(barLayout([bar('a', 8), bar('b', 70.9)], '%').caption).toBe('');
  });

  it('wraps a long label onto a second line and moves the bar down for it', () => {
    const long = '济南二机床集团有限公司紧盯百亿产出目标提升国际国内新能源汽车船舶风电等领域市场份额后完成的营业收入';
    const layout = barLayout([bar(long, 80), bar('短', 20)], '%');
    expect(layout.bars[0]!.lines.length).toBe(2);
    expect(layout.bars[0]!.y - layout.bars[0]!.labelY).toBeGreaterThan(layout.bars[1]!.y - layout.bars[1]!.labelY);
  });
});
