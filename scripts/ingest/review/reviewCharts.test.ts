import { describe, expect, it } from 'vitest';
import { checkHandMadeChart, reviewCharts } from './reviewCharts.ts';
import { planCharts } from '../charts/proposeCharts.ts';
import { framed } from '../charts/frameFixtures.ts';
import { schemas, type MetricData } from '../../../src/schemas.ts';

const growth = (id: string, entity: string, text: string) =>
  framed(id, text, { entity, measure: '规上工业增加值', basis: 'growth-rate', period: '一季度', quote: `${entity}规上工业增加值增长${text}。` });
const figures = [
  growth('a', '甲区', '12.5%'),
  growth('b', '乙区', '9.1%'),
  growth('c', '丙区', '7.4%'),
  framed('x', '8个', { entity: null, entityKind: null, measure: null, basis: null }),
];
const byId = new Map<string, MetricData>(figures.map((f) => [f.id, f.data]));
const chart = (metrics: string[], extra: object = {}) =>
  schemas.charts.parse({ title: '编辑的图', metrics, type: 'bar', source: '本站编辑', handMade: true, ...extra });

describe('the chart review', () => {
  const plan = planCharts({
    metrics: figures,
    articles: [{ slug: 'gu-shi', title: '某报道', source: 'x.txt', storyIndex: 1, paragraphs: figures.map((f) => f.data.quote) }],
  });
  const lines = reviewCharts([...plan.charts, { id: 'bian-ji', data: chart(['a', 'b']) }], (id) => byId.get(id), plan);

  it('lists each chart with how it was made and the rule it satisfies, or what it broke', () => {
    expect(lines).toContain(`  ✓ ${plan.charts[0]!.id} — 各地2023年一季度规上工业增加值增速 — 自动生成 — compare`);
    expect(lines.find((l) => l.includes('bian-ji'))).toMatch(/^ {2}✗ bian-ji — 编辑的图 — 编辑制作 — broke two-bars \(compare\): /u);
  });

  it('lists the figures no chart can use because their frame is incomplete', () => {
    expect(lines).toContain('figures without a complete frame, charted nowhere (1):');
    expect(lines).toContain('  x — 8个 某区工业总产值 — no entity, entityKind, measure, basis');
  });

  it('a hand-made chart that names its rule is held to it, naming the figures and their sentences', () => {
    expect(checkHandMadeChart(chart(['a', 'b', 'c'], { rule: 'compare' }), (id) => byId.get(id))).toBeNull();
    expect(checkHandMadeChart(chart(['a', 'b', 'c'], { rule: 'over-time' }), (id) => byId.get(id))).toMatch(
      /^broke mixed-entities \(over-time\): .* — figures: a 「甲区规上工业增加值增长12\.5%。」/u,
    );
  });
});
