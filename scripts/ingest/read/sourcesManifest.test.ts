import { describe, expect, it } from 'vitest';
import { articleSourceFields, parseSourcesManifest, publishedYear } from './sourcesManifest.ts';
import { InputError } from '../types.ts';

const KNOWN = ['001_a.txt', '002_b.txt'];

describe('parseSourcesManifest', () => {
  it('reads every field, and leaves absent or null fields null', () => {
    const text = [
      '- file: 001_a.txt',
      '  publication: 示例日报',
      '  date: 2023-04-24',
      '  page: A3',
      '  url: https://news.example.org/a3.html',
      '- file: 002_b.txt',
      '  date: 2023-04',
      '  page: null',
    ].join('\n');
    const m = parseSourcesManifest(text, KNOWN);
    expect(m.get('001_a.txt')).toEqual({ file: '001_a.txt', publication: '示例日报', date: '2023-04-24', page: 'A3', url: 'https://news.example.org/a3.html' });
    expect(m.get('002_b.txt')).toEqual({ file: '002_b.txt', publication: null, date: '2023-04', page: null, url: null });
  });

  it('reads a bare year and a numeric page as text, not numbers', () => {
    const m = parseSourcesManifest('- file: 001_a.txt\n  date: 2022\n  page: 5\n', KNOWN);
    expect(m.get('001_a.txt')).toMatchObject({ date: '2022', page: '5' });
  });

  it('treats an empty or comment-only manifest as no entries', () => {
    expect(parseSourcesManifest('', KNOWN).size).toBe(0);
    expect(parseSourcesManifest('# 还没有日期\n', KNOWN).size).toBe(0);
  });

  const bad: { name: string; text: string; line: number; message: RegExp }[] = [
    // A mapping at the top instead of a list.
    { name: 'not a list', text: 'file: 001_a.txt\n', line: 1, message: /must be a list/ },
    // February has no 30th.
    {
      name: 'an impossible date',
      text: '- file: 001_a.txt\n- file: 002_b.txt\n  date: 2023-02-30\n',
      line: 2,
      message: /date `2023-02-30` of 002_b\.txt is not a date/,
    },
    // Chinese date style is not the manifest's format.
    { name: 'a date in words', text: '- file: 001_a.txt\n  date: 2023年4月24日\n', line: 1, message: /is not a date/ },
    // A typo in a file name would leave its stories undated without a word.
    { name: 'an unknown file', text: '- file: 001_a.txt\n- file: 003_c.txt\n', line: 2, message: /`003_c\.txt` is not a source file/ },
    // One file twice: which date is right?
    { name: 'a duplicate entry', text: '- file: 001_a.txt\n  page: A1\n- file: 001_a.txt\n  page: A2\n', line: 3, message: /listed twice \(first on line 1\)/ },
    // `paper` is not a field; the error names the key's own line.
    { name: 'an unknown key', text: '- file: 001_a.txt\n  paper: 示例日报\n', line: 2, message: /unknown key `paper`/ },
    // An entry without its file cannot be matched.
    { name: 'an entry without file', text: '- publication: 示例日报\n', line: 1, message: /no `file:`/ },
    // A list where one value belongs.
    { name: 'a list as a value', text: '- file: 001_a.txt\n  page: [A1, A2]\n', line: 2, message: /`page` must be a single value/ },
    // Not an address a reader can open.
    { name: 'a url without scheme', text: '- file: 001_a.txt\n  url: news.example.org/a\n', line: 1, message: /not an http\(s\) address/ },
    // Broken YAML (a colon inside an unquoted value) is named with its line.
    { name: 'broken YAML', text: '- file: 001_a.txt\n  page: A3: 要闻\n', line: 2, message: /not valid YAML/ },
  ];
  it.each(bad)('refuses $name, naming sources.yaml and the line', ({ text, line, message }) => {
    let error: unknown;
    try {
      parseSourcesManifest(text, KNOWN);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe('sources.yaml');
    expect((error as InputError).line).toBe(line);
    expect((error as InputError).message).toMatch(new RegExp(`^sources\\.yaml:${line}: `));
    expect((error as InputError).message).toMatch(message);
  });
});

describe('articleSourceFields', () => {
  const m = parseSourcesManifest('- file: 001_a.txt\n  publication: 示例日报\n  date: 2023-04-24\n', KNOWN);
  it('gives a listed file its manifest fields under the article names', () => {
    expect(articleSourceFields(m, '001_a.txt')).toEqual({ published: '2023-04-24', publication: '示例日报', page: null, url: null });
  });
  it('gives an unlisted file nulls, never a guess', () => {
    expect(articleSourceFields(m, '002_b.txt')).toEqual({ published: null, publication: null, page: null, url: null });
  });
  it('reads the year of a full, month or year date', () => {
    expect([publishedYear('2023-04-24'), publishedYear('2021-07'), publishedYear('2019'), publishedYear(null)]).toEqual([2023, 2021, 2019, null]);
  });
});
