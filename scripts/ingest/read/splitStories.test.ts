import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { generateTitle, splitStories } from './splitStories.ts';

const para = (s: string): string => `${s}这句话只是为了让段落足够长，像报纸上真实的一段正文那样。`;
const split = (source: string) => splitStories(clean(source), 'x.txt');

describe('splitStories: headline before body', () => {
  it('reads kicker, headline, subhead, byline and body', () => {
    const [story, ...rest] = split(
      [
        '某某区某某街道：',
        '',
        '老街区焕发新活力',
        '',
        '记者 张明远 通讯员 李小红',
        '',
        '小标题在这里',
        '',
        para('正文第一段。'),
        '',
        para('正文第二段。'),
      ].join('\n'),
    );
    expect(rest).toHaveLength(0);
    expect(story).toMatchObject({ kicker: '某某区某某街道：', title: '老街区焕发新活力', titleGenerated: false, subtitle: null });
    expect(story!.credits).toEqual([
      { role: '记者', name: '张明远' },
      { role: '通讯员', name: '李小红' },
    ]);
    expect(story!.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('splits a page into stories at each headline group and keeps the second headline line as subtitle', () => {
    const stories = split(
      [
        '第一篇的标题，写得比较长',
        '',
        '第一篇的副题',
        '',
        '记者 张明远',
        '',
        para('第一篇正文。'),
        '',
        '第二篇标题',
        '',
        '记者 王小红',
        '',
        para('第二篇正文。'),
      ].join('\n'),
    );
    expect(stories.map((s) => [s.title, s.subtitle])).toEqual([
      ['第一篇的标题，写得比较长', '第一篇的副题'],
      ['第二篇标题', null],
    ]);
    expect(stories[1]!.blocks.map((b) => b.text)).toEqual([para('第二篇正文。')]);
  });

  it('reads an interview: kicker and headline on one line, column label, lead before the byline, interviewee name', () => {
    const [story] = split(
      [
        '某某局党组书记、局长王明远：全年推进项目100个',
        '',
        '一把手访谈',
        '',
        para('1月13日，王明远接受记者专访时表示。'),
        '',
        '',
        '',
        '王明远',
        '',
        '张三丰 李小四 济南报道',
        '',
        '小标题',
        '',
        para('正文。'),
      ].join('\n'),
    );
    expect(story).toMatchObject({
      kicker: '某某局党组书记、局长王明远：',
      title: '全年推进项目100个',
      column: '一把手访谈',
      featuredName: '王明远',
      dateline: '济南报道',
    });
    // The lead paragraph opens the body, before the first subhead.
    expect(story!.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('takes the year from a special-section label and a caption above the headline', () => {
    const [story] = split(
      ['', '', '夜幕下的公园依旧热闹。', '', '专题报道', '', '2024某某两会特别策划', '', '民生底线守得牢', '', '记者 史小安', '', para('正文。')].join('\n'),
    );
    expect(story).toMatchObject({ title: '民生底线守得牢', column: '专题报道 · 2024某某两会特别策划', year: 2024, captions: ['夜幕下的公园依旧热闹。'] });
  });
});

describe('splitStories: headline after body (narrow columns)', () => {
  const page = [
    '   □ 本报记者 张明远',
    '  本报济南讯 近日，某某区新建口袋',
    '公园3处，方便周边居民休闲健身，受到',
    '居民欢迎。',
    '  该区表示，下一步将继续推进城市更',
    '新，让更多居民受益。',
    '',
    '某某区新建',
    '',
    '口袋公园三处',
    '',
    '  □记者 王小红 报道',
    '  本报济南讯 4月23日，某某街道举办',
    '邻里节活动，吸引居民500余人参加，',
    '现场气氛热烈。',
  ].join('\n');

  it('attaches each headline printed after its body to that story', () => {
    const stories = split(page);
    expect(stories.map((s) => s.title)).toEqual(['某某区新建口袋公园三处', '某某街道举办邻里节活动，吸引居民500余人参加，现场气氛热烈']);
    expect(stories[0]!.dateline).toBe('本报济南讯');
    expect(stories[0]!.blocks[0]!.text.startsWith('近日，某某区新建口袋公园3处')).toBe(true);
  });

  it('makes a title from the first sentence of a story printed without one, and marks it', () => {
    const last = split(page)[1]!;
    expect(last.titleGenerated).toBe(true);
    expect(last.credits).toEqual([{ role: '记者', name: '王小红' }]);
  });
});

describe('generateTitle', () => {
  const cases: [string, string][] = [
    // A short first sentence is the title, without its full stop.
    ['某某区新建口袋公园3处。', '某某区新建口袋公园3处'],
    // Leading time phrase and purpose clause are skipped; the rest is cut at a clause boundary.
    [
      '为推动文化传承，4月23日，某某区与某某县携手举办诗词咏诵会，共品诗词、涵养情怀，吸引了上千名市民在线观看。',
      '某某区与某某县携手举办诗词咏诵会，共品诗词、涵养情怀…',
    ],
    // Without clause boundaries the sentence is cut at the length limit.
    ['某某区某某街道某某社区某某小区某某楼某某单元某某号居民某某某同志获得表彰。', '某某区某某街道某某社区某某小区某某楼某某单元某某号居民某某某…'],
  ];
  for (const [sentence, title] of cases) {
    it(`titles ${JSON.stringify(sentence.slice(0, 12))}…`, () => expect(generateTitle(sentence)).toBe(title));
  }
});
