/**
 * Property: whatever figures the corpus holds, no proposed chart mixes units, bases, periods, or targets with results
 * (an over-time chart may end on a target only when it is marked 目标), nor sets figures of unknown year from different
 * stories side by side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCharts, type MetricInput } from './proposeCharts.ts';
import { timeKey } from './chartRules.ts';
import { framed } from './frameFixtures.ts';

// Small pools, so that figures often share a frame (and charts form) and often nearly share one (and must not).
const RATE_TEXTS = ['12%', '7.5%', '-3%', '2.1个百分点'];
const LEVEL_TEXTS = ['30个', '12个', '57个', '45亿元', '超过100亿元', '1000个以上'];
const ENTITIES: [string, 'place' | 'organisation' | 'city'][] = [
  ['甲区', 'place'],
  ['乙区', 'place'],
  ['丙区', 'place'],
  ['某集团', 'organisation'],
];
const MEASURES = ['工业总产值', '签约项目', '营业收入'];
const BASES = ['level', 'growth-rate', 'level', 'growth-rate', 'share', 'change'] as const;
const PERIODS = [null, '一季度'];
const YEARS = [2023, 2024, null];
/** Sentence 0 states a whole and its parts (`其中`); its figures print one of its three numbers. */
const SENTENCES = ['全区推进项目57个，其中产业项目30个、民生项目12个。', '工业总产值增长12%，营业收入增长7.5%。', '签约项目30个，总投资45亿元。'];
const PART_TEXTS = ['57个', '30个', '12个'];

/**
 * A group of figures built around one frame: along one dimension they differ by design (entities for a comparison,
 * measures for a place's indicators, years for a series, nothing for a sentence's parts), and each member may also
 * differ by accident in one other field (unit, basis, period, year, target, entity, a floor, an enumerated count).
 */
const group = fc.record({
  vary: fc.constantFrom('entity', 'measure', 'year', 'parts'),
  entity: fc.constantFrom(...ENTITIES),
  measure: fc.constantFrom(...MEASURES),
  basis: fc.constantFrom(...BASES),
  period: fc.constantFrom(...PERIODS),
  year: fc.constantFrom(...YEARS),
  target: fc.constantFrom(false, false, false, true),
  article: fc.constantFrom('s1', 's2'),
  members: fc.array(
    fc.record({
      accident: fc.constantFrom('none', 'none', 'none', 'none', 'unit', 'basis', 'period', 'year', 'target', 'entity', 'enumerated', 'article'),
      rateText: fc.constantFrom(...RATE_TEXTS),
      levelText: fc.constantFrom(...LEVEL_TEXTS),
      entity: fc.constantFrom(...ENTITIES),
      measure: fc.constantFrom(...MEASURES),
      basis: fc.constantFrom(...BASES),
      period: fc.constantFrom(...PERIODS),
      year: fc.constantFrom(...YEARS),
    }),
    { minLength: 2, maxLength: 5 },
  ),
});

/** The figures of one group. */
function groupFigures(g: typeof group extends fc.Arbitrary<infer T> ? T : never, prefix: string): MetricInput[] {
  return g.members.map((mb, i) => {
    const a = mb.accident;
    const entity = g.vary === 'entity' || a === 'entity' ? mb.entity : g.entity;
    const basis = g.vary === 'parts' ? (a === 'basis' ? mb.basis : 'level') : a === 'basis' ? mb.basis : g.vary === 'measure' ? 'growth-rate' : g.basis;
    const rate = basis === 'growth-rate' || basis === 'share';
    const text = g.vary === 'parts' ? PART_TEXTS[i % 3]! : a === 'unit' ? (rate ? mb.levelText : mb.rateText) : rate ? mb.rateText : mb.levelText;
    return framed(`${prefix}-${i}`, text, {
      entity: entity[0],
      entityKind: entity[1],
      district: entity[1] === 'place' ? 'mou-qu' : null,
      measure: g.vary === 'measure' ? mb.measure : g.vary === 'parts' && i > 0 ? `${g.measure}${i}` : g.measure,
      basis,
      period: a === 'period' ? mb.period : g.period,
      year: g.vary === 'year' || a === 'year' ? mb.year : g.year,
      target: a === 'target' ? !g.target : g.target,
      enumerated: a === 'enumerated',
      article: a === 'article' ? (g.article === 's1' ? 's2' : 's1') : g.article,
      quote: g.vary === 'parts' ? SENTENCES[0]! : SENTENCES[1 + (i % 2)]!,
    });
  });
}

describe('proposeCharts: property', () => {
  it('no chart mixes units, bases, periods, or targets with results', () => {
    const drawnByRule = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 12 }), (groups) => {
        const metrics = groups.flatMap((g, i) => groupFigures(g, `g${i}`));
        const byId = new Map(metrics.map((m) => [m.id, m.data]));
        const { charts } = planCharts({
          metrics,
          articles: ['s1', 's2'].map((slug, i) => ({ slug, title: slug, source: 'x.txt', storyIndex: i + 1, paragraphs: SENTENCES })),
        });
        for (const { data: chart } of charts) {
          drawnByRule.set(chart.rule ?? '', (drawnByRule.get(chart.rule ?? '') ?? 0) + 1);
          const figs = chart.metrics.map((id) => byId.get(id)!);
          expect(new Set(figs.map((f) => f.baseUnit)).size).toBe(1);
          expect(new Set(figs.map((f) => f.basis)).size).toBe(1);
          expect(figs.some((f) => f.enumerated)).toBe(false);
          if (new Set(figs.map((f) => f.article)).size > 1) expect(figs.every((f) => f.year !== null)).toBe(true);
          if (chart.rule === 'over-time') {
            expect(new Set(figs.map((f) => f.period)).size).toBe(1);
            expect(new Set(figs.map((f) => f.measure)).size).toBe(1);
            figs.forEach((f, i) => expect(f.target).toBe(chart.series[i] === '目标'));
          } else if (chart.rule === 'parts-of-whole') {
            // Parts are kinds of the whole: they may name a time only when the whole names none.
            const whole = byId.get(chart.total!)!;
            if (whole.year !== null || whole.period !== null) expect(new Set(figs.map(timeKey)).size).toBe(1);
            expect(new Set(figs.map((f) => f.target)).size).toBe(1);
          } else {
            expect(new Set(figs.map(timeKey)).size).toBe(1);
            expect(new Set(figs.map((f) => f.target)).size).toBe(1);
          }
        }
      }),
      { numRuns: 300, seed: 12 },
    );
    // The generator must reach every kind of figure chart, or the property says nothing about it.
    expect([...drawnByRule.keys()].sort()).toEqual(['compare', 'indicators-of-one-place', 'over-time', 'parts-of-whole']);
  });
});
