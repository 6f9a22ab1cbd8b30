import { describe, expect, it } from 'vitest';
import { displayUnit, formatFixed, formatNormalized, formatNumber, formatShare, formatValue, toDisplay, unitScale, yearSpan } from './numbers.ts';

describe('unitScale and toDisplay', () => {
  it.each([
    // 亿元 over 元: a hundred million
    ['亿元', '元', 1e8],
    // 万元 over 元
    ['万元', '元', 1e4],
    // 万吨 over 吨
    ['万吨', '吨', 1e4],
    // 万亿 is matched before 万 and 亿
    ['万亿元', '元', 1e12],
    // per cent is its own base
    ['%', '%', 1],
    // a classifier unit is its own base
    ['个', '个', 1],
    // a unit that is no multiple of the base is left alone
    ['家', '个', 1],
  ])('%s over %s is %d', (unit, base, scale) => {
    expect(unitScale(unit, base)).toBe(scale);
  });

  it('turns 525.95亿元 in yuan back into 525.95 in 亿元', () => {
    expect(toDisplay(52_595_000_000, '亿元', '元')).toBeCloseTo(525.95, 9);
  });
});

describe('displayUnit', () => {
  it.each([
    // money: 亿元 from 10⁸, 万元 from 10⁴
    ['元', [52_595_000_000, 100], '亿元'],
    ['元', [23_700_000], '万元'],
    ['元', [8_000], '元'],
    // other units: 万 only from 10⁵, so 14,000 people stay in 人
    ['人', [14_000], '人'],
    ['吨', [6_600_000], '万吨'],
    // the largest value decides, whatever its sign
    ['吨', [10, -300_000_000], '亿吨'],
    // rates never scale
    ['%', [250_000], '%'],
    ['个百分点', [3], '个百分点'],
    // no values: the base unit
    ['个', [], '个'],
  ])('%s with %j → %s', (base, values, unit) => {
    expect(displayUnit(base, values)).toBe(unit);
  });
});

describe('formatNumber and formatValue', () => {
  it.each([
    // two decimals at most by default, trailing zeros dropped
    [525.95, 2, '525.95'],
    [45.3, 2, '45.3'],
    [8, 2, '8'],
    // floating error does not leak into print
    [0.1 + 0.2, 2, '0.3'],
    // thousands separators from four digits up, on charts and figure pages alike
    [2370, 2, '2,370'],
    [12345.6, 2, '12,345.6'],
    [4_530_000_000, 2, '4,530,000,000'],
    // more decimals when asked
    [1.23456, 4, '1.2346'],
    // a negative value keeps a real minus sign; one that rounds to zero prints as 0
    [-3.2, 2, '−3.2'],
    [-0.001, 2, '0'],
    // nothing for a value that is not a number
    [Number.NaN, 2, ''],
    [Number.POSITIVE_INFINITY, 2, ''],
  ])('%d to %d decimals prints as %s', (n, decimals, text) => {
    expect(formatNumber(n, decimals)).toBe(text);
  });

  it('writes the unit straight after the number, no space', () => {
    expect(formatValue(94.27, '亿元')).toBe('94.27亿元');
    expect(formatValue(107, '%')).toBe('107%');
    expect(formatValue(2370, '万元')).toBe('2,370万元');
  });

  it('prints fixed decimals with separators for ticks that line up', () => {
    expect([0, 0.5, 1000].map((n) => formatFixed(n, 1))).toEqual(['0.0', '0.5', '1,000.0']);
    expect(formatFixed(-0.00001, 1)).toBe('0.0');
  });
});

describe('formatNormalized', () => {
  it.each([
    // 亿 for values of 10⁸ and more
    [4_530_000_000, '元', '45.3亿元'],
    // 万 for values of 10⁴ and more
    [23_700_000, '元', '2,370万元'],
    [14_000, '人', '1.4万人'],
    // small values as they are
    [85, '家', '85家'],
    // percentages and unitless values are never scaled
    [16.6, '%', '16.6%'],
    [120_000, '', '120,000'],
    // long fractions are cut to four decimals
    [123_456_789, '元', '1.2346亿元'],
  ])('%s %s → %s', (n, unit, expected) => {
    expect(formatNormalized(n, unit)).toBe(expected);
  });
});

describe('formatShare and yearSpan', () => {
  it('prints a share to one decimal, nothing of a zero whole', () => {
    expect(formatShare(25, 57)).toBe('43.9%');
    expect(formatShare(1, 2)).toBe('50%');
    expect(formatShare(1, 0)).toBe('');
  });

  it('writes a span of years with a dash, a single year once', () => {
    expect(yearSpan(2023, 2025)).toBe('2023—2025年');
    expect(yearSpan(2024, 2024)).toBe('2024年');
  });
});
