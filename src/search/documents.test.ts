import { describe, expect, it } from 'vitest';
import { buildSearchDocs, markdownToText } from './documents.ts';
import { TEST_SOURCE } from './testCorpus.ts';

const docs = buildSearchDocs(TEST_SOURCE);
const find = (url: string) => {
  const doc = docs.find((d) => d.url === url);
  if (!doc) throw new Error(`no document at ${url}`);
  return doc;
};

describe('markdownToText', () => {
  it.each([
    // a subhead keeps its words and loses its marks
    ['正文一。\n\n## 义工服务进网格\n\n正文二。', '正文一。\n义工服务进网格\n正文二。'],
    // emphasis marks go, the words stay
    ['**重点**项目', '重点项目'],
    // a quoted paragraph
    ['> “今年将持续推进。”', '“今年将持续推进。”'],
  ])('%j', (input, expected) => expect(markdownToText(input)).toBe(expected));
});

describe('buildSearchDocs', () => {
  it('makes one document per story, place, person, programme and figure', () => {
    const count = (type: string) => docs.filter((d) => d.type === type).length;
    expect([count('article'), count('district'), count('official'), count('initiative'), count('figure')]).toEqual([10, 4, 3, 2, 4]);
  });

  it('a place carries its aliases and their pinyin, full and initials', () => {
    const lixia = find('/districts/lixia-qu/');
    expect(lixia.names).toEqual(['历下区', '历下']);
    expect(lixia.pinyin).toEqual(['lixiaqu', 'lxq', 'lixia', 'lx']);
  });

  it('a street is tagged with its district, and its meta line names its level and district', () => {
    const street = find('/districts/yaojia-jiedao/');
    expect(street.tags).toEqual(['历下区', '历下']);
    expect(street.meta).toBe('街道 · 历下区');
  });

  it('a story is tagged with the names of the places, people and programmes it is linked to', () => {
    const story = find('/articles/ji-shu-he-tong/');
    expect(story.tags).toEqual(['济南高新技术产业开发区', '高新区', '济南高新区']);
  });

  it('a story carries the full pinyin of its headline', () => {
    expect(find('/articles/lan-mei/').pinyin).toEqual(['xiaolanmeiguqicunminqiandaizi']);
  });

  it('a story body is its text without Markdown marks, with full-width letters and digits folded', () => {
    expect(find('/articles/xin-li-liang/').body).toContain('126个。\n义工服务进网格\n网格员');
    expect(find('/articles/wu-ji/').body).toContain('国家5A级物流企业22家');
  });

  it('a figure links to its sentence inside the story and is titled by what it measures', () => {
    const figure = docs.find((d) => d.type === 'figure' && d.title.includes('126个'));
    expect(figure?.url).toBe('/articles/xin-li-liang/#fig-126-ge');
    expect(figure?.title).toBe('社区工作站 126个');
    expect(figure?.meta).toBe('凝聚“新力量” 服务“益满格”');
  });

  it('a person is found by name and posts', () => {
    const person = find('/officials/li-hongwei/');
    expect(person.names).toEqual(['李洪伟']);
    expect(person.pinyin).toEqual(['lihongwei', 'lhw']);
    expect(person.body).toContain('济南市投资促进局局长');
  });
});
