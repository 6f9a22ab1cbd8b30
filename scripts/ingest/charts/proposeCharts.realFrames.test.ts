/**
 * What the site's charts will be once figures carry frames: the proposer run on 30 real figures of the sources with
 * frames written by hand (`proposeCharts.realFrames.fixture.ts`). Each chart the known bad charts became is named.
 */
import { describe, expect, it } from 'vitest';
import { planCharts } from './proposeCharts.ts';
import { REAL_FRAMED_FIGURES, REAL_STORIES } from './proposeCharts.realFrames.fixture.ts';

const districts = [{ slug: 'huaiyin-qu', name: '槐荫区', aliases: ['槐荫'] }];
const plan = planCharts({ metrics: REAL_FRAMED_FIGURES, articles: REAL_STORIES, districts });
const summary = plan.charts.map((c) => ({ rule: c.data.rule, title: c.data.title, subtitle: c.data.subtitle, labels: c.data.labels, finding: c.data.finding }));

describe('charts from real figures with hand-written frames', () => {
  it('draws these charts and no others', () => {
    expect(summary).toMatchInlineSnapshot(`
      [
        {
          "finding": "福深兴安增速最高，107%；济南二机床集团有限公司增速最低，79%。",
          "labels": [
            "福深兴安",
            "古天电子",
            "新光机电",
            "济南二机床集团有限公司",
          ],
          "rule": "compare",
          "subtitle": "单位：% · 增长率 · 一季度",
          "title": "槐荫区各单位一季度产值增速",
        },
        {
          "finding": "铁路到发集装箱总量增速最高，18.7%；规上物流企业营业收入增速最低，6.3%。",
          "labels": [
            "铁路到发集装箱总量",
            "铁路到发集装箱货物量",
            "规上物流企业营业收入",
          ],
          "rule": "indicators-of-one-place",
          "subtitle": "单位：% · 增长率 · 2022年",
          "title": "济南市2022年主要指标增速",
        },
        {
          "finding": "重点项目共57个，其中已开工项目最多，25个，占43.9%；另有10个未列明。",
          "labels": [
            "重点项目",
            "已竣工项目",
            "已开工项目",
            "计划2023年底前开工项目",
          ],
          "rule": "parts-of-whole",
          "subtitle": "单位：个 · 总量 · 时间未注明",
          "title": "济南市重点项目构成",
        },
        {
          "finding": "服务业营收增速最高，13.7%；工业产值增速最低，4.3%。",
          "labels": [
            "服务业营收",
            "固定资产投资",
            "零售额",
            "街道财源建设",
            "工业产值",
          ],
          "rule": "indicators-of-one-place",
          "subtitle": "单位：% · 增长率 · 2023年",
          "title": "山大路街道2023年主要指标增速",
        },
      ]
    `);
  });

  it('drops these candidates, each with the rule it broke', () => {
    expect(plan.dropped.map((d) => `${d.title}: ${d.broken}`)).toMatchInlineSnapshot(`
      [
        "槐荫区一季度主要指标增速: two-bars",
      ]
    `);
  });

  it("charts no company figure as a place's, no enumerated count, no floor in a ratio, no voucher ratio beside growth", () => {
    const drawn = new Set(plan.charts.flatMap((c) => c.data.metrics));
    // 三一重工's factory, the three named firms (3家), 超过100亿元, the 20% voucher top-up, the 2025 target.
    for (const id of ['1500-yi-yuan-f56c03', '3-jia-4e7787', '100-yi-yuan-bc8e91', '20pct-946d44', '1000-ge-yi-shang-93eecc'])
      expect(drawn.has(id), id).toBe(false);
    expect(plan.charts.some((c) => /倍/u.test(c.data.finding))).toBe(false);
  });
});
