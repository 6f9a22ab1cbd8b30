import { describe, expect, it } from 'vitest';
import { extractInitiatives, fragmentCore, programmeKey, type InitiativeMention } from './extractInitiatives.ts';

/** Name → suffix, for rows that check what was found. */
const namesOf = (found: InitiativeMention[]): Record<string, string | null> => Object.fromEntries(found.map((i) => [i.name, i.suffix]));
const only = (paragraphs: string[]): InitiativeMention => {
  const found = extractInitiatives(paragraphs);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('extractInitiatives: what is an initiative', () => {
  const rows: { why: string; paragraphs: string[]; expected: Record<string, string | null> }[] = [
    {
      why: 'a quoted name followed by a programme noun; the noun is the suffix, not the name',
      paragraphs: ['济南市历下区新的社会阶层人士进社区“新力量·益满格”活动给出了行动方案。'],
      expected: { '新力量·益满格': '活动' },
    },
    {
      why: 'plain words between the quotes and the noun belong to the suffix',
      paragraphs: ['去年以来，市中区深入开展“一街一品”集中攻坚行动，每年明确一个项目重点攻坚。'],
      expected: { 一街一品: '集中攻坚行动' },
    },
    {
      why: 'a numbered work system is named with its head noun, not as a bare number; the party body before it is its owner',
      paragraphs: ['2023年，某某街道以区委“5566”工作体系为主题主线，着力推动各项工作。'],
      expected: { '“5566”工作体系': null },
    },
    {
      why: 'a name with 、 inside, before 工程',
      paragraphs: ['去年以来，济南实施“万人下乡、千村提升”工程，凝聚乡村全面振兴强大合力。'],
      expected: { '万人下乡、千村提升': '工程' },
    },
    {
      why: 'themed years are initiatives without a suffix',
      paragraphs: ['根据“项目突破年”总要求，历城区持续发力年轻干部培养。'],
      expected: { 项目突破年: null },
    },
    {
      why: 'a quoted name that itself ends with a programme noun',
      paragraphs: ['开展楼道“亮灯行动”，关注独居老人“窗帘行动”。'],
      expected: { 亮灯行动: null, 窗帘行动: null },
    },
    {
      why: 'names listed before 等 and a programme noun',
      paragraphs: ['先后涌现出“知函问暖”“乐和舜华”“建新家园”等特色党建品牌。'],
      expected: { 知函问暖: null, 乐和舜华: null, 建新家园: null },
    },
    {
      why: 'a quoted name right after a launch verb, at a clause end',
      paragraphs: ['今年，街道组织开展“邻里守望”，覆盖全部社区。'],
      expected: { 邻里守望: null },
    },
    {
      why: 'an unquoted action plan after 实施',
      paragraphs: ['“2025年，济南将实施外资提质推进行动。”李洪伟表示。'],
      expected: { 外资提质推进: '行动' },
    },
    {
      why: 'an unquoted brand named after the city',
      paragraphs: ['济南市委社会工作部部长徐法贤：做好“三项重点”任务，升级泉城义工品牌'],
      expected: { 泉城义工: '品牌' },
    },
    {
      why: 'a plan named in a document title without quotes',
      paragraphs: ['去年，济南市出台《济南市优化营商环境行动计划》，明确了20项任务。'],
      expected: { 济南市优化营商环境: '行动计划' },
    },
    {
      why: 'ASCII quotation marks',
      paragraphs: ['开展"寻美·历下"活动,切实发挥最美历下"宣传员"的作用。'],
      expected: { '寻美·历下': '活动' },
    },
    {
      why: 'a slogan inside a sentence is not an initiative',
      paragraphs: ['高质量推进组织、队伍、制度和保障建设，确保“周周有活动，月月有精彩”。'],
      expected: {},
    },
    {
      why: 'nicknames, a company, an award, a film title and quoted speech are not initiatives',
      paragraphs: [
        '坚守社区26年的“大管家”杜春霞，随叫随到的“小巷总理”田象霞……会议播放了专题片《用作风回应 用能力保障 为基层赋能》。',
        '南邱村强化“乡村振兴公司”牵头示范。王勇获评第十二届“中华慈善奖”。',
        '“今年我们就要将这个基地打造出来，共120多个大棚。”房庄村有了“大项目”。',
      ],
      expected: {},
    },
    {
      why: 'a kind of project with nothing between the quotes and 项目 is not a programme',
      paragraphs: ['推选50个优秀‘社区经理人’项目。'],
      expected: {},
    },
    {
      why: 'generic unquoted phrases are not names',
      paragraphs: ['各街道开展专项行动，打造特色党建品牌，积极开展丰富多彩的主题活动，配备工程师10名。'],
      expected: {},
    },
    {
      why: 'a numeral fragment takes the words before the quotes (after the launch verb) and its head noun',
      paragraphs: ['今年将实施外卖骑手‘八大’暖心实事项目。'],
      expected: { '外卖骑手‘八大’暖心实事项目': null },
    },
    {
      why: 'a code in quotes with a head noun after words between; the particle 的 ends the words before',
      paragraphs: ['着力构建部门包村、企业联村的“1+2+N”帮扶体系，完善社区“1+N”制度体系。'],
      expected: { '“1+2+N”帮扶体系': null, '社区“1+N”制度体系': null },
    },
    {
      why: 'a fragment with a short head before 等 in a list of activities (the quoted item before it is listed too)',
      paragraphs: ['组织“清朗家园”主题宣讲、网络安全“五进”宣传等主题活动。'],
      expected: { 清朗家园: null, '网络安全“五进”宣传': null },
    },
    {
      why: 'a bare number or fragment with no head noun is never a name',
      paragraphs: ['全区形成了“123”的工作格局，实现“两提升”。'],
      expected: {},
    },
    {
      why: 'a quoted list with 等 and a kind of working model',
      paragraphs: ['推广运用“园区党建”“楼长制”“商圈联盟”等工作模式。'],
      expected: { 园区党建: null, 楼长制: null, 商圈联盟: null },
    },
    {
      why: 'programme nouns: a platform, a station brand, a night school in the name, a signboard',
      paragraphs: ['强化“减负直通”平台建设，推进‘暖蜂驿’骑手驿站建设。街道开设“晚八点青年夜校”，擦亮“老街金巷”招牌。'],
      expected: { 减负直通: '平台', 暖蜂驿: '骑手驿站', 晚八点青年夜校: null, 老街金巷: '招牌' },
    },
    {
      why: 'a city-named brand printed between a quoted programme and its noun is a programme too',
      paragraphs: ['开展了“邻里一家亲”泉城邻里节活动，深化“远亲近邻”泉城邻里节品牌建设。'],
      expected: { 邻里一家亲: '泉城邻里节活动', 泉城邻里节: '活动', 远亲近邻: '泉城邻里节品牌' },
    },
    {
      why: 'a quoted honorific in a list of people before 等一批…典型 is not a programme; a quoted honour title is',
      paragraphs: ['涌现出“第一书记”许诺、90后返乡企业家程远等一批先进典型，评选30名“泉城之星”先进典型。'],
      expected: { 泉城之星: '先进典型' },
    },
    {
      why: 'an everyday goal before 行动 is not a name; a longer named action is',
      paragraphs: ['开展能力提升行动，实施农机购置升级行动。'],
      expected: { 农机购置升级: '行动' },
    },
    {
      why: 'ASCII quotes around a fragment',
      paragraphs: ['以区委"6655"工作体系为主线.'],
      expected: { '“6655”工作体系': null },
    },
  ];
  it.each(rows)('$why', ({ paragraphs, expected }) => {
    expect(namesOf(extractInitiatives(paragraphs))).toEqual(expected);
  });
});

describe('extractInitiatives: aliases', () => {
  it('joins a numbered short form with the list the story spells it out as', () => {
    const found = extractInitiatives(['开展“四优”行动', '全区将开展“优环境、优服务、优作风、优效能”三年行动，持续推进。']);
    expect(found.map((i) => [i.name, i.aliases])).toEqual([['“四优”行动', ['优环境、优服务、优作风、优效能']]]);
    expect(found[0]!.paragraphs).toEqual([0, 1]);
  });

  it('keeps them apart when the count differs', () => {
    const found = extractInitiatives(['开展“三优”行动', '全区将开展“优环境、优服务、优作风、优效能”三年行动。']);
    expect(found.map((i) => i.name)).toEqual(['“三优”行动', '优环境、优服务、优作风、优效能']);
  });

  it('records the short part of a 、 name as an alias', () => {
    const found = only(['“千村提升”工程共同奔赴', '去年以来，全市实施“万人下乡、千村提升”工程。']);
    expect(found.aliases).toEqual(['千村提升']);
  });
});

describe('extractInitiatives: one entry per initiative', () => {
  it('joins a bare quoted mention to the one with its suffix and lists every paragraph', () => {
    const found = only(['“新力量·益满格”活动自开展以来就被寄予厚望。', '这一段没有提到它。', '在各街道成立“新力量·益满格”街道工作室13个。']);
    expect(found).toMatchObject({ name: '新力量·益满格', suffix: '活动', printed: '“新力量·益满格”活动', paragraphs: [0, 2] });
  });

  it('joins a short form that is one part of a 、 name', () => {
    const found = only(['“千村提升”工程共同奔赴', '去年以来，济南实施“万人下乡、千村提升”工程，凝聚合力。']);
    expect(found).toMatchObject({ name: '万人下乡、千村提升', suffix: '工程', paragraphs: [0, 1] });
  });

  it('joins an unquoted brand and a longer form of it', () => {
    const found = only(['升级泉城义工品牌', '“今年将持续推进泉城义工志愿服务品牌升级，培育一批志愿服务项目。”徐法贤介绍。']);
    expect(found).toMatchObject({ name: '泉城义工', suffix: '品牌', paragraphs: [0, 1] });
  });

  it('joins “X行动” and “X”行动', () => {
    const found = only(['开展“护河行动”。', '天桥区将开展“护河”行动。']);
    expect(found.paragraphs).toEqual([0, 1]);
  });

  it('keeps the describing sentences verbatim', () => {
    const paragraph = '其中，2023年为“筑基赋能年”，围绕落实工作任务，梳理存在问题。2024年为“巩固提升年”。';
    const found = extractInitiatives([paragraph]);
    expect(found.map((i) => i.descriptions)).toEqual([['其中，2023年为“筑基赋能年”，围绕落实工作任务，梳理存在问题。'], ['2024年为“巩固提升年”。']]);
    for (const d of found.flatMap((i) => i.descriptions)) expect(paragraph.includes(d)).toBe(true);
  });
});

describe('extractInitiatives: owner and years', () => {
  const rows: { why: string; paragraphs: string[]; name: string; owner: string | null; years: { start: number; end: number } | null }[] = [
    {
      why: 'the sentence subject owns it; a 自…至… span in the sentence gives the years',
      paragraphs: ['自2023年至2025年，天桥区将在全区范围内开展“三强”行动，按照规划分步实施。'],
      name: '“三强”行动',
      owner: '天桥区',
      years: { start: 2023, end: 2025 },
    },
    {
      why: 'a department printed right before the quotes owns it',
      paragraphs: ['2023年，历城区山大路街道以区委“4433”工作体系为主题主线。'],
      name: '“4433”工作体系',
      owner: '区委',
      years: null,
    },
    {
      why: 'a department before a document title; years in brackets after the plan',
      paragraphs: ['市中区全面落实市委《党建引领基层治理“双十”行动计划（2023-2025年）》，创新基层治理模式。'],
      name: '党建引领基层治理“双十”行动计划',
      owner: '市委',
      years: { start: 2023, end: 2025 },
    },
    {
      why: 'ASCII brackets and a hyphen',
      paragraphs: ['全面落实市委《党建引领基层治理“双十”行动计划(2023-2025年)》。'],
      name: '党建引领基层治理“双十”行动计划',
      owner: '市委',
      years: { start: 2023, end: 2025 },
    },
    {
      why: 'a subject in an earlier clause of the same sentence, after a time phrase',
      paragraphs: ['在工作架构方面，历下区委统战部开展分类调研，健全“新力量·益满格”活动运行评估长效机制。'],
      name: '新力量·益满格',
      owner: '历下区委统战部',
      years: null,
    },
    {
      why: 'a department at the start of the clause, after 今年',
      paragraphs: ['同时，今年济南市委社会工作部还将举办“泉城益企”系列活动。'],
      name: '泉城益企',
      owner: '济南市委社会工作部',
      years: null,
    },
    {
      why: 'a year printed right before the themed year',
      paragraphs: ['4月22日，济南市天桥区召开2023“筑基赋能年”活动部署大会。'],
      name: '筑基赋能年',
      owner: '济南市天桥区',
      years: { start: 2023, end: 2023 },
    },
    {
      why: 'no owner when no sentence says who runs it; a place right before the quotes is where, not who',
      paragraphs: ['队伍建设上，抓牢村、社区干部教育管理，实施“经纬雁阵”计划。', '让历下区“同心共建”行动走深走实。'],
      name: '经纬雁阵',
      owner: null,
      years: null,
    },
    {
      why: 'a span in a sentence naming two initiatives is not given to either',
      paragraphs: ['2023年至2025年，全区推进“强基”行动和“育苗”计划。'],
      name: '强基',
      owner: null,
      years: null,
    },
    {
      why: 'the department that hosts it, printed before 主办的',
      paragraphs: ['由济南市委宣传部主办的“文明实践进万家”活动在泉城广场启动。'],
      name: '文明实践进万家',
      owner: '济南市委宣传部',
      years: null,
    },
    {
      why: 'years in full-width brackets with a dash after the suffix',
      paragraphs: ['推进实施“千企转型”计划（2022—2024年）。'],
      name: '千企转型',
      owner: null,
      years: { start: 2022, end: 2024 },
    },
    {
      why: 'people are not owners: a clause opened by 让 is skipped for the nearest real subject',
      paragraphs: ['历城区持续发力年轻干部培养，让年轻干部在一线见风雨，为全面落实“4433”工作推进体系提供保障。'],
      name: '“4433”工作推进体系',
      owner: '历城区',
      years: null,
    },
  ];
  it.each(rows)('$why', ({ paragraphs, name, owner, years }) => {
    const found = extractInitiatives(paragraphs).find((i) => i.name === name);
    expect(found).toBeDefined();
    expect({ owner: found!.owner, years: found!.years }).toEqual({ owner, years });
  });
});

describe('programmeKey', () => {
  it.each([
    { name: '区委“7788”工作体系', key: '“7788”体系' }, // a fragment: its quoted part and final noun
    { name: '“7788”工作推进体系', key: '“7788”体系' }, // the same programme printed with other words between
    { name: '社区‘八大’暖心实事项目', key: '“八大”项目' }, // single quotes read like double ones
    { name: '泉城某某荟', key: '泉城某某荟' }, // not a fragment: the name itself
  ])('$name → $key', ({ name, key }) => {
    expect(programmeKey(name)).toBe(key);
  });
});

describe('fragmentCore', () => {
  it.each([
    { name: '“7788”现代化产业体系', core: '7788' }, // the number a named fragment was once known by
    { name: '社区‘八大’暖心实事项目', core: '八大' }, // a numeral fragment in single quotes
    { name: '泉城某某荟', core: null }, // a plain name has none
    { name: '“泉城某某”活动', core: null }, // quotes around a full name are not a fragment
  ])('$name → $core', ({ name, core }) => {
    expect(fragmentCore(name)).toBe(core);
  });
});

describe('extractInitiatives: where names are printed', () => {
  it.each<{ why: string; paragraphs: string[]; printed: [number, number, string][] }>([
    {
      // full-width quotes: the name between them, the quotes and the programme noun left out, at every printing
      why: 'quoted name, printed twice',
      paragraphs: ['某街道开展“邻里帮”行动，组建服务队8支。', '今年，“邻里帮”行动覆盖全部社区。'],
      printed: [
        [0, 6, '邻里帮'],
        [1, 4, '邻里帮'],
      ],
    },
    {
      // ASCII quotes count one code unit each, like full-width ones
      why: 'ASCII quotes',
      paragraphs: ['某区推出"惠企通"服务品牌,已有企业入驻。'],
      printed: [[0, 5, '惠企通']],
    },
    {
      // an unquoted action plan is marked by its name, without the programme noun
      why: 'unquoted action plan in a document title',
      paragraphs: ['市里印发《某某产业振兴三年行动计划》，明确目标。'],
      printed: [[0, 5, '某某产业振兴']],
    },
  ])('$why', ({ paragraphs, printed }) => {
    const programme = only(paragraphs);
    expect(programme.spans.map((s) => [s.paragraph, s.start, paragraphs[s.paragraph]!.slice(s.start, s.end)])).toEqual(printed);
  });
});
