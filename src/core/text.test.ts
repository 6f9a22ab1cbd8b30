import { describe, expect, it } from 'vitest';
import { printedAt } from './text.ts';

describe('printedAt', () => {
  it.each<[string, string, string, number[]]>([
    // every printing, in order
    ['twice', '王建国介绍，王建国表示。', '王建国', [0, 6]],
    // printings that would overlap count once: the next search starts after the one found
    ['overlapping', '哈哈哈', '哈哈', [0]],
    // an ASCII comma is one code unit like a full-width one
    ['ASCII punctuation', '某某,王建国说', '王建国', [3]],
    // nothing to find
    ['absent', '某某街道', '王建国', []],
    ['empty name', '某某街道', '', []],
  ])('%s', (_label, text, name, expected) => {
    expect(printedAt(text, name)).toEqual(expected);
  });
});
