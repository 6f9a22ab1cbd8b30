/**
 * Figures for display: numbers set by the core's formatter (thousands separators, 万/亿), qualifiers where they are
 * printed (`超`45.3亿元, 1000`余`万元, 10个`以上`), kind labels, and the pick of headline figures.
 */
import { formatNumber } from '../core/numbers.ts';
import type { MetricData } from '../schemas.ts';

/** One kind of figure. */
export type MetricKind = MetricData['kind'];

/** Chinese label of each kind of figure. */
export const KIND_LABELS: Record<MetricKind, string> = {
  count: '数量',
  amount: '金额',
  growth: '增长',
  share: '占比',
  rank: '排名',
  rate: '比率',
  area: '面积',
  weight: '重量',
  volume: '容量',
  duration: '时长',
  other: '其他',
};

/** Which way a figure measures. */
export type MetricBasis = NonNullable<MetricData['basis']>;

/** Chinese label of each basis, for the table, the figure page and the downloads. */
export const BASIS_LABELS: Record<MetricBasis, string> = {
  level: '总量',
  change: '增减量',
  'growth-rate': '增速',
  share: '占比',
  multiple: '倍数',
  rank: '排名',
};

/** Chinese label of each kind of entity. */
export const ENTITY_KIND_LABELS: Record<NonNullable<MetricData['entityKind']>, string> = {
  place: '地方',
  organisation: '机构',
  programme: '事项',
  city: '全市',
};

/** The fields of a figure that its display needs. */
export type FigureValue = Pick<MetricData, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'text' | 'kind'>;

/** A figure split for typesetting: the number large, what stands before and after it smaller. */
export interface FigureParts {
  /** Qualifier printed before the number (`超`, `约`, `近`). */
  before: string;
  /** The number, with separators, or the printed words for a rank (`第二`). */
  number: string;
  /** Infix qualifier, unit and suffix qualifier (`余万元`, `个以上`). */
  after: string;
}

/** Decimals a printed figure may carry; none of the papers' figures has more. */
const PRINTED_DECIMALS = 4;

/** Qualifiers that stand between the number and its unit (`1000余万元`, `120多个`). */
const INFIX = new Set(['余', '多', '来', '几']);
/** Qualifiers that follow the unit (`10个以上`). */
const SUFFIX = new Set(['以上', '以下', '左右', '以内', '上下', '有余']);

/** Where the qualifier stands: as in the printed figure when it is part of it, else by the usual word order. */
function qualifierPlace(qualifier: string, text: string): 'before' | 'infix' | 'after' {
  const at = text.indexOf(qualifier);
  if (at === 0) return 'before';
  if (at > 0 && at + qualifier.length === text.length) return 'after';
  if (at > 0) return 'infix';
  if (INFIX.has(qualifier)) return 'infix';
  if (SUFFIX.has(qualifier)) return 'after';
  return 'before';
}

/** Splits a figure for display: `{ before: '超', number: '45.3', after: '亿元' }`. */
export function figureParts(figure: FigureValue): FigureParts {
  // A rank is printed in words (`第二`, `首位`) and reads wrong as a bare digit.
  if (figure.kind === 'rank' && figure.unit === '') return { before: '', number: figure.text, after: '' };
  const number =
    figure.valueMax !== null && figure.valueMax !== figure.value
      ? `${formatNumber(figure.value, PRINTED_DECIMALS)}～${formatNumber(figure.valueMax, PRINTED_DECIMALS)}`
      : formatNumber(figure.value, PRINTED_DECIMALS);
  const q = figure.qualifier ?? '';
  const place = q ? qualifierPlace(q, figure.text) : 'before';
  return {
    before: place === 'before' ? q : '',
    number,
    after: `${place === 'infix' ? q : ''}${figure.unit}${place === 'after' ? q : ''}`,
  };
}

/** A figure as one string: `超45.3亿元`, `1,000余万元`, `3～5个`. */
export function formatFigure(figure: FigureValue): string {
  const { before, number, after } = figureParts(figure);
  return `${before}${number}${after}`;
}

/** The fields `headlineFigures` ranks by. */
export interface HeadlineCandidate {
  /** Figure id. */
  id: string;
  /** Kind of figure. */
  kind: MetricKind;
  /** True for a target or plan. */
  target: boolean;
  /** Value in base units. */
  normalized: number;
  /** Base unit of `normalized`. */
  baseUnit: string;
  /** Slug of the story stating it. */
  article: string;
  /** What the figure is about; null when unknown. */
  entity: string | null;
  /** Kind of `entity`: a place or the city, an organisation, a programme; null when unknown. */
  entityKind: 'place' | 'organisation' | 'programme' | 'city' | null;
  /** Where `entity` comes from: the figure's own clause, or an earlier sentence of its paragraph. */
  entitySource: 'text' | 'paragraph' | null;
  /** The quantity measured; null when unknown. */
  measure: string | null;
  /** Which way it is measured; null when unknown. */
  basis: MetricBasis | null;
  /** Year the figure is for; null when unknown. */
  year: number | null;
  /** True for a count restating a list. */
  enumerated: boolean;
  /** True when the place was taken from the story rather than the figure's sentence. */
  placeGuessed: boolean;
}

/** A figure fit for the front page: its frame is complete (entity, measure, basis, year), it is a finding rather
 * than a restated list or a plan, and it is certainly a place's or the city's: printed in its own clause (not
 * carried from an earlier sentence), about a place or the city (a company's output is not a district's), and the
 * place not taken from the story. */
export function hasCompleteFrame(f: HeadlineCandidate): boolean {
  const placeOrCity = f.entityKind === 'place' || f.entityKind === 'city';
  return (
    f.entity !== null &&
    placeOrCity &&
    f.entitySource === 'text' &&
    f.measure !== null &&
    f.basis !== null &&
    f.year !== null &&
    !f.enumerated &&
    !f.target &&
    !f.placeGuessed
  );
}

/** Kinds shown on the front page, in turn: a large sum first, then a count, a growth rate, a share. */
const HEADLINE_KINDS: readonly MetricKind[] = ['amount', 'count', 'growth', 'share'];

/**
 * Picks up to `n` headline figures among those with a complete frame and a certain place (`hasCompleteFrame`): the largest of each kind in turn (amount, count,
 * growth, share), at most one per story while other stories have candidates, so the strip shows the range of the site.
 */
export function headlineFigures<T extends HeadlineCandidate>(figures: readonly T[], n: number): T[] {
  const byKind = new Map<MetricKind, T[]>();
  for (const kind of HEADLINE_KINDS) {
    const results = figures.filter((f) => f.kind === kind && hasCompleteFrame(f) && (kind !== 'count' || f.baseUnit !== ''));
    byKind.set(
      kind,
      results.sort((a, b) => b.normalized - a.normalized || (a.id < b.id ? -1 : 1)),
    );
  }
  const picked: T[] = [];
  const usedStories = new Set<string>();
  for (const allowRepeat of [false, true]) {
    let progress = true;
    while (picked.length < n && progress) {
      progress = false;
      for (const kind of HEADLINE_KINDS) {
        if (picked.length >= n) break;
        const next = (byKind.get(kind) ?? []).find((f) => !picked.includes(f) && (allowRepeat || !usedStories.has(f.article)));
        if (!next) continue;
        picked.push(next);
        usedStories.add(next.article);
        progress = true;
      }
    }
  }
  return picked;
}
