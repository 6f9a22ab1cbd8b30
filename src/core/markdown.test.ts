import { describe, expect, it } from 'vitest';
import { storyText } from './markdown.ts';

describe('storyText', () => {
  it('undoes the escapes of a written body, keeping subheads and blank lines where they stand', () => {
    const body = '\n带\\*号的企业&lt;5家，另有\\[试点\\]2家。\n\n## 签约项目15个\n\nA&amp;B公司新增1家。\n';
    const text = storyText(body);
    expect(text).toBe('带*号的企业<5家，另有[试点]2家。\n\n## 签约项目15个\n\nA&B公司新增1家。');
    // offsets into it count characters as printed: `2家` after the escaped characters
    expect(text.slice(16, 18)).toBe('2家');
  });
});
