import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text.ts';

describe('textWidth', () => {
  it('counts a Chinese character as one em and a digit as about half', () => {
    expect(textWidth('产值', 10)).toBe(20);
    expect(textWidth('107', 10)).toBeLessThan(20);
    expect(textWidth('107%', 10)).toBeGreaterThan(textWidth('107', 10));
  });
});

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('工业总产值', 200, 14)).toEqual(['工业总产值']);
  });

  it('breaks between Chinese characters when a label is too wide', () => {
    const lines = wrapText('济南二机床集团有限公司营业收入', 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('济南二机床集团有限公司营业收入');
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五六，七八九', 84, 14);
    for (const line of lines.slice(1)) expect(line.startsWith('，')).toBe(false);
  });

  it('does not split a number', () => {
    const lines = wrapText('项目计划2023年底前开工', 70, 14);
    expect(lines.some((l) => l.includes('2023'))).toBe(true);
  });

  it('cuts after the last allowed line with an ellipsis', () => {
    const lines = wrapText('一'.repeat(40), 70, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
