/**
 * Turns the site's collections into search documents: one per story, place, person, programme and figure.
 * Takes plain entry shapes so Astro's `getCollection` (links as `{ id }` references) and the benchmark's
 * own reader (links as slugs) both fit.
 */
import { articlePath, districtPath, figureInStoryPath, initiativePath, officialPath } from '../core/routes.ts';
import { chartPath } from '../charts/meta.ts';
import { PLACE_KIND_LABELS } from '../utils/places.ts';
import { foldWidth } from './normalize.ts';
import { pinyinKeys } from './pinyin.ts';
import { toSimplified } from './traditional.ts';
import type { SearchDoc } from './types.ts';
import type { MetricData } from '../schemas.ts';

/** A link to another entry: a slug (ingest's files) or an Astro reference. */
export type Link = string | { id: string };

/** A story as search needs it. */
export interface ArticleEntry {
  id: string;
  data: {
    title: string;
    kicker: string | null;
    subtitle: string | null;
    year: number | null;
    captions: readonly string[];
    districts: readonly Link[];
    officials: readonly Link[];
    initiatives: readonly Link[];
  };
  /** The Markdown body: the cleaned story text with `##` subheads. */
  body?: string | undefined;
}

/** A place as search needs it. */
export interface DistrictEntry {
  id: string;
  data: { name: string; aliases: readonly string[]; kind: string; code: string | null; parent: Link | null; articles: readonly Link[] };
}

/** A person as search needs it. */
export interface OfficialEntry {
  id: string;
  data: { name: string; titles: readonly string[]; districts: readonly Link[]; quotes: readonly { text: string }[]; articles: readonly Link[] };
}

/** A programme as search needs it. */
export interface InitiativeEntry {
  id: string;
  data: {
    name: string;
    owner: string | null;
    districts: readonly Link[];
    officials: readonly Link[];
    descriptions: readonly { text: string }[];
    articles: readonly Link[];
  };
}

/** A figure as search needs it: the schema's fields, links as slugs or references; the frame is optional (entries
 * written before the frame have none). */
export interface MetricEntry {
  id: string;
  data: Pick<MetricData, 'subject' | 'text' | 'quote' | 'year'> &
    Partial<Pick<MetricData, 'entity' | 'measure'>> & {
      article: Link;
      district: Link | null;
      initiative: Link | null;
      official: Link | null;
    };
}

/** A chart as search needs it. */
export interface ChartEntry {
  id: string;
  data: { title: string; finding: string; labels: readonly string[]; district: Link | null; initiatives: readonly Link[] };
}

/** Every collection search reads. */
export interface SearchSource {
  articles: readonly ArticleEntry[];
  districts: readonly DistrictEntry[];
  officials: readonly OfficialEntry[];
  initiatives: readonly InitiativeEntry[];
  metrics: readonly MetricEntry[];
  /** Charts, searched by title, finding and labels; absent in a corpus without them. */
  charts?: readonly ChartEntry[] | undefined;
}

/** How each kind of place is called in a result's meta line: as on the place pages, but a district is a short 区. */
export const KIND_LABELS: Readonly<Record<string, string>> = { ...PLACE_KIND_LABELS, district: '区' };

/** The slug a link points to. */
export function linkId(link: Link): string {
  return typeof link === 'string' ? link : link.id;
}

/** Plain text of a story's Markdown body: subheads and emphasis marks dropped, one paragraph a line. */
export function markdownToText(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?)/gm, '')
        .replace(/\*\*|__/g, '')
        .replace(/\s*\n\s*/g, ''),
    )
    .filter((p) => p.trim() !== '')
    .join('\n');
}

const byId = <T extends { id: string }>(entries: readonly T[]): T[] => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const unique = (values: Iterable<string>): string[] => [...new Set([...values].filter((v) => v.trim() !== ''))];

/** Builds the search documents of the whole site, in a fixed order (by type, then slug). */
export function buildSearchDocs(source: SearchSource): SearchDoc[] {
  const districts = new Map(source.districts.map((d) => [d.id, d.data]));
  const officials = new Map(source.officials.map((o) => [o.id, o.data]));
  const initiatives = new Map(source.initiatives.map((i) => [i.id, i.data]));
  const articles = new Map(source.articles.map((a) => [a.id, a.data]));

  const placeNames = (links: readonly (Link | null)[]): string[] =>
    links.flatMap((l) => {
      const d = l === null ? undefined : districts.get(linkId(l));
      return d ? [d.name, ...d.aliases] : [];
    });
  const personNames = (links: readonly (Link | null)[]): string[] => links.flatMap((l) => (l === null ? [] : [officials.get(linkId(l))?.name ?? '']));
  const programmeNames = (links: readonly (Link | null)[]): string[] => links.flatMap((l) => (l === null ? [] : [initiatives.get(linkId(l))?.name ?? '']));
  // Traditional characters folded at index time as at query time, so either finds the other.
  const text = (s: string): string => toSimplified(foldWidth(s));

  const docs: SearchDoc[] = [];

  for (const { id, data, body } of byId(source.articles)) {
    const lead = [data.kicker, data.subtitle].filter((s): s is string => Boolean(s));
    const mainPlaces = data.districts.slice(0, 3).flatMap((l) => districts.get(linkId(l))?.name ?? []);
    docs.push({
      type: 'article',
      url: articlePath(id),
      title: text(data.title),
      meta: [...mainPlaces, data.year ? `${data.year}年` : ''].filter(Boolean).join(' · '),
      names: [],
      // Full pinyin of the headline (no initials: those of a long headline match almost anything), so `wuliu` finds 物流.
      pinyin: pinyinKeys(data.title).slice(0, 1),
      tags: unique([...placeNames(data.districts), ...personNames(data.officials), ...programmeNames(data.initiatives)]),
      body: text([...lead, markdownToText(body ?? ''), ...data.captions].join('\n')),
    });
  }

  for (const { id, data } of byId(source.districts)) {
    const names = unique([data.name, ...data.aliases]);
    const parent = data.parent ? districts.get(linkId(data.parent)) : undefined;
    const kind = KIND_LABELS[data.kind] ?? data.kind;
    const stories = data.articles.length;
    docs.push({
      type: 'district',
      url: districtPath(id),
      title: data.name,
      meta: [kind, parent?.name ?? '', stories > 0 ? `${stories} 篇报道` : ''].filter(Boolean).join(' · '),
      names,
      pinyin: unique(names.flatMap((n) => pinyinKeys(n))),
      tags: placeNames([data.parent]),
      body: text(
        `${data.name}${data.aliases.length ? `（又称${data.aliases.join('、')}）` : ''}，${kind}${parent ? `，属${parent.name}` : ''}${data.code ? `，区划代码 ${data.code}` : ''}。`,
      ),
    });
  }

  for (const { id, data } of byId(source.officials)) {
    docs.push({
      type: 'official',
      url: officialPath(id),
      title: data.name,
      meta: data.titles[0] ?? '',
      names: [data.name],
      pinyin: pinyinKeys(data.name, 'person'),
      // The posts the person holds: `书记` ranks the people holding the post above pages merely quoting one.
      tags: unique([...placeNames(data.districts), ...data.titles.map(text)]),
      body: text([data.titles.join('；'), ...data.quotes.map((q) => q.text)].filter(Boolean).join('\n')),
    });
  }

  for (const { id, data } of byId(source.initiatives)) {
    docs.push({
      type: 'initiative',
      url: initiativePath(id),
      title: data.name,
      meta: data.owner ?? '',
      names: [data.name],
      pinyin: pinyinKeys(data.name),
      tags: unique([...placeNames(data.districts), ...personNames(data.officials)]),
      body: text([data.owner ?? '', ...data.descriptions.map((d) => d.text)].filter(Boolean).join('\n')),
    });
  }

  for (const { id, data } of byId(source.metrics)) {
    const story = articles.get(linkId(data.article));
    docs.push({
      type: 'figure',
      url: figureInStoryPath(linkId(data.article), id),
      title: text(`${data.subject} ${data.text}`),
      meta: [story?.title ?? '', data.year ? `${data.year}年` : ''].filter(Boolean).join(' · '),
      names: [],
      pinyin: [],
      tags: unique([
        ...placeNames([data.district]),
        ...programmeNames([data.initiative]),
        ...personNames([data.official]),
        ...[data.entity, data.measure].filter((x): x is string => typeof x === 'string' && x !== ''),
      ]),
      body: text(data.quote),
    });
  }

  for (const { id, data } of byId(source.charts ?? [])) {
    const place = data.district ? districts.get(linkId(data.district))?.name : undefined;
    docs.push({
      type: 'chart',
      url: chartPath(id),
      title: text(data.title),
      meta: text(data.finding),
      names: [],
      pinyin: [],
      tags: unique([...placeNames([data.district]), ...programmeNames(data.initiatives), ...data.labels.map(text)]),
      body: text([data.finding, data.labels.join('、'), place ?? ''].filter(Boolean).join('\n')),
    });
  }

  return docs;
}
