/**
 * `/figures/figures.csv`: every figure, one row each, UTF-8 with a byte-order mark so Excel opens the Chinese text.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/siteData.ts';
import { toCsv } from '../../utils/csv.ts';

/** Column heads, in Chinese for the spreadsheet reader; the JSON download has the same fields under English keys. */
const HEADER = [
  '编号',
  '数值',
  '上限',
  '单位',
  '数字',
  '基本单位数值',
  '基本单位',
  '类型',
  '目标',
  '限定词',
  '指标',
  '时期',
  '年份',
  '地方',
  '地方编号',
  '事项',
  '人物',
  '报道',
  '报道编号',
  '原文写法',
  '原句',
  '数字页面',
  '原句链接',
  '主体',
  '主体类型',
  '度量',
  '口径',
  '年份来源',
];

export const GET: APIRoute = async ({ site }) => {
  const { rows } = await siteData();
  const absolute = (path: string) => new URL(path, site).href;
  const body = toCsv(
    HEADER,
    rows.map((r) => [
      r.id,
      r.value,
      r.valueMax,
      r.unit,
      r.display,
      r.normalized,
      r.baseUnit,
      r.kindLabel,
      r.target,
      r.qualifier,
      r.subject,
      r.period,
      r.year,
      r.place?.name,
      r.place?.id,
      r.initiative?.name,
      r.official?.name,
      r.article.name,
      r.article.id,
      r.text,
      r.quote,
      absolute(r.url),
      absolute(r.sourceUrl),
      r.entity,
      r.entityKind,
      r.measure,
      r.basis,
      r.yearSource,
    ]),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
