import { describe, expect, it } from 'vitest';
import { formatNumber, formatShare, formatValue, tickFormatter, toDisplay, unitCaption, unitScale } from './format.ts';

describe('unitScale and toDisplay', () => {
  it.each([
    // 亿元 over 元: a hundred million
    ['亿元', '元', 1e8],
    // 万元 over 元
    ['万元', '元', 1e4],
    // 万吨 over 吨
    ['万吨', '吨', 1e4],
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

describe('formatNumber and formatValue', () => {
  it.each([
    // two decimals at most, trailing zeros dropped
    [525.95, '525.95'],
    [45.3, '45.3'],
    [8, '8'],
    // floating error does not leak into print
    [0.1 + 0.2, '0.3'],
    // Chinese papers print four-digit numbers without a separator
    [4262, '4262'],
    // from ten thousand up, thousands separators
    [12345.6, '12,345.6'],
    [-3.25, '-3.25'],
  ])('%d prints as %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('writes the unit straight after the number, no space', () => {
    expect(formatValue(94.27, '亿元')).toBe('94.27亿元');
    expect(formatValue(107, '%')).toBe('107%');
  });
});

describe('tickFormatter', () => {
  it('puts % on every tick of a rate axis', () => {
    const f = tickFormatter(20, '%');
    expect([0, 20, 120].map(f)).toEqual(['0%', '20%', '120%']);
  });

  it('gives ticks as many decimals as their step needs and no unit (the 单位 caption carries it)', () => {
    expect([0, 0.5, 1].map(tickFormatter(0.5, '亿元'))).toEqual(['0.0', '0.5', '1.0']);
    expect([0, 200].map(tickFormatter(200, '个'))).toEqual(['0', '200']);
  });
});

describe('formatShare and unitCaption', () => {
  it('prints a share to one decimal', () => {
    expect(formatShare(25, 57)).toBe('43.9%');
    expect(formatShare(1, 2)).toBe('50%');
    expect(formatShare(1, 0)).toBe('');
  });

  it('captions the unit the Chinese way', () => {
    expect(unitCaption('亿元')).toBe('单位：亿元');
    expect(unitCaption('')).toBe('');
  });
});
