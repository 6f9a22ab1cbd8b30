/**
 * Synthetic corpora for the scale benchmark: N stories in the style of the sources, written as raw `.txt` pages.
 *
 *   tsx bench/generateCorpus.ts --articles 1000 --out /tmp/corpus [--seed 1] [--sources content/sources]
 *
 * The material is the real stories' sentences and display lines, read with the pipeline's own decode → clean →
 * split stages. Every place the place extractor finds becomes a slot filled with another Jinan place of the same
 * level (from the gazetteer), every official's name a slot filled with a made-up name, and every number is redrawn
 * with the same number of digits, so each generated story gives the extractors fresh names, places and figures.
 * Pages hold several stories each, as the real ones do; some are hard-wrapped in narrow columns with the headline
 * after the body, some print one paragraph a line; a few carry page breaks inside a paragraph, a paragraph printed
 * twice, or ASCII punctuation. Output is a pure function of the material, the size and the seed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { decode } from '../scripts/ingest/read/decode.ts';
import { clean } from '../scripts/ingest/read/clean.ts';
import { splitStories } from '../scripts/ingest/read/splitStories.ts';
import { splitSentences } from '../src/core/sentences.ts';
import { extractPlaces } from '../scripts/ingest/extract/extractPlaces.ts';
import { extractOfficials } from '../scripts/ingest/extract/extractOfficials.ts';
import { jinanGazetteer, type Gazetteer, type Place, type PlaceKind } from '../scripts/ingest/extract/gazetteer.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../scripts/ingest/extract/surnames.ts';
import type { Story } from '../scripts/ingest/types.ts';
import { mulberry32 } from './random.ts';

/** A hole in a sentence template: a place of some level, printed in some form, or a person's name. */
export type Slot = { type: 'place'; kind: PlaceKind; form: 'name' | 'alias' | 'short-form'; key: string } | { type: 'person'; key: string };

/** Sentences and display lines of the real stories, with their places and names turned into slots. */
export interface CorpusMaterial {
  /** Paragraphs of the real stories, each a list of sentence templates. */
  paragraphs: string[][];
  /** Headlines, kickers, subtitles and subheads, as templates. */
  displayLines: string[];
  /** Slot `i` is written in templates as the character `U+E000 + i`. */
  slots: Slot[];
}

/** One generated page. */
export interface GeneratedFile {
  /** File name, sorted in generation order. */
  name: string;
  /** Raw page text (LF line ends). */
  text: string;
}

/** What `generateCorpus` makes. */
export interface GeneratedCorpus {
  /** The pages. */
  files: GeneratedFile[];
  /** Stories written across all pages. */
  stories: number;
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** How many stories to write. */
  articles: number;
  /** PRNG seed; the same seed gives the same corpus. */
  seed?: number;
}

const SLOT_BASE = 0xe000;
const SLOT_RE = /[\ue000-\uf8ff]/gu;
/** Names too short to replace safely: a one-character match would hit ordinary words. */
const MIN_NAME_LENGTH = 2;

/** Reads the stories of every `.txt` page in `dir` with the pipeline's decode, clean and split stages. */
export function readSourceStories(dir: string): Story[] {
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.txt'))
    .sort();
  return names.flatMap((name) => splitStories(clean(decode(readFileSync(join(dir, name)), name).text), name));
}

/** True when every opening quote or bracket in `s` is closed: such a sentence can be moved without breaking a quote. */
function balanced(s: string): boolean {
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['（', '）'],
    ['(', ')'],
    ['「', '」'],
    ['‘', '’'],
  ];
  return pairs.every(([open, close]) => s.split(open).length === s.split(close).length);
}

/** Turns the stories into templates: places and officials' names become slots. */
export function buildMaterial(stories: Story[], gazetteer: Gazetteer = jinanGazetteer()): CorpusMaterial {
  const slots: Slot[] = [];
  const slotIndex = new Map<string, number>();
  const slotChar = (slot: Slot): string => {
    const id = `${slot.type}:${slot.type === 'place' ? `${slot.kind}:${slot.form}:` : ''}${slot.key}`;
    let i = slotIndex.get(id);
    if (i === undefined) {
      i = slots.length;
      slots.push(slot);
      slotIndex.set(id, i);
    }
    return String.fromCharCode(SLOT_BASE + i);
  };

  const template = (text: string, names: readonly string[]): string => {
    let out = '';
    let at = 0;
    for (const m of extractPlaces(text, gazetteer)) {
      if (m.via === 'unlisted' || m.via === 'list' || m.start < at) continue;
      out += text.slice(at, m.start) + slotChar({ type: 'place', kind: m.place.kind, form: m.via, key: m.place.code ?? m.place.name });
      at = m.end;
    }
    out += text.slice(at);
    for (const name of names) out = out.split(name).join(slotChar({ type: 'person', key: name }));
    return out;
  };

  const paragraphs: string[][] = [];
  const displayLines: string[] = [];
  for (const story of stories) {
    const texts = story.blocks.map((b) => b.text);
    const names = extractOfficials(texts, { bylineNames: story.credits.map((c) => c.name), featuredName: story.featuredName })
      .map((o) => o.name)
      .filter((n) => n.length >= MIN_NAME_LENGTH)
      .sort((a, b) => b.length - a.length);
    for (const block of story.blocks) {
      if (block.type === 'heading') {
        displayLines.push(template(block.text, names));
        continue;
      }
      const sentences = splitSentences(template(block.text, names), { ellipsis: true })
        .map((s) => s.trim())
        .filter((s) => s.length >= 8 && balanced(s));
      if (sentences.length > 0) paragraphs.push(sentences);
    }
    for (const line of [story.kicker, story.titleGenerated ? null : story.title, story.subtitle]) {
      if (line !== null && line.length >= 4) displayLines.push(template(line, names));
    }
  }
  return { paragraphs, displayLines, slots };
}

/** Common characters of given names (general knowledge of Chinese naming), mixed with the surname table. */
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国文辉鹏宇浩凯健俊帆旭宁飞红梅琳雪晶婷倩晓海波亮林峰斌春志成东晨阳龙慧颖佳欣怡雨萌楠博思哲泽睿涵瑶嘉铭凤云梦彤琪璐瑞祥福荣庆德永振泉鑫森磊冰丹蕾薇莉燕',
];
const SINGLES = [...SINGLE_SURNAMES];
const COMPOUNDS = [...COMPOUND_SURNAMES];

/** A random-choice helper bound to one PRNG. */
class Draw {
  constructor(readonly next: () => number) {}
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A made-up personal name: a surname (now and then a compound one) and one or two given-name characters. */
  name(): string {
    const surname = this.chance(0.03) ? this.pick(COMPOUNDS) : this.pick(SINGLES.slice(0, 200));
    return surname + this.pick(GIVEN) + (this.chance(0.7) ? this.pick(GIVEN) : '');
  }
}

/** Places of Jinan grouped for drawing: by level, and the lower levels by the district they lie in. */
interface PlacePools {
  byKind: Map<PlaceKind, Place[]>;
  /** District/county code → its streets and towns. */
  streets: Map<string, Place[]>;
  /** District/county code → its communities and villages. */
  locals: Map<string, Place[]>;
  districts: Place[];
}

function placePools(gazetteer: Gazetteer): PlacePools {
  const byKind = new Map<PlaceKind, Place[]>();
  const streets = new Map<string, Place[]>();
  const locals = new Map<string, Place[]>();
  const districtOf = (place: Place): string | null => {
    let p: Place | undefined = place;
    while (p && p.parentCode !== null) p = gazetteer.byCode.get(p.parentCode);
    return p?.code ?? null;
  };
  for (const place of gazetteer.places) {
    byKind.set(place.kind, [...(byKind.get(place.kind) ?? []), place]);
    const district = districtOf(place);
    if (district === null || place.parentCode === null) continue;
    const pool = place.kind === 'street' || place.kind === 'town' ? streets : locals;
    const list = pool.get(district) ?? [];
    list.push(place);
    pool.set(district, list);
  }
  const districts = gazetteer.places.filter((p) => (p.kind === 'district' || p.kind === 'county') && p.code !== null && streets.has(p.code));
  return { byKind, streets, locals, districts };
}

/** The printed form of `place` a slot asks for, falling back to the official name. */
function formOf(place: Place, form: Slot & { type: 'place' }): string {
  if (form.form === 'alias' && place.aliases.length > 0) return place.aliases[0]!;
  if (form.form === 'short-form' && place.shortForms.length > 0) return place.shortForms[0]!;
  return place.name;
}

/** Per-story choices: which real place or name each slot becomes, so repeated mentions stay consistent. */
class StoryCast {
  private readonly places = new Map<string, Place>();
  private readonly people = new Map<string, string>();
  constructor(
    private readonly draw: Draw,
    private readonly pools: PlacePools,
    private readonly home: Place,
    private readonly officials: readonly string[],
    /** Years in the story move together so ranges (`2023-2025年`) stay ranges. */
    readonly yearShift: number,
  ) {}

  fill(slot: Slot): string {
    if (slot.type === 'person') {
      let name = this.people.get(slot.key);
      if (name === undefined) {
        name = this.draw.pick(this.officials);
        this.people.set(slot.key, name);
      }
      return name;
    }
    let place = this.places.get(slot.key);
    if (place === undefined) {
      place = this.drawPlace(slot.kind);
      this.places.set(slot.key, place);
    }
    return formOf(place, slot);
  }

  private drawPlace(kind: PlaceKind): Place {
    const { draw, pools, home } = this;
    const homeCode = home.code ?? '';
    const used = new Set(this.places.values());
    if (kind === 'district' || kind === 'county') return used.has(home) || draw.chance(0.2) ? draw.pick(pools.districts) : home;
    const local = (kind === 'street' || kind === 'town' ? pools.streets : pools.locals).get(homeCode)?.filter((p) => p.kind === kind);
    if (local && local.length > 0 && draw.chance(0.85)) return draw.pick(local);
    return draw.pick(pools.byKind.get(kind) ?? pools.districts);
  }
}

const FULL_DIGITS = '０１２３４５６７８９';

/** Redraws every number in `text`, keeping its digit count and width; years shift, months and days stay valid. */
function redrawNumbers(text: string, draw: Draw, yearShift: number): string {
  return text.replace(/([0-9０-９]+)([.．][0-9０-９]+)?/gu, (match: string, int: string, frac: string | undefined, offset: number) => {
    const wide = /[０-９]/u.test(match);
    const toAscii = (s: string): string => s.replace(/[０-９]/gu, (d) => String(FULL_DIGITS.indexOf(d)));
    const back = (s: string): string => (wide ? s.replace(/[0-9]/gu, (d) => FULL_DIGITS[Number(d)]!) : s);
    const value = Number(toAscii(int));
    const after = text.charAt(offset + match.length);
    if (frac === undefined && int.length === 4 && value >= 1990 && value <= 2035) return back(String(value + yearShift));
    if (frac === undefined && after === '月') return back(String(draw.int(1, 12)));
    if (frac === undefined && (after === '日' || after === '号')) return back(String(draw.int(1, 28)));
    const digits = (n: number, leading: boolean): string =>
      Array.from({ length: n }, (_, i) => String(i === 0 && leading ? draw.int(1, 9) : draw.int(0, 9))).join('');
    const newInt = digits(int.length, int.length > 1 || value !== 0);
    const newFrac = frac === undefined ? '' : frac.charAt(0) + digits(frac.length - 1, false);
    return back(newInt + newFrac);
  });
}

/** True when a sentence template names a person. */
function hasPerson(template: string, material: CorpusMaterial): boolean {
  for (const ch of template.matchAll(SLOT_RE)) if (material.slots[ch[0].charCodeAt(0) - SLOT_BASE]?.type === 'person') return true;
  return false;
}

/** Fills a template's slots and redraws its numbers. */
function render(template: string, material: CorpusMaterial, cast: StoryCast, draw: Draw): string {
  const numbered = redrawNumbers(template, draw, cast.yearShift);
  return numbered.replace(SLOT_RE, (ch) => cast.fill(material.slots[ch.charCodeAt(0) - SLOT_BASE]!));
}

/** A story before layout. */
interface DraftStory {
  kicker: string | null;
  title: string;
  credits: { role: string; names: string[] }[];
  dateline: boolean;
  blocks: { type: 'heading' | 'paragraph'; text: string }[];
}

/** A headline made of one or two display-line fragments, the first often led by a place. */
function draftTitle(material: CorpusMaterial, cast: StoryCast, draw: Draw, home: Place): string {
  const fragments = (line: string): string[] => line.split(/[，：:\s]+/u).filter((f) => f.length >= 4 && f.length <= 16);
  const first = fragments(render(draw.pick(material.displayLines), material, cast, draw));
  const second = fragments(render(draw.pick(material.displayLines), material, cast, draw));
  const a = first.length > 0 ? draw.pick(first) : '党建引领基层治理';
  const b = second.length > 0 ? draw.pick(second) : null;
  const lead = draw.chance(0.5) ? (home.shortForms[0] ?? home.name) : '';
  return `${lead}${a}${b !== null && b !== a ? (draw.chance(0.5) ? '，' : ' ') + b : ''}`;
}

/** What every story of a corpus draws from. */
interface Cast {
  pools: PlacePools;
  /** Reporters and officials recur across stories, as they do in a real paper. */
  reporters: readonly string[];
  officials: readonly string[];
  /** Paragraphs whose sentences name a person. */
  peopleParagraphs: readonly string[][];
}

function draftStory(material: CorpusMaterial, draw: Draw, { pools, reporters, officials, peopleParagraphs }: Cast): DraftStory {
  const home = draw.pick(pools.districts);
  const storyOfficials = Array.from({ length: 3 }, () => draw.pick(officials));
  const cast = new StoryCast(draw, pools, home, storyOfficials, draw.int(-3, 1));
  const blocks: DraftStory['blocks'] = [];
  const paragraphs = draw.int(3, 9);
  const quoting = peopleParagraphs.length > 0 && draw.chance(0.7) ? draw.int(0, paragraphs - 1) : -1;
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && draw.chance(0.15)) {
      const heading = render(draw.pick(material.displayLines), material, cast, draw);
      if (heading.length <= 24) blocks.push({ type: 'heading', text: heading });
    }
    // A run of sentences from one real paragraph keeps the prose coherent; a borrowed sentence mixes stories. Most
    // stories quote or name an official, as the sources do, so one paragraph is drawn from those that name people.
    const source = p === quoting ? draw.pick(peopleParagraphs) : draw.pick(material.paragraphs);
    const start = draw.int(0, source.length - 1);
    const run = source.slice(start, start + draw.int(1, 4));
    if (draw.chance(0.3)) run.push(draw.pick(draw.pick(material.paragraphs)));
    blocks.push({ type: 'paragraph', text: run.map((s) => render(s, material, cast, draw)).join('') });
  }
  const credits = [{ role: draw.pick(['记者', '本报记者', '文/片 记者']), names: Array.from({ length: draw.int(1, 3) }, () => draw.pick(reporters)) }];
  if (draw.chance(0.3)) credits.push({ role: '通讯员', names: [draw.pick(reporters)] });
  return {
    kicker: draw.chance(0.25) ? render(draw.pick(material.displayLines), material, cast, draw) : null,
    title: draftTitle(material, cast, draw, home),
    credits: credits.map((c) => ({ ...c, names: [...new Set(c.names)] })),
    dateline: draw.chance(0.6),
    blocks,
  };
}

/** Display width: Han and full-width characters count two, others one. */
function width(ch: string): number {
  return /[\u1100-\uffff]/u.test(ch) ? 2 : 1;
}

/** Hard-wraps a paragraph into lines of at most `columns` display width, the first indented by two spaces. */
function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '  ';
  let w = 2;
  for (const ch of text) {
    if (w + width(ch) > columns) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += width(ch);
  }
  if (line.trim()) lines.push(line);
  return lines;
}

/** One story in column layout: byline, then the hard-wrapped body, then its headline group. */
function columnStory(story: DraftStory, draw: Draw): string[] {
  const columns = draw.int(36, 40);
  const out: string[] = [];
  for (const credit of story.credits) {
    const role = credit.role === '通讯员' ? '本报通讯员' : '□ 本报记者';
    out.push(`   ${role} ${credit.names.join(' ')} `);
  }
  out.push('');
  for (const block of story.blocks) {
    if (block.type === 'heading') {
      out.push('', block.text, '');
      continue;
    }
    const lines = wrap(block.text, columns);
    // A column break inside a paragraph prints a blank line mid-sentence.
    const cut = lines.length > 3 && draw.chance(0.2) ? draw.int(1, lines.length - 1) : -1;
    lines.forEach((l, i) => {
      if (i === cut) out.push('');
      out.push(l);
    });
  }
  out.push('');
  if (story.kicker !== null) out.push(`${story.kicker.replace(/[。，]$/u, '')}：`, '');
  out.push(story.title, '');
  return out;
}

/** One story in line layout: headline group, byline, then one paragraph a line with blank lines between. */
function lineStory(story: DraftStory, draw: Draw): string[] {
  const out: string[] = ['', ''];
  if (story.kicker !== null) out.push(story.kicker, '');
  out.push(story.title, '');
  const names = story.credits.map((c) => `${c.role} ${c.names.join(' ')}`).join(' ');
  out.push(`${names}${story.dateline ? ' 济南报道' : ''}`, '');
  story.blocks.forEach((block, i) => {
    if (block.type === 'paragraph' && block.text.length > 40 && draw.chance(0.05)) {
      // A page break cuts the paragraph, even mid-word.
      const at = draw.int(10, block.text.length - 10);
      out.push(block.text.slice(0, at), '', block.text.slice(at), '');
    } else {
      out.push(block.text, '');
    }
    if (i > 0 && block.type === 'paragraph' && draw.chance(0.03)) out.push(block.text, '');
  });
  return out;
}

/** Punctuation some newsrooms type in ASCII. */
function asciiPunctuation(text: string): string {
  return text.replace(/，/gu, ',').replace(/：/gu, ':').replace(/（/gu, '(').replace(/）/gu, ')').replace(/；/gu, ';');
}

/** Generates `articles` stories laid out on pages. Deterministic for a given material, size and seed. */
export function generateCorpus(material: CorpusMaterial, options: CorpusOptions, gazetteer: Gazetteer = jinanGazetteer()): GeneratedCorpus {
  if (material.paragraphs.length === 0 || material.displayLines.length === 0) throw new Error('generateCorpus: no material');
  const draw = new Draw(mulberry32(options.seed ?? 1));
  const cast: Cast = {
    pools: placePools(gazetteer),
    reporters: Array.from({ length: 40 }, () => draw.name()),
    officials: Array.from({ length: Math.max(20, Math.ceil(options.articles / 3)) }, () => draw.name()),
    peopleParagraphs: material.paragraphs.filter((sentences) => sentences.some((s) => hasPerson(s, material))),
  };
  const files: GeneratedFile[] = [];
  const digits = String(options.articles).length;
  let written = 0;
  while (written < options.articles) {
    const column = draw.chance(0.3);
    const count = Math.min(options.articles - written, column ? draw.int(2, 9) : draw.int(1, 4));
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const story = draftStory(material, draw, cast);
      lines.push(...(column ? columnStory(story, draw) : lineStory(story, draw)));
    }
    let text = `${lines.join('\n').replace(/\n{4,}/gu, '\n\n\n')}\n`;
    if (!column && draw.chance(0.1)) text = asciiPunctuation(text);
    files.push({ name: `${String(files.length).padStart(digits, '0')}_synthetic.txt`, text });
    written += count;
  }
  return { files, stories: written };
}

/** Writes a corpus into `dir` (emptied first). */
export function writeCorpus(dir: string, corpus: GeneratedCorpus): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of corpus.files) writeFileSync(join(dir, file.name), file.text);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      sources: { type: 'string', default: 'content/sources' },
    },
    strict: true,
  });
  if (values.out === undefined) throw new Error('usage: tsx bench/generateCorpus.ts --articles N --out DIR [--seed S] [--sources DIR]');
  const material = buildMaterial(readSourceStories(resolve(values.sources)));
  const corpus = generateCorpus(material, { articles: Number(values.articles), seed: Number(values.seed) });
  writeCorpus(resolve(values.out), corpus);
  console.log(`${corpus.stories} stories in ${corpus.files.length} files → ${values.out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
