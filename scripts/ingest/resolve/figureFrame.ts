/**
 * The frame of a figure once its place is known: who or what it is about (entity), the quantity (measure, without
 * the place or organisation it belongs to), and the readable label made from them (subject), so a figure reads
 * alone in a table, a chart label or a search result: `某集团超级工厂年产值`, `一季度工业总产值同比增速`.
 */
import type { MetricData } from '../../../src/schemas.ts';
import type { MetricMention } from '../extract/extractMetrics.ts';

/** What the frame is built from: the extracted figure, the sentence around it, and where its place came from. */
export interface FrameInput {
  /** The figure as extracted. */
  mention: Pick<MetricMention, 'subject' | 'measure' | 'organisation' | 'basis' | 'period' | 'quote' | 'text'>;
  /** The few characters printed right before the figure (`同比增长`), for the basis word. */
  lead: string;
  /** The place the figure is about as printed in its sentence (`槐荫区`), or null. */
  placePrinted: string | null;
  /** The place's display name when the place is the story's (not printed in the sentence), or null. */
  placeName: string | null;
  /** The programme the figure is about, or null. */
  programme: string | null;
  /** True when the clause says the figure is city-wide (`全市…`). */
  cityWide?: boolean;
}

/** The frame fields a figure gets. */
export type Frame = Pick<MetricData, 'entity' | 'entityKind' | 'measure' | 'subject'>;

// The city as a whole, as news writing names it.
const CITY = /^(?:全市|济南市|济南|泉城|省会|全省)/u;
const DECLINE = /下降|减少|回落|降低|下滑|收窄/u;

/** The word a label adds for the way a figure measures: `同比增速`, `同比增加`, `占比`, `排名`. */
export function basisWord(basis: MetricData['basis'], measure: string, lead: string): string {
  const yoy = /同比/u.test(lead) ? '同比' : /环比/u.test(lead) ? '环比' : '';
  const fall = DECLINE.test(lead);
  switch (basis) {
    case 'growth-rate':
      return /增速|增幅|降幅|增长率|比重|百分点/u.test(measure) ? '' : `${yoy}${fall ? '降幅' : '增速'}`;
    case 'change':
      return `${yoy}${fall ? '减少' : '增加'}`;
    case 'share':
      return /占|比重|比例|份额|占比/u.test(measure) ? '' : '占比';
    case 'multiple':
      return /倍/u.test(measure) ? '' : '倍数';
    case 'rank':
      return /排名|位次|名次/u.test(measure) ? '' : '排名';
    default:
      return '';
  }
}

/** The city (or the province) named at the start of `text` as an entity, else null. */
export function cityEntity(text: string): Pick<MetricData, 'entity' | 'entityKind'> | null {
  const printed = CITY.exec(text)?.[0];
  if (printed === undefined) return null;
  return printed === '全省' ? { entity: '山东省', entityKind: 'place' } : { entity: '济南市', entityKind: 'city' };
}

/** Builds the entity, measure and subject of a figure; null where the text does not say. */
export function buildFrame(input: FrameInput): Frame {
  const { mention: m } = input;
  let entity: string | null = null;
  let entityKind: MetricData['entityKind'] = null;
  const raw = m.measure ?? '';
  if (m.organisation !== null) {
    entity = m.organisation;
    entityKind = 'organisation';
  } else if (input.placePrinted !== null) {
    entity = input.placePrinted;
    entityKind = 'place';
  } else if (CITY.test(raw) || CITY.test(m.subject) || input.cityWide === true) {
    ({ entity, entityKind } = cityEntity(CITY.test(raw) ? raw : CITY.test(m.subject) ? m.subject : '济南市')!);
  } else if (input.placeName !== null) {
    entity = input.placeName;
    entityKind = 'place';
  } else if (input.programme !== null) {
    entity = input.programme;
    entityKind = 'programme';
  }
  let measure = m.measure;
  if (measure !== null) {
    for (const prefix of [input.placePrinted, input.placeName, m.organisation]) {
      if (prefix && measure.startsWith(prefix) && measure.length > prefix.length + 1) measure = measure.slice(prefix.length);
    }
    measure = measure.replace(CITY, '').replace(/^的/u, '');
    if (measure.length < 2) measure = null;
  }
  // The label: the entity where it is not the place (the place has its own column), the period, the measure and
  // the way it is measured. Without a measure the extractor's phrase stands.
  let subject = m.subject;
  if (measure !== null) {
    const owner = entityKind === 'organisation' || entityKind === 'programme' ? (entity ?? '') : '';
    const period = m.period && !measure.includes(m.period) && !/^(?:全年)$/u.test(m.period) ? m.period : '';
    subject = `${measure.startsWith(owner) ? '' : owner}${period}${measure}${basisWord(m.basis, measure, input.lead)}`;
  }
  return { entity, entityKind, measure, subject };
}
