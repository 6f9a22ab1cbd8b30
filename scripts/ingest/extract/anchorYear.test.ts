import { describe, expect, it } from 'vitest';
import { statesOwnYear, storyAnchor, yearOfDate } from './anchorYear.ts';

/** Made-up story openings; each row states the anchors they give. */
const rows: { what: string; texts: string[]; published: string | null; pageYear?: number | null; topic: number | null; now: number | null }[] = [
  // A year-summary story: `2023年，…` then `这一年…`; it was written in that year as far as the text says.
  { what: 'topic year opening a sentence', texts: ['这一年，某街道创新抓党建。', '2023年，某区某街道以党建为引领。'], published: null, topic: 2023, now: 2023 },
  // `2023年已过半` states the present: 今年 and 这一年 both mean it.
  { what: 'a present-year statement', texts: ['2023年已过半，某区坚定扛牢发展重任。'], published: null, topic: 2023, now: 2023 },
  // The printed date wins for 今年; the topic year stays what 这一年 means.
  { what: 'published date and a topic year', texts: ['2022年，全区新增企业800家。'], published: '2023-01-15', topic: 2022, now: 2023 },
  // A year-month date counts as its year.
  { what: 'published as YYYY-MM', texts: ['今年以来，某区加快项目建设。'], published: '2024-06', topic: 2024, now: 2024 },
  // `2023年以来` and `2023年底` are not topics.
  { what: '以来 and 底 are not a topic', texts: ['2023年以来，某区累计引进项目50个。到2025年底建成。'], published: null, topic: null, now: null },
  // A first quarter just reported dates the story: `今年一季度` later in it is the same year.
  {
    what: 'a reported part of a year',
    texts: ['据反馈2023年一季度数据，某区登记额超63亿元。', '今年一季度，某区服务企业1000家次。'],
    published: null,
    topic: 2023,
    now: 2023,
  },
  // ASCII comma after the topic year.
  { what: 'ASCII comma', texts: ['2021年,某镇新建大棚120个.'], published: null, topic: 2021, now: 2021 },
  // Nothing in the text, but another story of the same page states its year.
  { what: 'page year only', texts: ['今年，某村新建大棚120个。'], published: null, pageYear: 2023, topic: 2023, now: 2023 },
];

describe('storyAnchor', () => {
  for (const r of rows) it(r.what, () => expect(storyAnchor(r.texts, r.published, r.pageYear ?? null)).toEqual({ topic: r.topic, now: r.now }));

  it('reads the year of partial dates and nothing else', () => {
    expect([yearOfDate('2023-04-24'), yearOfDate('2023'), yearOfDate(null), yearOfDate('')]).toEqual([2023, 2023, null, null]);
  });

  it('a story dates its page only by a statement of the present, not by a year it sums up', () => {
    expect(statesOwnYear(['2023年已过半，某区…'])).toBe(2023);
    expect(statesOwnYear(['2022年，全区新增企业800家。'])).toBeNull();
  });
});
