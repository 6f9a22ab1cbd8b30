import { describe, expect, it } from 'vitest';
import { extractOfficials, normalisePunctuation, type LocalPlace, type OfficialMention } from './extractOfficials.ts';
import { surnameAt } from './surnames.ts';

const run = (paragraphs: string[], bylineNames: string[] = [], featuredName: string | null = null, places: string[] = []): OfficialMention[] =>
  extractOfficials(paragraphs, { bylineNames, featuredName, localPlaces: localPlaces(paragraphs, places) });

/** Where the named villages and communities are printed, as the gazetteer pass would report them. */
function localPlaces(paragraphs: string[], names: string[]): LocalPlace[] {
  return paragraphs.flatMap((p, paragraph) =>
    names.flatMap((name) => {
      const out: LocalPlace[] = [];
      for (let start = p.indexOf(name); start !== -1; start = p.indexOf(name, start + 1)) {
        out.push({ paragraph, start, name, kind: name.endsWith('村') ? 'village' : 'community' });
      }
      return out;
    }),
  );
}

/** Name → titles, for rows that only check who was found and with which posts. */
const titlesOf = (found: OfficialMention[]): Record<string, string[]> => Object.fromEntries(found.map((o) => [o.name, o.titles]));

describe('extractOfficials: names and titles', () => {
  const rows: { why: string; paragraphs: string[]; places?: string[]; expected: Record<string, string[]> }[] = [
    {
      why: 'several posts joined by ， and 、; a bare post after 、 inherits the organisation',
      paragraphs: ['1月13日，济南市政协委员，济南市投资促进局党组书记、局长李洪伟接受记者专访时介绍，今年全市推进项目1000个以上。'],
      expected: { 李洪伟: ['济南市政协委员', '济南市投资促进局党组书记', '济南市投资促进局局长'] },
    },
    {
      why: 'a clause opener (会上) is not a title; a one-character given name right before 表示',
      paragraphs: ['会上，省委常委、济南市委书记刘强表示，要建强用好基层治理骨干队伍。'],
      expected: { 刘强: ['省委常委', '济南市委书记'] },
    },
    {
      why: 'two posts in two organisations stay as printed',
      paragraphs: ['“我们将持续推动资源向农村汇聚。”济南市委组织部副部长、市公务员局局长王玉跃表示。'],
      expected: { 王玉跃: ['济南市委组织部副部长', '市公务员局局长'] },
    },
    {
      why: 'a title starts after the verb before it; the grandmother is not an official',
      paragraphs: ['“多亏了咱们社区的网格员！”济南市建新社区居民刘奶奶紧紧握住社区书记李梓涵的手激动地说。'],
      expected: { 李梓涵: ['社区书记'] },
    },
    {
      why: 'a title after an unrelated clause keeps its organisation; a three-character name before 从',
      paragraphs: ['从配备网格家庭医生团队，到定期为重点人群提供上门服务，澄波社区党委书记张晓菲从群众身边的琐碎事着手。'],
      expected: { 张晓菲: ['澄波社区党委书记'] },
    },
    {
      why: 'the sending department before 派驻 is kept and the village printed before it fills the post',
      paragraphs: ['长清区柳河村位于两市交界处。但是自从市农业农村局派驻第一书记孙立到村之后，村子有了不少动静。'],
      places: ['柳河村'],
      expected: { 孙立: ['市农业农村局派驻柳河村第一书记'] },
    },
    {
      why: 'a post printed after 派驻 with its village needs no lookup',
      paragraphs: ['市科技局派驻桃园村第一书记郑凯介绍，今年村里新建了大棚。'],
      expected: { 郑凯: ['市科技局派驻桃园村第一书记'] },
    },
    {
      why: 'a dispatched post with no village printed before it stays as printed',
      paragraphs: ['市财政局派驻第一书记冯涛表示，要办好民生实事。'],
      expected: { 冯涛: ['市财政局派驻第一书记'] },
    },
    {
      why: 'a partner with the firm as printed, brackets included; 为了 after a one-character given name',
      paragraphs: ['北京市兰台(济南)律师事务所合伙人王阳为了第二天的“早餐会”而提前准备着各项事宜。'],
      expected: { 王阳: ['北京市兰台(济南)律师事务所合伙人'] },
    },
    {
      why: 'a leading 该村 takes the village printed in an earlier paragraph',
      paragraphs: ['今年年初，南部山区石门村召开分红大会。', '“给钱给物，不如建个好支部。”该村党支部书记何长生决心带领村民闯出穷山沟。'],
      places: ['石门村'],
      expected: { 何长生: ['石门村党支部书记'] },
    },
    {
      why: 'a leading 该社区 takes the community; with none printed the post stays bare',
      paragraphs: ['槐荫区青年社区建起了议事厅，该社区党委书记魏敏介绍了做法。', '该村党支部书记秦山表示，要守住耕地。'],
      places: ['青年社区'],
      expected: { 魏敏: ['青年社区党委书记'], 秦山: ['党支部书记'] },
    },
    {
      why: 'a role that speaks counts; a post after 担任 is added; 与 inside an organisation name is kept',
      paragraphs: [
        '斯坦福与伯克利联合实验室访问学者林萍萍就选择了市中，于山东未来网络研究院担任可扩展平台中心负责人。',
        '提及选择这里的原因，林萍萍表示：“这里为我们设立了专门的员工食堂，我们可以踏踏实实工作。”',
      ],
      expected: { 林萍萍: ['斯坦福与伯克利联合实验室访问学者', '可扩展平台中心负责人'] },
    },
    {
      why: 'a name before a speech verb counts without a title',
      paragraphs: ['徐法贤介绍，今年将还打造100处“友好场景”。'],
      expected: { 徐法贤: [] },
    },
    {
      why: 'a list of model people: a quoted honorific, then roles with an age; two-character names stand',
      paragraphs: ['全市涌现出“第一书记”许诺、80后返乡企业家程远、90后领头雁曹洋等一批“后起之秀”。'],
      expected: { 许诺: ['“第一书记”'], 程远: ['80后返乡企业家'], 曹洋: ['90后领头雁'] },
    },
    {
      why: 'the same list with ASCII punctuation',
      paragraphs: ['全市涌现出"第一书记"许诺、80后返乡企业家程远、90后领头雁曹洋等一批"后起之秀".'],
      expected: { 许诺: ['"第一书记"'], 程远: ['80后返乡企业家'], 曹洋: ['90后领头雁'] },
    },
    {
      why: 'nicknames in quotes before names, with what describes them; an ellipsis ends the last one',
      paragraphs: ['扎根社区18年的“大管家”钱秀英，有求必应的“小巷总理”秦红……会议播放了专题片。'],
      expected: { 钱秀英: ['扎根社区18年的“大管家”'], 秦红: ['有求必应的“小巷总理”'] },
    },
    {
      why: 'a quoted label before a name that runs on into a verb is not a list item',
      paragraphs: ['被称为“大管家”的社区书记很忙，“老黄牛”韩刚强调要多干实事。'],
      expected: {},
    },
    {
      why: 'a role-only person outside a list who never speaks is left out',
      paragraphs: ['回村企业家程远投资建了一座冷库，带动了周边农户。'],
      expected: {},
    },
    {
      why: 'people with no post and no role: 小郑, 老邵, 江大爷',
      paragraphs: [
        '济阳区济北街道澄波社区的小郑自报名夜校以来，对每天下班后的生活都充满了期待。',
        '近段时间，长清区房庄村的村民老邵，和乡亲们最津津乐道的就是村里的一个“大项目”。',
        '“都这个年龄了，还可以当个股东，每年都能领钱，不孬啊！”南邱村80多岁的江大爷高兴地说。',
      ],
      expected: {},
    },
    {
      why: 'a surname character followed by ordinary words is not a name, even before a speech verb',
      paragraphs: [
        '对此，高新区表示，将加强协同联动。双方表示将深化合作。',
        '有关负责人介绍，全市常态化开展安全生产检查，于是说干就干。',
        '对此，王先生说，这里的环境越来越好。',
      ],
      expected: {},
    },
    {
      why: 'a villager quoted by name is not an official',
      paragraphs: ['村民王大山说，今年的蓝莓长势很好。'],
      expected: {},
    },
    {
      why: 'two people in one clause: the conjunction ends the second title',
      paragraphs: ['区委书记王刚和区长李明出席活动。'],
      expected: { 王刚: ['区委书记'], 李明: ['区长'] },
    },
    {
      why: '和 inside a department name is part of the title',
      paragraphs: ['济南市住房和城乡建设局局长张伟介绍，今年将改造老旧小区100个。'],
      expected: { 张伟: ['济南市住房和城乡建设局局长'] },
    },
    {
      why: 'stop words inside department names do not cut the title (自由贸易试验区, 大数据局)',
      paragraphs: ['中国(山东)自由贸易试验区济南片区管委会主任李刚表示，将深化改革。济南市大数据局局长赵明介绍，平台已上线。'],
      expected: { 李刚: ['中国(山东)自由贸易试验区济南片区管委会主任'], 赵明: ['济南市大数据局局长'] },
    },
    {
      why: 'a compound surname with a two-character given name',
      paragraphs: ['历下区区长欧阳明华表示，将全力推进项目建设。'],
      expected: { 欧阳明华: ['历下区区长'] },
    },
    {
      why: 'a two-character name before a speech verb needs a title somewhere (a company or a place reads the same)',
      paragraphs: ['对此，华为表示将加大投入，章丘表示欢迎。'],
      expected: {},
    },
    {
      why: 'ordinary words after a post are not a name when nothing that follows a name comes after them',
      paragraphs: ['区委书记关心群众生活，坚持干部任用标准。'],
      expected: {},
    },
    {
      why: 'a one-character given name before a two-character follow word (正在), not 王刚正',
      paragraphs: ['书记王刚正在现场调研。'],
      expected: { 王刚: ['书记'] },
    },
    {
      why: 'a bare post keeps its own level when it does not head the organisation before it',
      paragraphs: ['会议由区委副书记、区长王德华主持。镇党委书记、镇长周国庆指出，要抓好秋收。'],
      expected: { 王德华: ['区委副书记', '区长'], 周国庆: ['镇党委书记', '镇长'] },
    },
    {
      why: 'a spokesperson after a deputy post; the name follows 发言人',
      paragraphs: ['济南市市场监管局副局长、新闻发言人郭庆华介绍，全市市场主体突破150万户。'],
      expected: { 郭庆华: ['济南市市场监管局副局长', '新闻发言人'] },
    },
    {
      why: 'a role with its institution counts when the person speaks',
      paragraphs: ['山东大学教授黄海滨认为，济南的发展潜力巨大。'],
      expected: { 黄海滨: ['山东大学教授'] },
    },
    {
      why: 'ASCII punctuation works like full-width',
      paragraphs: ['1月13日,济南市政协委员,济南市投资促进局党组书记、局长李洪伟接受专访时介绍,今年推进项目1000个。'],
      expected: { 李洪伟: ['济南市政协委员', '济南市投资促进局党组书记', '济南市投资促进局局长'] },
    },
  ];
  it.each(rows)('$why', ({ paragraphs, places, expected }) => {
    expect(titlesOf(run(paragraphs, [], null, places))).toEqual(expected);
  });
});

describe('extractOfficials: identity, journalists and the interviewee', () => {
  it('merges repeated mentions: one entry, shorter repeats of a title add nothing, every paragraph listed', () => {
    const found = run([
      '济南市投资促进局党组书记、局长李洪伟接受专访。',
      '这是一段没有人名的文字。',
      '局长李洪伟介绍，2024年济南签约落地亿元以上项目671个。',
      '李洪伟说，今年将加快项目招引。',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '李洪伟', titles: ['济南市投资促进局党组书记', '济南市投资促进局局长'], paragraphs: [0, 2, 3] });
  });

  it('leaves out reporters named in the byline and people printed after 记者 or 通讯员', () => {
    const found = run(['记者史安琪介绍，济南被公开表扬。本报通讯员赵亮表示，街道新建了服务大厅。', '杜春娜表示，这是一次采访。'], ['杜春娜']);
    expect(found).toEqual([]);
  });

  it('takes the interviewee’s titles from the headline passed as a paragraph', () => {
    const found = run(['济南市投资促进局党组书记、局长李洪伟：', '全年推进招引新项目1000个以上。'], [], '李洪伟');
    expect(titlesOf(found)).toEqual({ 李洪伟: ['济南市投资促进局党组书记', '济南市投资促进局局长'] });
  });

  it('keeps the interviewee even when no sentence gives a title', () => {
    expect(titlesOf(run(['今年，济南将持续做好社会工作领域的重点任务。'], [], '徐法贤'))).toEqual({ 徐法贤: [] });
  });

  it('orders people by first mention', () => {
    const found = run(['区长李明表示，要抓好落实。', '区委书记王刚强调，要压实责任。']);
    expect(found.map((o) => o.name)).toEqual(['李明', '王刚']);
  });
});

describe('extractOfficials: quotes', () => {
  const rows: { why: string; paragraphs: string[]; name: string; quotes: string[] }[] = [
    {
      why: 'a quote closed right before the name and a speech verb',
      paragraphs: ['“结合电力、能源、文旅、公交等企业行业优势，建设志愿服务特色站点。”徐法贤提到。'],
      name: '徐法贤',
      quotes: ['结合电力、能源、文旅、公交等企业行业优势，建设志愿服务特色站点。'],
    },
    {
      why: 'a quote opened after 表示：, with a nested single-quoted phrase kept verbatim',
      paragraphs: ['林萍萍表示：“未来这里还会不断完善‘生活圈’，我们可以踏踏实实在这里工作。”'],
      name: '林萍萍',
      quotes: ['未来这里还会不断完善‘生活圈’，我们可以踏踏实实在这里工作。'],
    },
    {
      why: 'a quote starting mid-paragraph after an earlier quoted term, then the titled speaker',
      paragraphs: ['今年将以“泉城活力社区建设年”为抓手，“推选50个优秀‘社区经理人’项目，推动打造一批共建项目。”市委社会工作部部长徐法贤说道。'],
      name: '徐法贤',
      quotes: ['推选50个优秀‘社区经理人’项目，推动打造一批共建项目。'],
    },
    {
      why: 'a paragraph that is only a quote, attributed by the next paragraph',
      paragraphs: ['“过去的一年，我们对机构进行了优化提升，通过改革释放新活力。”', '局长李洪伟表示，2024年1月，市投资促进局调整优化内设机构。'],
      name: '李洪伟',
      quotes: ['过去的一年，我们对机构进行了优化提升，通过改革释放新活力。'],
    },
    {
      why: 'ASCII quotation marks',
      paragraphs: ['"2025年,济南将实施外资提质推进行动."局长李洪伟表示。'],
      name: '李洪伟',
      quotes: ['2025年,济南将实施外资提质推进行动.'],
    },
    {
      why: 'words quoted before someone else’s sentence are not theirs',
      paragraphs: ['“多亏了咱们社区的网格员！”居民刘奶奶紧紧握住社区书记李梓涵的手激动地说。'],
      name: '李梓涵',
      quotes: [],
    },
  ];
  it.each(rows)('$why', ({ paragraphs, name, quotes }) => {
    const person = run(paragraphs).find((o) => o.name === name);
    expect(person?.quotes).toEqual(quotes);
    for (const q of quotes) expect(paragraphs.some((p) => p.includes(q))).toBe(true);
  });

  it('a role-only person counts once a quote is attributed to them', () => {
    const found = run([
      '到服务中心挂职不久，年轻干部王泽楠就萌生了组建联盟的想法。',
      '“但是同事们纷纷摇头，认为将负责同志聚在一起，不现实。”王泽楠却想着试一试。',
    ]);
    expect(found).toEqual([
      {
        name: '王泽楠',
        titles: ['年轻干部'],
        quotes: ['但是同事们纷纷摇头，认为将负责同志聚在一起，不现实。'],
        paragraphs: [0, 1],
        // offsets in each paragraph as printed: after `，年轻干部` and after the quote's closing `”`
        spans: [
          { paragraph: 0, start: 14, end: 17 },
          { paragraph: 1, start: 28, end: 31 },
        ],
      },
    ]);
  });
});

describe('extractOfficials: where names are printed', () => {
  it.each<{ why: string; paragraphs: string[]; name: string; printed: [number, number][] }>([
    {
      // full-width punctuation: every printing of the name, the title before it left out
      why: 'full-width punctuation',
      paragraphs: ['某区民政局局长赵明远介绍，今年新建站点12个。赵明远说，明年还将新增一批。'],
      name: '赵明远',
      printed: [
        [0, 7],
        [0, 23],
      ],
    },
    {
      // ASCII commas and quotes count one code unit each, like their full-width forms
      why: 'ASCII punctuation',
      paragraphs: ['"要把服务做到家门口,"某街道党工委书记钱晓红说,今年已走访300户。'],
      name: '钱晓红',
      printed: [[0, 20]],
    },
    {
      // a name printed with a space inside is found, but has no single run to mark
      why: 'space inside the name',
      paragraphs: ['某镇镇长孙 立平表示，要抓好秋收。', '孙立平介绍，全镇已完成播种。'],
      name: '孙立平',
      printed: [[1, 0]],
    },
  ])('$why', ({ paragraphs, name, printed }) => {
    const person = run(paragraphs).find((o) => o.name === name);
    expect(person?.spans).toEqual(printed.map(([paragraph, start]) => ({ paragraph, start, end: start + name.length })));
    for (const s of person?.spans ?? []) expect(paragraphs[s.paragraph]!.slice(s.start, s.end)).toBe(name);
  });
});

describe('surnames and punctuation helpers', () => {
  it.each([
    { text: '欧阳明华', at: 0, expected: '欧阳' }, // compound surname wins over 欧
    { text: '夏侯凤超', at: 0, expected: '夏侯' }, // compound surname from the bylines
    { text: '李洪伟', at: 0, expected: '李' }, // single surname
    { text: '双方表示', at: 0, expected: null }, // an everyday word left out of the table
  ])('surnameAt($text) is $expected', ({ text, at, expected }) => {
    expect(surnameAt(text, at)).toBe(expected);
  });

  it('normalises ASCII punctuation one character for one, keeping decimals and times', () => {
    const text = '"好",他说:(2023-2025年) 45.3亿元, 10:30';
    const out = normalisePunctuation(text);
    expect(out).toBe('“好”，他说：（2023-2025年） 45.3亿元， 10:30');
    expect(out).toHaveLength(text.length);
  });
});
