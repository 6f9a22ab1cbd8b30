import { describe, expect, it } from 'vitest';
import { basisWord, buildFrame, type FrameInput } from './figureFrame.ts';

const mention = (over: Partial<FrameInput['mention']>): FrameInput['mention'] => ({
  subject: '工业总产值',
  measure: '工业总产值',
  organisation: null,
  basis: 'level',
  period: null,
  quote: '',
  text: '1亿元',
  ...over,
});
const input = (over: Partial<FrameInput>): FrameInput => ({ mention: mention({}), lead: '', placePrinted: null, placeName: null, programme: null, ...over });

/** Each row: a frame input and the entity, measure and label it should give. */
const rows: { what: string; input: FrameInput; entity: string | null; entityKind: string | null; measure: string | null; subject: string }[] = [
  // A place printed in the sentence is the entity; the label leaves it out (the place has its own column) and says the period and the basis.
  {
    what: 'place, period and growth rate',
    input: input({ mention: mention({ measure: '某某区工业总产值', period: '一季度', basis: 'growth-rate' }), lead: '，同比增长', placePrinted: '某某区' }),
    entity: '某某区',
    entityKind: 'place',
    measure: '工业总产值',
    subject: '一季度工业总产值同比增速',
  },
  // A company's figure: the company is in the label.
  {
    what: 'organisation',
    input: input({ mention: mention({ measure: '年产值', organisation: '某重工集团智能工厂' }) }),
    entity: '某重工集团智能工厂',
    entityKind: 'organisation',
    measure: '年产值',
    subject: '某重工集团智能工厂年产值',
  },
  // 全市 makes the city the entity.
  {
    what: 'city',
    input: input({ mention: mention({ measure: '全市社区工作者总量', subject: '全市社区工作者总量' }) }),
    entity: '济南市',
    entityKind: 'city',
    measure: '社区工作者总量',
    subject: '社区工作者总量',
  },
  // A change by an amount that fell.
  {
    what: 'a fall by an amount',
    input: input({ mention: mention({ measure: '能耗', basis: 'change' }), lead: '同比减少', placeName: '某街道' }),
    entity: '某街道',
    entityKind: 'place',
    measure: '能耗',
    subject: '能耗同比减少',
  },
  // Without a measure the extractor's phrase stands and the entity is unknown.
  { what: 'nothing known', input: input({ mention: mention({ measure: null, subject: '是' }) }), entity: null, entityKind: null, measure: null, subject: '是' },
  // A programme owning the figure is named in the label.
  {
    what: 'programme',
    input: input({ mention: mention({ measure: '注册志愿者' }), programme: '某某义工' }),
    entity: '某某义工',
    entityKind: 'programme',
    measure: '注册志愿者',
    subject: '某某义工注册志愿者',
  },
];

describe('buildFrame', () => {
  for (const r of rows) {
    it(r.what, () => expect(buildFrame(r.input)).toEqual({ entity: r.entity, entityKind: r.entityKind, measure: r.measure, subject: r.subject }));
  }

  it('adds a basis word only where the measure does not already say it', () => {
    expect(basisWord('share', '二区拆迁占任务总量', '')).toBe('');
    expect(basisWord('share', '服务业增加值', '')).toBe('占比');
    expect(basisWord('rank', '增加值', '')).toBe('排名');
    expect(basisWord('growth-rate', '工业产值', '下降')).toBe('降幅');
    expect(basisWord('level', '工业产值', '')).toBe('');
  });
});
