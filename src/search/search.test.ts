import { describe, expect, it } from 'vitest';
import { buildPayload } from './buildIndex.ts';
import { buildSearchDocs } from './documents.ts';
import { createSearcher, type SearchAnswer } from './search.ts';
import { TEST_SOURCE } from './testCorpus.ts';
import type { Segment } from './types.ts';

// Through JSON, as the browser receives it.
const payload = JSON.parse(JSON.stringify(buildPayload(buildSearchDocs(TEST_SOURCE))));
const searcher = createSearcher(payload);
const show = (segments: readonly Segment[]): string => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const urls = (answer: SearchAnswer): string[] => answer.groups.flatMap((g) => g.hits.map((h) => h.url));
const first = (answer: SearchAnswer) => {
  const hit = answer.groups[0]?.hits[0];
  if (!hit) throw new Error(`nothing found for ${answer.query}`);
  return searcher.show(hit, answer);
};

describe('search', () => {
  it.each([
    // a place name puts the place first
    ['历下区', '/districts/lixia-qu/', '[历下区]'],
    // a person's name puts the person first
    ['李洪伟', '/officials/li-hongwei/', '[李洪伟]'],
    // pinyin of an alias finds the place; its Chinese name is marked whole
    ['lixia', '/districts/lixia-qu/', '[历下区]'],
    // initials
    ['lxq', '/districts/lixia-qu/', '[历下区]'],
    // pinyin typed with capitals and a space
    ['Li Hongwei', '/officials/li-hongwei/', '[李洪伟]'],
    // an alias the story never prints still puts the place first
    ['高新区', '/districts/gaoxin-qu/', '济南高新技术产业开发区'],
  ])('%s → %s first', (query, url, title) => {
    const top = first(searcher.search(query));
    expect(top.url).toBe(url);
    expect(show(top.title)).toBe(title);
  });

  it('groups results by type under Chinese headings, the group of the best hit first', () => {
    const answer = searcher.search('历下区');
    expect(answer.groups[0]?.label).toBe('地区');
    expect(answer.groups.map((g) => g.label).sort()).toEqual(['地区', '数据', '文章', '项目与行动'].sort());
    expect(answer.total).toBe(answer.groups.reduce((n, g) => n + g.hits.length, 0));
  });

  it('a two-character word finds every story that prints it', () => {
    const found = urls(searcher.search('物流')).filter((u) => u.startsWith('/articles/') && !u.includes('#'));
    expect(found.sort()).toEqual(['/articles/cang-chu/', '/articles/han-leng/', '/articles/leng-lian/', '/articles/wu-ji/', '/articles/zhao-shang/']);
  });

  it('a story that prints the query as typed ranks above one that has its words apart', () => {
    const answer = searcher.search('冷链物流基地');
    // `han-leng` prints 寒冷 and 产业链 but not 冷链: a word is matched whole, not as scattered characters.
    expect(answer.groups[0]?.hits.map((h) => h.url)).toEqual(['/articles/leng-lian/', '/articles/cang-chu/']);
  });

  it('a snippet shows the match in its sentence, marked', () => {
    const answer = searcher.search('助餐');
    const hit = searcher.show(answer.groups[0]!.hits[0]!, answer);
    expect(hit.url).toBe('/articles/yi-gong/');
    expect(show(hit.snippet)).toContain('为独居老人提供[助餐]服务');
  });

  it('pinyin of a word finds the stories with it in the headline', () => {
    const found = urls(searcher.search('wuliu')).filter((u) => u.startsWith('/articles/'));
    expect(found.sort()).toEqual(['/articles/cang-chu/', '/articles/leng-lian/', '/articles/wu-ji/']);
  });

  it('a page found through a linked place it does not print says so in its snippet', () => {
    const answer = searcher.search('高新区');
    const story = answer.groups.find((g) => g.type === 'article')!.hits[0]!;
    expect(show(searcher.show(story, answer).snippet)).toMatch(/^相关：\[高新区\]。一季度，济南高新技术产业开发区/);
  });

  it('a figure links to its sentence in the story', () => {
    const answer = searcher.search('社区工作站');
    const figures = answer.groups.find((g) => g.type === 'figure');
    expect(figures?.hits.map((h) => h.url)).toEqual(['/articles/xin-li-liang/#fig-126-ge']);
  });

  it.each([
    // nonsense in Chinese
    '量子火锅',
    // nonsense in Latin letters
    'xyzzy',
    // only punctuation
    '，。！',
    // nothing
    '   ',
  ])('%j finds nothing', (query) => {
    const answer = searcher.search(query);
    expect(answer.total).toBe(0);
    expect(answer.groups).toEqual([]);
  });

  it('adding a word narrows the results', () => {
    const broad = urls(searcher.search('义工'));
    const narrow = urls(searcher.search('义工 助餐'));
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(broad.length);
    for (const url of narrow) expect(broad).toContain(url);
  });
});
