import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { toMarkdownFile } from './writeMarkdown.ts';

/** What the yaml package writes for a record with `toMarkdownFile`'s options: the bytes the fast path must match. */
const viaYaml = (data: Record<string, unknown>): string =>
  `---\n${stringify(data, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', sortMapEntries: false })}---\n`;

const shared = ['lixia-qu'];

describe('toMarkdownFile writes the same frontmatter as the yaml package', () => {
  it.each([
    // a figure record: numbers, null, booleans, a Chinese sentence with full-width punctuation
    { value: 1.4, valueMax: null, unit: '万人', normalized: 14000, target: false, quote: '某区社区工作者总量达到1.4万人。', year: 2024 },
    // strings that would read back as numbers, booleans or null, a percent sign, an empty string: quoted
    { labels: ['4433', '2024', 'true', 'null', '~', '0x1F', '1e3', '.5'], unit: '%', subtitle: '', code: '-7' },
    // indicators and separators: `: ` and ` #` inside, a colon or space last, a dash or question mark alone
    { a: '项目: 一期', b: '编号 #3', c: '截至：', d: '-', e: '?', f: '- 列表', g: '[第1版]', h: '&某', i: '*注', j: 'A: B' },
    // quotes, a backslash, a line break, a tab, document markers: left to the yaml package
    { a: '“双招双引”', b: 'say "hi"', c: "it's", d: 'a\\b', e: '第一行\n第二行', f: 'a\tb', g: '---', h: '...更多' },
    // lists of records, empty lists and records, nested lists, undefined fields
    {
      credits: [
        { role: '记者', name: '某甲' },
        { role: '通讯员', name: '某乙', extra: undefined },
      ],
      captions: [],
      meta: {},
      rows: [[1, 2]],
      gone: undefined,
    },
    // the same list twice: the yaml package anchors it
    { districts: shared, places: shared },
    // the typed forms with Chinese before them: plain strings
    { a: '某4433', b: '约2024', c: '是true', d: '无null', e: '共0x1F', f: '近1e3', g: '约.5', h: '负-7' },
    // numbers yaml prints its own way
    { zero: -0, big: 1e21, small: 0.000001, neg: -12.5, inf: Infinity },
  ])('%o', (data) => {
    expect(toMarkdownFile(data, '')).toBe(viaYaml(data));
  });

  it('keeps the body after the frontmatter', () => {
    expect(toMarkdownFile({ title: '某区一季度数据' }, '\n正文。\n')).toBe('---\ntitle: 某区一季度数据\n---\n\n正文。\n');
  });
});
