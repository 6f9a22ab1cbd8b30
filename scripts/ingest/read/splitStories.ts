/**
 * split into stories: one source file's cleaned units → its stories, each with headline, kicker, subtitle,
 * column label, bylines, dateline and body.
 *
 * Newspaper pages print a story as headline group → byline → body (the usual order) or, on some pages laid out in
 * narrow columns, byline → body → headline group. A file is read in the second order when it opens with a byline.
 * The headline group is the run of display lines (no sentence end) next to the byline; an interview may print its
 * lead paragraph and the interviewee's name between headline and byline.
 */
import type { Block, Credit, Story } from '../types.ts';
import type { Unit } from './clean.ts';
import { parseByline, splitParagraphDateline } from './bylines.ts';
import { HAN, countSentences, displayWidth, endsWithColon, isTerminated } from '../../../src/core/text.ts';
import { splitSentences } from '../../../src/core/sentences.ts';

/** Labels of columns and special sections printed above or below a headline. */
const COLUMN_RE = /(访谈|策划|专题|专栏|特稿|视点|观察|特别报道|系列报道|两会|聚焦.{0,4}$|关注$|走基层|快讯|简讯)/u;
/** Longest column label, in characters. */
const MAX_COLUMN_LENGTH = 16;
/** A line holding only a name or a short label: 2–4 Han characters. */
const SHORT_LABEL_RE = new RegExp(`^[${HAN}]{2,4}$`, 'u');
/** Longest subhead inside a story, in display width (40 Han characters). */
const MAX_HEADING_WIDTH = 80;
/** Longest generated title, in characters. */
const MAX_GENERATED_TITLE = 30;

/** True for a display line: text with no sentence end (headline, subhead, label). */
function isDisplay(u: Unit | undefined): u is Unit {
  return u !== undefined && u.kind === 'text' && countSentences(u.text) === 0;
}

/** True for a subhead inside a story body (a display line short enough to be one). */
function isHeading(u: Unit): boolean {
  return isDisplay(u) && displayWidth(u.text) <= MAX_HEADING_WIDTH;
}

/** A one-sentence line after a wide gap, before a headline: a photo caption at the top of the page. */
function isTopCaption(u: Unit | undefined): u is Unit {
  return u !== undefined && u.kind === 'text' && u.gapBefore >= 2 && isTerminated(u.text) && countSentences(u.text) === 1 && displayWidth(u.text) <= 100;
}

/** The units of one story before interpretation. */
interface RawStory {
  header: Unit[];
  bylines: Unit[];
  body: Unit[];
}

/** Splits a file's cleaned units into stories. */
export function splitStories(units: Unit[], source: string): Story[] {
  const firstText = units.find((u) => u.kind !== 'caption');
  const raws = firstText?.kind === 'byline' ? splitTrailing(units) : splitLeading(units);
  return raws.filter((r) => r.body.some((u) => u.kind === 'text')).map((r, i) => interpret(r, source, i + 1));
}

/** Headline group → byline → body. */
function splitLeading(units: Unit[]): RawStory[] {
  const bylineAt = units.flatMap((u, i) => (u.kind === 'byline' ? [i] : []));
  if (bylineAt.length === 0) {
    let k = 0;
    while (k < units.length && (isDisplay(units[k]) || units[k]!.kind === 'caption')) k++;
    return [{ header: units.slice(0, k), bylines: [], body: units.slice(k) }];
  }
  // A byline printed on two separate lines belongs to one story: only the first of a run starts a story.
  const starts = bylineAt.filter((b, i) => i === 0 || bylineAt[i - 1] !== b - 1);
  const headerStarts = starts.map((b, i) => headerStart(units, b, i === 0 ? 0 : starts[i - 1]! + 1));
  const out: RawStory[] = [];
  if (headerStarts[0]! > 0) out.push({ header: [], bylines: [], body: units.slice(0, headerStarts[0]) });
  starts.forEach((b, i) => {
    let end = b + 1;
    while (units[end]?.kind === 'byline') end++;
    const next = headerStarts[i + 1] ?? units.length;
    out.push({ header: units.slice(headerStarts[i], b), bylines: units.slice(b, end), body: units.slice(end, next) });
  });
  return out;
}

/** Walks back from a byline over interviewee name, lead paragraph, display lines and a top caption. */
function headerStart(units: Unit[], byline: number, floor: number): number {
  let k = byline - 1;
  while (k >= floor && (units[k]!.kind === 'caption' || (isDisplay(units[k]) && SHORT_LABEL_RE.test(units[k]!.text)))) k--;
  const beforeLead = k;
  if (k - 1 >= floor && units[k]?.kind === 'text' && !isDisplay(units[k]) && isDisplay(units[k - 1])) k--;
  const afterLead = k;
  while (k >= floor && isDisplay(units[k])) k--;
  if (k === afterLead) k = beforeLead; // no headline above the supposed lead: it was body text after all
  if (k === beforeLead && k === byline - 1) return byline;
  while (k >= floor && (units[k]!.kind === 'caption' || isTopCaption(units[k]))) k--;
  return k + 1;
}

/** Byline → body → headline group. */
function splitTrailing(units: Unit[]): RawStory[] {
  const out: RawStory[] = [];
  let i = 0;
  while (i < units.length) {
    const bylines: Unit[] = [];
    while (units[i]?.kind === 'byline') bylines.push(units[i++]!);
    const start = i;
    while (i < units.length && units[i]!.kind !== 'byline') i++;
    const rest = units.slice(start, i);
    let h = rest.length;
    while (h > 0 && (isDisplay(rest[h - 1]) || rest[h - 1]!.kind === 'caption')) h--;
    out.push({ header: rest.slice(h), bylines, body: rest.slice(0, h) });
  }
  return out;
}

/** Reads a raw story's header, bylines and body into a `Story`. */
function interpret(raw: RawStory, source: string, index: number): Story {
  const captions: string[] = [];
  const header = { kicker: null as string | null, titles: [] as string[], columns: [] as string[], names: [] as string[] };
  let lead: Unit | null = null;
  for (const u of raw.header) {
    if (u.kind === 'caption' || (u.kind === 'text' && isTerminated(u.text) && lead === null && raw.header.indexOf(u) === 0)) {
      captions.push(u.text);
    } else if (u.kind === 'text' && !isDisplay(u)) lead = u;
    else if (SHORT_LABEL_RE.test(u.text)) header.names.push(u.text);
    else if (COLUMN_RE.test(u.text) && [...u.text].length <= MAX_COLUMN_LENGTH) header.columns.push(u.text);
    else if (endsWithColon(u.text) && header.titles.length === 0) header.kicker = u.text;
    else header.titles.push(u.text);
  }
  // A name line under the headline is the interviewee (it appears in the headline); any other short line is a label.
  const headlineText = [header.kicker ?? '', ...header.titles].join('');
  const featuredName = header.names.find((n) => headlineText.includes(n)) ?? null;
  header.columns.unshift(...header.names.filter((n) => n !== featuredName));
  let title = header.titles[0] ?? null;
  let kicker = header.kicker;
  if (title !== null && kicker === null) {
    // `…书记徐法贤：做好“三项重点”任务` prints kicker and headline on one line.
    const m = /^(.{4,}?[：:])(.{4,})$/u.exec(title);
    if (m && !/[“‘][^”’]*$/u.test(m[1]!) && (m[2]!.match(new RegExp(`[${HAN}]`, 'gu'))?.length ?? 0) >= 4) {
      kicker = m[1]!;
      title = m[2]!;
    }
  }
  if (title === null && kicker !== null) {
    title = kicker.replace(/[：:]$/u, '');
    kicker = null;
  }

  const credits: Credit[] = [];
  let dateline: string | null = null;
  for (const b of raw.bylines) {
    const parsed = parseByline(b.text);
    if (!parsed) continue;
    credits.push(...parsed.credits);
    dateline ??= parsed.dateline;
  }

  const bodyUnits: Unit[] = [];
  const displaced: Unit[] = [];
  for (const u of raw.body) {
    if (u.kind === 'caption') captions.push(u.text);
    else if (u.kind === 'byline') credits.push(...(parseByline(u.text)?.credits ?? []));
    else if (u.displaced) displaced.push(u);
    else bodyUnits.push(u);
  }
  const ordered = [...(lead ? [lead] : []), ...displaced, ...bodyUnits];
  const blocks: Block[] = [];
  for (const u of ordered) {
    let text = u.text;
    if (blocks.every((b) => b.type !== 'paragraph') && !isDisplay(u)) {
      const split = splitParagraphDateline(text);
      if (split.dateline) {
        dateline ??= split.dateline;
        text = split.rest;
      }
    }
    blocks.push({ type: isHeading(u) && u !== lead ? 'heading' : 'paragraph', text, line: u.line });
  }
  const firstParagraph = blocks.find((b) => b.type === 'paragraph')?.text ?? '';
  const summary = splitSentences(firstParagraph, { ellipsis: true })[0] ?? firstParagraph;
  const titleGenerated = title === null;
  const year = [...header.columns, title ?? ''].map((t) => /((?:19|20)\d{2})/u.exec(t)?.[1]).find(Boolean);
  const first = [...raw.header, ...raw.bylines, ...raw.body][0];
  return {
    source,
    index,
    line: first?.line ?? 1,
    title: title ?? generateTitle(summary),
    titleGenerated,
    kicker,
    subtitle: header.titles.length > 1 ? header.titles.slice(1).join(' ') : null,
    column: header.columns.length > 0 ? header.columns.join(' · ') : null,
    credits: dedupeCredits(credits),
    dateline,
    year: year ? Number(year) : null,
    featuredName,
    captions,
    blocks,
  };
}

function dedupeCredits(credits: Credit[]): Credit[] {
  const seen = new Set<string>();
  return credits.filter((c) => (seen.has(c.name) ? false : (seen.add(c.name), true)));
}

/** A clause that is only a time phrase: `近日`, `4月23日上午`, `今年以来`. */
const TIME_CLAUSE_RE = /^(?:近日|日前|近期|目前|当前|今年以来|去年以来|近年来|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚上|晚)?)$/u;
/** A leading clause of purpose or circumstance: `为推动…`, `随着…`, `根据…`. */
const CIRCUMSTANCE_RE = /^(?:为了?|随着|根据|按照|围绕|立足)/u;

/**
 * Makes a title for a story printed without one from its first sentence: news sentences open with purpose and
 * time ("为推动…，4月23日，") before the actor and the act, so those clauses are skipped; the rest is cut at a clause
 * boundary to at most `MAX_GENERATED_TITLE` characters.
 */
export function generateTitle(firstSentence: string): string {
  const sentence = firstSentence.replace(/[。！？!?]+[”’]?$/u, '');
  let clauses = sentence.split(/(?<=[，；,;])/u);
  const bare = (c: string): string => c.replace(/[，；,;]$/u, '').trim();
  const timeAt = clauses.slice(0, 4).findIndex((c) => TIME_CLAUSE_RE.test(bare(c)));
  if (timeAt >= 0 && timeAt < clauses.length - 1) clauses = clauses.slice(timeAt + 1);
  while (clauses.length > 1 && CIRCUMSTANCE_RE.test(clauses[0]!)) clauses = clauses.slice(1);
  const rest = clauses.join('');
  if ([...rest].length <= MAX_GENERATED_TITLE) return bare(rest);
  let out = '';
  for (const clause of clauses) {
    if ([...(out + clause)].length > MAX_GENERATED_TITLE) break;
    out += clause;
  }
  if (out === '') out = [...rest].slice(0, MAX_GENERATED_TITLE).join('');
  return `${bare(out)}…`;
}
