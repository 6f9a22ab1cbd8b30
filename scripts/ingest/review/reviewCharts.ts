/**
 * review: what a journalist reads before publishing charts — every chart with the rule it satisfies, every candidate
 * the proposer dropped with the rule it broke, and the figures no chart can use because their frame is incomplete.
 * Pure: chart and figure records in, lines of text out (`scripts/dev/review.ts` prints them).
 */
import { checkChart, describeVerdict, type RuleFigure, type Verdict } from '../charts/chartRules.ts';
import type { ChartPlan } from '../charts/proposeCharts.ts';
import type { ChartData, MetricData } from '../../../src/schemas.ts';

/** A chart on disk checked against the rules, with the figures it draws. */
function verdictOf(data: ChartData, figure: (id: string) => MetricData | undefined): { verdict: Verdict; figures: RuleFigure[] } {
  const figures: RuleFigure[] = data.metrics.flatMap((id) => {
    const m = figure(id);
    return m ? [{ id, data: m }] : [];
  });
  return {
    verdict: checkChart({ rule: data.rule, type: data.type, figures, total: data.total, series: data.series, finding: data.finding, district: data.district }),
    figures,
  };
}

/** Checks a journalist's chart against the rules; null when it passes, else what it broke, naming the figures. */
export function checkHandMadeChart(data: ChartData, figure: (id: string) => MetricData | undefined): string | null {
  const { verdict, figures } = verdictOf(data, figure);
  if (verdict.ok) return null;
  return `${describeVerdict(verdict)} — figures: ${figures.map((f) => `${f.id} 「${f.data.quote}」`).join('; ')}`;
}

/** A chart on disk, for the review. */
export interface ReviewedChart {
  /** Slug. */
  id: string;
  /** Frontmatter. */
  data: ChartData;
}

/** The review, one line per chart, dropped candidate and incomplete figure, under headings with counts. */
export function reviewCharts(charts: readonly ReviewedChart[], figure: (id: string) => MetricData | undefined, plan: ChartPlan): string[] {
  const lines: string[] = [`charts (${charts.length}):`];
  for (const c of charts) {
    const { verdict } = verdictOf(c.data, figure);
    const made = c.data.handMade ? '编辑制作' : '自动生成';
    lines.push(`  ${verdict.ok ? '✓' : '✗'} ${c.id} — ${c.data.title} — ${made} — ${describeVerdict(verdict)}`);
  }
  lines.push(`dropped candidates (${plan.dropped.length}):`);
  for (const d of plan.dropped) lines.push(`  ${d.title} — broke ${d.broken}${d.rule ? ` (${d.rule})` : ''}: ${d.reason} — figures: ${d.metrics.join(', ')}`);
  lines.push(`figures without a complete frame, charted nowhere (${plan.incomplete.length}):`);
  for (const f of plan.incomplete) {
    const m = figure(f.id);
    lines.push(`  ${f.id} — ${m?.text ?? ''} ${m?.subject ?? ''} — no ${f.missing.join(', ')}`);
  }
  lines.push(
    'To drop a chart, add its figures to corrections.yaml or delete the chart file; to make one, write content/charts/<slug>.md with handMade: true and the rule it satisfies.',
  );
  return lines;
}
