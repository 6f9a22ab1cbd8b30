import { describe, expect, it } from 'vitest';
import { yearSpan } from './years.ts';

describe('yearSpan', () => {
  it.each([
    // a three-year campaign
    [2023, 2025, '2023—2025年'],
    // a single-year theme (`项目突破年`)
    [2024, 2024, '2024年'],
  ])('%i–%i', (start, end, text) => {
    expect(yearSpan(start, end)).toBe(text);
  });
});
