/**
 * Synthetic corpora for the benchmark: N stories made by recombining the real stories' sentences, with
 * places drawn from the Jinan gazetteer, made-up names (from a pool of about one person per 30 stories)
 * in place of the real officials and fresh numbers, plus the figures, places and people those stories
 * name. Deterministic for a given seed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from './random.ts';
import { markdownToText, type ArticleEntry, type DistrictEntry, type MetricEntry, type OfficialEntry, type SearchSource } from '../src/search/documents.ts';

/** A place of the gazetteer: code, name, kind and the short forms the stories use. */
export interface GazetteerPlace {
  code: string;
  name: string;
  kind: string;
  aliases: string[];
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华文玉辉建国志红海鹏飞宇浩然晨曦欣怡子涵梓萱一诺俊杰思远嘉怡雨桐'];

/** Splits text into sentences ending in `。！？`, keeping those of a readable length. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？\n]+[。！？]/g) ?? []).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 220);
}

/** Options of `synthesize`. */
export interface SynthOptions {
  /** Number of stories. */
  count: number;
  /** Seed of the generator. */
  seed?: number;
  /** Figures taken per story at most (the real site has about eleven). */
  figuresPerStory?: number;
}

/** The places of the Jinan gazetteer (`scripts/data/jinan-gazetteer.json` under the project `root`), as `synthesize` draws them. */
export function gazetteerPlaces(root: string): GazetteerPlace[] {
  const gazetteer = JSON.parse(readFileSync(path.join(root, 'scripts', 'data', 'jinan-gazetteer.json'), 'utf8')) as { places: unknown[][] };
  return gazetteer.places.map(([code, name, kind, , aliases, shortForms]) => ({
    code: String(code),
    name: String(name),
    kind: String(kind),
    aliases: [...((aliases as string[] | undefined) ?? []), ...((shortForms as string[] | undefined) ?? [])],
  }));
}

/** Builds a synthetic site of `count` stories from the real one and the gazetteer. */
export function synthesize(real: SearchSource, gazetteer: readonly GazetteerPlace[], { count, seed = 1, figuresPerStory = 11 }: SynthOptions): SearchSource {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  const bodies = real.articles.map((a) => markdownToText(a.body ?? ''));
  const pool = bodies.flatMap(sentencesOf);
  const lengths = bodies.map((b) => b.length).filter((n) => n > 0);
  const titles = real.articles.map((a) => a.data.title);
  const officialTitles = real.officials.flatMap((o) => o.data.titles);
  const realPlaces = [...new Set(real.districts.flatMap((d) => [d.data.name, ...d.data.aliases]))].sort((a, b) => b.length - a.length);
  const realPeople = real.officials.map((o) => o.data.name).sort((a, b) => b.length - a.length);
  const placePattern = realPlaces.length ? new RegExp(realPlaces.map(escape).join('|'), 'g') : null;
  const personPattern = realPeople.length ? new RegExp(realPeople.map(escape).join('|'), 'g') : null;
  const places = gazetteer.filter((p) => ['district', 'county', 'street', 'town', 'functional-area'].includes(p.kind));

  const newNumber = (text: string): string => {
    const value = Number(text);
    const decimals = text.includes('.') ? text.split('.')[1]!.length : 0;
    const next = value * (0.5 + rand());
    return decimals > 0 ? next.toFixed(decimals) : String(Math.max(1, Math.round(next)));
  };

  const articles: ArticleEntry[] = [];
  const metrics: MetricEntry[] = [];

  // A city's stories keep quoting the same few hundred officials.
  const people = Array.from({ length: Math.max(20, Math.round(count / 30)) }, (_, k) => ({
    id: `syn-person-${k + 1}`,
    name: pick(SURNAMES) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : ''),
    title: pick(officialTitles),
    articles: [] as string[],
  }));
  const homes = new Map<string, { place: GazetteerPlace; articles: string[] }>();

  for (let i = 0; i < count; i++) {
    const id = `syn-${i + 1}`;
    const home = pick(places);
    const homeId = `g${home.code}`;
    const official = pick(people);
    const person = official.name;
    const personId = official.id;
    const rewrite = (s: string): string =>
      s
        .replace(placePattern ?? /$^/, () => (rand() < 0.5 ? home.name : pick(places).name))
        .replace(personPattern ?? /$^/, person)
        .replace(/\d+(?:\.\d+)?/g, newNumber);

    const target = pick(lengths);
    const sentences: string[] = [];
    for (let length = 0; length < target;) {
      const sentence = rewrite(pick(pool));
      sentences.push(sentence);
      length += sentence.length;
    }
    const paragraphs: string[] = [];
    for (let at = 0; at < sentences.length;) {
      const size = 2 + Math.floor(rand() * 4);
      paragraphs.push(sentences.slice(at, at + size).join(''));
      at += size;
    }
    articles.push({
      id,
      data: {
        title: rewrite(pick(titles)).slice(0, 30),
        kicker: null,
        subtitle: null,
        year: 2022 + Math.floor(rand() * 4),
        captions: [],
        districts: [homeId],
        officials: [personId],
        initiatives: [],
      },
      body: paragraphs.join('\n\n'),
    });

    const homeEntry = homes.get(homeId) ?? { place: home, articles: [] };
    homeEntry.articles.push(id);
    homes.set(homeId, homeEntry);
    official.articles.push(id);

    let figures = 0;
    for (const quote of sentences) {
      if (figures >= figuresPerStory) break;
      const match = /(\d+(?:\.\d+)?)(万|亿)?(元|个|家|人|吨|%|项|次|户)/.exec(quote);
      if (!match) continue;
      figures++;
      metrics.push({
        id: `${id}-f${figures}`,
        data: {
          subject: quote.slice(Math.max(0, match.index - 10), match.index).replace(/^[，、；：]/, '') || '数量',
          text: match[0],
          quote,
          year: null,
          article: id,
          district: homeId,
          initiative: null,
          official: null,
        },
      });
    }
  }

  const districts: DistrictEntry[] = [...homes].map(([id, { place, articles: stories }]) => ({
    id,
    data: { name: place.name, aliases: place.aliases, kind: place.kind, code: place.code, parent: null, articles: stories },
  }));
  const officials: OfficialEntry[] = people
    .filter((p) => p.articles.length > 0)
    .map((p) => ({ id: p.id, data: { name: p.name, titles: [p.title], districts: [], quotes: [], articles: p.articles } }));
  return {
    articles,
    // A gazetteer place the real site already has keeps its real page.
    districts: [...real.districts, ...districts.filter((d) => !realPlaces.includes(d.data.name))],
    officials: [...real.officials, ...officials],
    initiatives: real.initiatives,
    metrics,
  };
}
