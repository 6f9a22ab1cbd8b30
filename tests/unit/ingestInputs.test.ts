/**
 * Messy and hostile input through the whole pipeline: each either ingests correctly or fails with
 * `file:line: what is wrong`. Plus property tests: cleaning never throws and never invents digits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { runIngest, type IngestResult } from '../../scripts/ingest/pipeline.ts';
import { clean } from '../../scripts/ingest/read/clean.ts';
import { splitStories } from '../../scripts/ingest/read/splitStories.ts';
import { InputError } from '../../scripts/ingest/types.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const story = (title: string, body: string): string => `${title}\n\n记者 张明远\n\n${body}\n`;
const BODY = '近日，济南市历下区新建口袋公园12处，同比增长20%，方便周边居民休闲健身。';

function articles(result: IngestResult): { data: Record<string, unknown>; body: string }[] {
  return [...result.files]
    .filter(([p]) => p.startsWith('articles/'))
    .map(([, text]) => {
      const [, front, ...rest] = text.split(/^---$/mu);
      return { data: parse(front!) as Record<string, unknown>, body: rest.join('---').trim() };
    });
}

describe('ingest accepts', () => {
  const cases: { name: string; file: string; bytes: Uint8Array; check: (r: IngestResult) => void }[] = [
    {
      // GB18030 is read as Chinese, not mojibake.
      name: 'a GB18030 file',
      file: 'gb.txt',
      bytes: new Uint8Array(iconv.encode(story('历下区新建口袋公园', BODY), 'gb18030')),
      check: (r) => expect(articles(r)[0]!.body).toBe(BODY),
    },
    {
      // A BOM and CRLF line ends leave no trace.
      name: 'UTF-8 with BOM and CRLF',
      file: 'bom.txt',
      bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(story('历下区新建口袋公园', BODY).replace(/\n/g, '\r\n'))]),
      check: (r) => {
        expect(articles(r)[0]!.data.title).toBe('历下区新建口袋公园');
        expect(articles(r)[0]!.body).toBe(BODY);
      },
    },
    {
      // Full-width digits and punctuation are figures all the same.
      name: 'full-width digits',
      file: 'fw.txt',
      bytes: utf8(story('历下区新建口袋公园', '近日，济南市历下区新建口袋公园１２处，同比增长２０％。')),
      check: (r) => expect([...r.files.keys()].filter((p) => p.startsWith('metrics/'))).toHaveLength(2),
    },
    {
      // ASCII punctuation where full-width is usual: still one story, still its figures.
      name: 'ASCII punctuation',
      file: 'ascii.txt',
      bytes: utf8(story('历下区新建口袋公园', '近日,济南市历下区新建口袋公园12处,同比增长20%.')),
      check: (r) => {
        expect(articles(r)).toHaveLength(1);
        expect([...r.files.keys()].filter((p) => p.startsWith('metrics/')).length).toBeGreaterThanOrEqual(1);
      },
    },
    {
      // A story with no headline gets its first sentence as title, marked as generated.
      name: 'a story with no headline',
      file: 'nohead.txt',
      bytes: utf8(`记者 张明远\n\n${BODY}\n`),
      check: (r) => expect(articles(r)[0]!.data).toMatchObject({ titleGenerated: true, title: '济南市历下区新建口袋公园12处，同比增长20%…' }),
    },
    {
      // Markup and template syntax from a source never reach a page as markup; YAML-special characters survive.
      name: 'markup, template and YAML syntax in headline and text',
      file: 'hostile.txt',
      bytes: utf8(story('<script>alert(1)</script> {{ title }} --- : # & *', `${BODY}<img src=x onerror=alert(1)>{{ x }}`)),
      check: (r) => {
        const [a] = articles(r);
        expect(a!.data.title).toBe('<script>alert(1)</script> {{ title }} --- : # & *');
        expect(a!.body).not.toMatch(/<script|<img/);
        expect(a!.body).toContain('&lt;img src=x onerror=alert(1)&gt;{{ x }}');
      },
    },
    {
      // A file name with spaces and Chinese is kept as the story's source.
      name: 'a file name with spaces and Chinese',
      file: '济南 日报 第3版.txt',
      bytes: utf8(story('历下区新建口袋公园', BODY)),
      check: (r) => expect(articles(r)[0]!.data.source).toBe('济南 日报 第3版.txt'),
    },
  ];
  for (const c of cases) it(c.name, () => c.check(runIngest([{ name: c.file, bytes: c.bytes }])));

  it('two files holding the same story: one story, and a warning naming the second', () => {
    const text = utf8(story('历下区新建口袋公园', BODY));
    const r = runIngest([
      { name: 'a.txt', bytes: text },
      { name: 'b.txt', bytes: text },
    ]);
    expect(articles(r)).toHaveLength(1);
    expect(r.warnings).toEqual([{ at: 'b.txt:1', message: 'same story as a.txt:1; skipped' }]);
  });
});

describe('ingest refuses', () => {
  const cases: { name: string; file: string; bytes: Uint8Array; message: string }[] = [
    // Nothing to read.
    { name: 'an empty file', file: 'empty.txt', bytes: new Uint8Array(), message: 'empty.txt: the file is empty' },
    // Binary data: the line of the first NUL byte is named.
    { name: 'a binary file', file: 'pic.txt', bytes: new Uint8Array([0x47, 0x49, 0x46, 0x0a, 0x00, 0x01]), message: 'pic.txt:2: this is a binary file' },
    // Headlines only: there is no story to publish.
    { name: 'a file with no running text', file: 'heads.txt', bytes: utf8('标题一\n\n标题二\n'), message: 'heads.txt:1: no story found' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(() => runIngest([{ name: c.file, bytes: c.bytes }])).toThrow(InputError);
      expect(() => runIngest([{ name: c.file, bytes: c.bytes }])).toThrow(c.message);
    });
  }
});

describe('cleaning, as properties', () => {
  const text = fc
    .array(fc.oneof(fc.string(), fc.constantFrom('\n', '\n\n', '  ', '。', '“', '”', '记者 张三', '□', '：', '12.5%', '１２３', '亿元')), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(text, (t) => {
        splitStories(clean(t), 'x.txt');
      }),
      { numRuns: 300 },
    );
  });

  it('never invents digits: every digit in the output was in the input', () => {
    const count = (s: string): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const ch of s.normalize('NFKC')) if (/[0-9]/.test(ch)) out[ch] = (out[ch] ?? 0) + 1;
      return out;
    };
    fc.assert(
      fc.property(text, (t) => {
        const input = count(t);
        const output = count(
          clean(t)
            .map((u) => u.text)
            .join(''),
        );
        for (const [digit, n] of Object.entries(output)) expect(n).toBeLessThanOrEqual(input[digit] ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
