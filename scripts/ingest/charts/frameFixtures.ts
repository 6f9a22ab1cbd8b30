/**
 * Test synthesizer: figures with made-up frames, written the way ingest writes them once the frame is extracted.
 * Used by the tests of the comparability rules and of the chart proposer.
 */
import type { MetricData } from '../../../src/schemas.ts';

/** Units the synthesizer knows: base unit, scale and kind. */
const UNITS: Record<string, { base: string; scale: number; kind: MetricData['kind'] }> = {
  亿元: { base: '元', scale: 1e8, kind: 'amount' },
  万元: { base: '元', scale: 1e4, kind: 'amount' },
  '%': { base: '%', scale: 1, kind: 'growth' },
  个百分点: { base: '个百分点', scale: 1, kind: 'growth' },
  个: { base: '个', scale: 1, kind: 'count' },
  家: { base: '家', scale: 1, kind: 'count' },
  万人: { base: '人', scale: 1e4, kind: 'count' },
  人: { base: '人', scale: 1, kind: 'count' },
  万吨: { base: '吨', scale: 1e4, kind: 'weight' },
  万标箱: { base: '标箱', scale: 1e4, kind: 'volume' },
  倍: { base: '倍', scale: 1, kind: 'other' },
  列: { base: '列', scale: 1, kind: 'count' },
};

/** A figure with a frame: `text` as printed (`45.3亿元`, `超过100亿元`, `1000个以上`), the rest from `frame`. */
export function framed(id: string, text: string, frame: Partial<MetricData> = {}): { id: string; data: MetricData } {
  const m = /^(超过?|近|逾)?(-?[\d.]+)(.*?)(以上|余|多)?$/u.exec(text);
  if (!m) throw new Error(`cannot read ${text}`);
  const value = Number(m[2]);
  const unit = m[3]!;
  const u = UNITS[unit];
  if (!u) throw new Error(`unknown unit in ${text}`);
  const entity = frame.entity ?? '某区';
  const measure = frame.measure ?? '工业总产值';
  const basis = frame.basis ?? (unit === '%' || unit === '个百分点' ? 'growth-rate' : 'level');
  return {
    id,
    data: {
      value,
      valueMax: null,
      unit,
      normalized: value * u.scale,
      baseUnit: u.base,
      kind: basis === 'share' ? 'share' : u.kind,
      target: false,
      qualifier: m[1] ?? m[4] ?? null,
      subject: `${entity}${measure}`,
      entity,
      entityKind: 'place',
      entitySource: 'text',
      measure,
      basis,
      yearSource: 'text',
      yearFrom: null,
      yearTo: null,
      enumerated: false,
      threshold: null,
      placeGuessed: false,
      district: 'mou-qu',
      year: 2023,
      period: null,
      article: 'gu-shi',
      quote: `${entity}${measure}${text}。`,
      text,
      initiative: null,
      official: null,
      ...frame,
    },
  };
}
