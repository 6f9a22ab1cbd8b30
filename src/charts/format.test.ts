import { describe, expect, it } from 'vitest';
import { tickFormatter, unitCaption } from './format.ts';

describe('tickFormatter', () => {
  it('puts % on every tick of a rate axis', () => {
    const f = tickFormatter(20, '%');
    expect([0, 20, 120].map(f)).toEqual(['0%', '20%', '120%']);
  });

  it('gives ticks as many decimals as their step needs, separators like the labels, and no unit (the 单位 caption carries it)', () => {
    expect([0, 0.5, 1].map(tickFormatter(0.5, '亿元'))).toEqual(['0.0', '0.5', '1.0']);
    expect([0, 200].map(tickFormatter(200, '个'))).toEqual(['0', '200']);
    expect([0, 1000, 2000].map(tickFormatter(1000, '万元'))).toEqual(['0', '1,000', '2,000']);
  });
});

describe('unitCaption', () => {
  it('captions the unit the Chinese way', () => {
    expect(unitCaption('亿元')).toBe('单位：亿元');
    expect(unitCaption('')).toBe('');
  });
});
