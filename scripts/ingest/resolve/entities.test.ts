import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runIngest, type IngestResult } from '../pipeline.ts';
import { emptyCorrections, parseCorrections } from './corrections.ts';

/** A made-up page in the style of the sources: headline group, byline, body. */
const PAGE = [
  '某某工程助力乡村振兴，历城区：',
  '',
  '村集体增收有了新路子',
  '',
  '记者 张明远 通讯员 李小红',
  '',
  '近日，济南市历城区推进“千企帮千村”工程，全区今年新增帮扶项目35个，同比增长12.5%。',
  '',
  '“我们将继续加大投入。”历城区农业农村局局长王建国表示，到2025年，全区力争帮扶项目达到100个以上。',
  '',
  '全市社区工作者总量达到1.4万人。',
].join('\n');

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Frontmatter of every file in a collection folder. */
function entries(result: IngestResult, folder: string): Record<string, unknown>[] {
  return [...result.files].filter(([path]) => path.startsWith(`${folder}/`)).map(([, text]) => parse(text.split('---\n')[1]!) as Record<string, unknown>);
}

describe('buildEntities', () => {
  const result = runIngest([{ name: 'page.txt', bytes: bytes(PAGE) }]);

  it('links the story to its place, person, programme and figures', () => {
    const [article] = entries(result, 'articles');
    expect(article).toMatchObject({ districts: ['licheng-qu'], officials: ['wang-jianguo'], initiatives: ['qian-qi-bang-qian-cun'] });
    expect((article!.metrics as string[]).length).toBe(4);
  });

  it('gives each figure its place: the place before it in the sentence, none when it is city-wide', () => {
    const byText = Object.fromEntries(entries(result, 'metrics').map((m) => [m.text as string, m]));
    expect(byText['35个']).toMatchObject({ district: 'licheng-qu', initiative: 'qian-qi-bang-qian-cun', kind: 'count', target: false });
    expect(byText['12.5%']).toMatchObject({ district: 'licheng-qu', kind: 'growth' });
    expect(byText['100个以上']).toMatchObject({ district: 'licheng-qu', target: true, year: 2025, official: 'wang-jianguo' });
    expect(byText['1.4万人']).toMatchObject({ district: null, normalized: 14000 });
  });

  it('gives each figure its frame: basis, entity, measure, and the year anchored on 今年 where the story dates itself', () => {
    const byText = Object.fromEntries(entries(result, 'metrics').map((m) => [m.text as string, m]));
    expect(byText['12.5%']).toMatchObject({ basis: 'growth-rate', entity: '历城区', entityKind: 'place' });
    expect(byText['1.4万人']).toMatchObject({ basis: 'level', entity: '济南市', entityKind: 'city', measure: '社区工作者总量', district: null });
    // The page states no year and has no printed date: 今年 stays unanchored rather than guessed.
    expect(byText['35个']).toMatchObject({ year: null, yearSource: null });
    const dated = runIngest([{ name: 'page.txt', bytes: bytes(PAGE.replace('近日，', '2023年已过半，')) }]);
    const m35 = entries(dated, 'metrics').find((m) => m.text === '35个');
    expect(m35).toMatchObject({ year: 2023, yearSource: 'story' });
  });

  it('every figure quotes its sentence verbatim from the story', () => {
    const body = result.files.get([...result.files.keys()].find((p) => p.startsWith('articles/'))!)!;
    for (const m of entries(result, 'metrics')) expect(body).toContain(m.quote as string);
  });

  it('writes the official with titles, place and quote, and the place with its parent chain', () => {
    const [official] = entries(result, 'officials');
    expect(official).toMatchObject({ name: '王建国', titles: ['历城区农业农村局局长'], districts: ['licheng-qu'] });
    expect(official!.quotes).toEqual([{ text: '我们将继续加大投入。', article: expect.any(String) }]);
    const [district] = entries(result, 'districts');
    expect(district).toMatchObject({ name: '历城区', kind: 'district', code: '370112', parent: null, officials: ['wang-jianguo'] });
  });

  it('is deterministic: the same input gives byte-identical files', () => {
    const again = runIngest([{ name: 'page.txt', bytes: bytes(PAGE) }]);
    expect([...again.files]).toEqual([...result.files]);
  });
});

describe('corrections', () => {
  const run = (yaml: string) => runIngest([{ name: 'page.txt', bytes: bytes(PAGE) }], { corrections: parseCorrections(yaml, 'corrections.yaml') });

  const cases: { name: string; yaml: string; check: (r: IngestResult) => void }[] = [
    {
      // A misread name is renamed; the slug follows the new name.
      name: 'renames an official',
      yaml: 'officials:\n  rename:\n    - { from: 王建国, to: 王建华 }\n',
      check: (r) => expect(entries(r, 'officials').map((o) => o.name)).toEqual(['王建华']),
    },
    {
      // A person who is not an official is dropped, and the story no longer lists them.
      name: 'drops an official',
      yaml: 'officials:\n  drop: [王建国]\n',
      check: (r) => {
        expect(entries(r, 'officials')).toEqual([]);
        expect(entries(r, 'articles')[0]!.officials).toEqual([]);
      },
    },
    {
      // A title is added by hand.
      name: 'adds a title',
      yaml: 'officials:\n  titles:\n    - { name: 王建国, add: [历城区政协委员] }\n',
      check: (r) => expect(entries(r, 'officials')[0]!.titles).toEqual(['历城区农业农村局局长', '历城区政协委员']),
    },
    {
      // A false figure is dropped by what it prints.
      name: 'drops a figure',
      yaml: 'metrics:\n  drop:\n    - { text: 12.5% }\n',
      check: (r) => expect(entries(r, 'metrics').map((m) => m.text)).not.toContain('12.5%'),
    },
    {
      // The frame is fixed by hand; without a subject of its own the label is rebuilt from the corrected frame.
      name: "fixes a figure's frame",
      yaml: 'metrics:\n  fix:\n    - match: { text: 35个 }\n      set: { entity: 某某合作社, entityKind: organisation, measure: 帮扶项目数, basis: level, period: 上半年, year: 2023, yearSource: story, enumerated: false, threshold: null }\n',
      check: (r) =>
        expect(entries(r, 'metrics').find((m) => m.text === '35个')).toMatchObject({
          entity: '某某合作社',
          entityKind: 'organisation',
          measure: '帮扶项目数',
          basis: 'level',
          period: '上半年',
          year: 2023,
          yearSource: 'story',
          subject: '某某合作社上半年帮扶项目数',
        }),
    },
    {
      // A count restating a list is marked by hand.
      name: 'marks a count as enumerated',
      yaml: 'metrics:\n  fix:\n    - match: { text: 35个 }\n      set: { enumerated: true, basis: change }\n',
      check: (r) => expect(entries(r, 'metrics').find((m) => m.text === '35个')).toMatchObject({ enumerated: true, basis: 'change' }),
    },
    {
      // A subject and a place are fixed by hand.
      name: 'fixes a figure',
      yaml: 'metrics:\n  fix:\n    - match: { text: 1.4万人 }\n      set: { subject: 社区工作者总量, district: 历下区 }\n',
      check: (r) => expect(entries(r, 'metrics').find((m) => m.text === '1.4万人')).toMatchObject({ subject: '社区工作者总量', district: 'lixia-qu' }),
    },
    {
      // A missed initiative is added; its sentences are found in the story.
      name: 'adds an initiative',
      yaml: 'initiatives:\n  add:\n    - { name: 社区工作者, articles: [cun-ji-ti-zeng-shou-you-le-xin-lu-zi], owner: 济南市 }\n',
      check: (r) => {
        const added = entries(r, 'initiatives').find((i) => i.name === '社区工作者');
        expect(added).toMatchObject({ owner: '济南市', descriptions: [{ text: '全市社区工作者总量达到1.4万人。', article: expect.any(String) }] });
      },
    },
    {
      // Owner and years are fixed by hand.
      name: 'fixes an initiative',
      yaml: 'initiatives:\n  fix:\n    - { name: 千企帮千村, owner: 历城区农业农村局, years: [2023, 2025] }\n',
      check: (r) => expect(entries(r, 'initiatives')[0]).toMatchObject({ owner: '历城区农业农村局', years: { start: 2023, end: 2025 } }),
    },
    {
      // The category read from the post is written; a correction overrides it.
      name: 'sets a person’s category',
      yaml: 'officials:\n  category:\n    - { name: 王建国, set: expert }\n',
      check: (r) => {
        expect(entries(run(''), 'officials')[0]!.category).toBe('government');
        expect(entries(r, 'officials')[0]!.category).toBe('expert');
      },
    },
    {
      // A category outside the list is refused with its line.
      name: 'refuses an unknown category',
      yaml: '',
      check: () =>
        expect(() => parseCorrections('officials:\n  category:\n    - { name: 王建国, set: officer }\n', 'corrections.yaml')).toThrow('corrections.yaml:3'),
    },
    {
      // An alias given by hand is written on the programme.
      name: 'adds an alias to an initiative',
      yaml: 'initiatives:\n  aliases:\n    - { name: 千企帮千村, add: [千企帮扶] }\n',
      check: (r) => expect(entries(r, 'initiatives')[0]).toMatchObject({ name: '千企帮千村', aliases: ['千企帮扶'] }),
    },
    {
      // An alias naming another programme merges that programme into this one.
      name: 'merges a programme named by an alias',
      yaml: 'initiatives:\n  add:\n    - { name: 社区工作者, articles: [cun-ji-ti-zeng-shou-you-le-xin-lu-zi] }\n  aliases:\n    - { name: 千企帮千村, add: [社区工作者] }\n',
      check: (r) => {
        const all = entries(r, 'initiatives');
        expect(all.map((i) => i.name)).toEqual(['千企帮千村']);
        expect((all[0]!.descriptions as { text: string }[]).map((d) => d.text)).toContain('全市社区工作者总量达到1.4万人。');
      },
    },
    {
      // A correction that matches nothing is reported with its line, never silently dropped.
      name: 'reports a correction that matches nothing',
      yaml: '# comment\nofficials:\n  drop: [赵某某]\n',
      check: (r) => expect(r.warnings).toEqual([{ at: 'corrections.yaml:3', message: 'correction matches nothing: official 赵某某' }]),
    },
  ];
  for (const c of cases) it(c.name, () => c.check(run(c.yaml)));

  it('leaves the output alone without corrections', () => {
    const plain = runIngest([{ name: 'page.txt', bytes: bytes(PAGE) }], { corrections: emptyCorrections() });
    expect(plain.warnings).toEqual([]);
  });

  const bad: { yaml: string; message: string }[] = [
    // Broken YAML names the line.
    { yaml: 'officials:\n  drop: [王建国\n', message: 'corrections.yaml:3: not valid YAML' },
    // An unknown operation names the line and the field.
    { yaml: 'officials:\n  rename:\n    - { frm: 王建国 }\n', message: 'corrections.yaml:3: invalid correction at officials.rename.0' },
    // An unknown section is refused.
    { yaml: 'people:\n  drop: [王建国]\n', message: 'corrections.yaml:1: invalid correction at top level' },
  ];
  for (const b of bad) {
    it(`refuses ${JSON.stringify(b.yaml.split('\n')[1])}`, () => expect(() => parseCorrections(b.yaml, 'corrections.yaml')).toThrow(b.message));
  }
});
