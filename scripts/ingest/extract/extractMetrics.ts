/**
 * Finds the figures a story states: each number with a unit, what kind of quantity it is, what it
 * measures, the year and period it is for, whether it is a target, and the verbatim sentence stating it.
 *
 * Works on cleaned paragraphs (one paragraph per string, no line breaks). Precision comes first: a number
 * is a figure only when it has a unit or a 万/亿 multiplier and is not a date, an ordinal, part of a
 * quoted name or title, a code, a street number, an age, a time of day or the name of a service standard.
 */
import type { FigureReading, MetricData } from '../../../src/schemas.ts';
import type { YearAnchor } from './anchorYear.ts';
import { sentenceSpans } from '../../../src/core/sentences.ts';
import { findQuantities, isChineseNumeralChar, parseChineseNumeral, toHalfWidth, type QuantityMatch } from './parseNumber.ts';

/** Kinds of figure, as in the `metrics` schema. */
export type MetricKind = MetricData['kind'];

/** The `metrics` fields a figure's own sentence tells, as the schema types them (the rest come in `resolve`). */
type PrintedFigure = FigureReading & Pick<MetricData, 'quote' | 'text' | 'measure' | 'yearSource' | 'yearFrom' | 'yearTo' | 'enumerated' | 'threshold'>;

/**
 * A figure found in a story: the `metrics` fields that the text alone can tell (their meaning is documented in the
 * schema; here `subject` is still the phrase from the sentence, `measure` without the place or organisation it
 * belongs to), plus where it is printed.
 */
export interface MetricMention extends PrintedFigure {
  /** Which way the figure measures: the text always tells one (`level` when nothing else is said). */
  basis: MetricBasis;
  /** Index of the paragraph in the input. */
  paragraph: number;
  /** Offset of `text` in its paragraph. */
  start: number;
  /** The company or organisation the figure belongs to where the sentence makes it the subject, else null. */
  organisation: string | null;
}

/** Which way a figure measures, as in the `metrics` schema. */
export type MetricBasis = NonNullable<MetricData['basis']>;

/** Options for `extractMetrics`. */
export interface ExtractMetricsOptions {
  /** Year the story is dated in; when set, `今年`/`去年`/`明年` are read as a year (same as `anchor.now`). */
  storyYear?: number | null;
  /** The story's anchors (see `storyAnchor`): `这一年` is read against `topic`, `今年`/`去年`/`一季度` against `now`. */
  anchor?: YearAnchor;
}

/** A half-open range of offsets. */
interface Span {
  start: number;
  end: number;
}

/** A candidate figure before it is placed in its sentence. */
interface Candidate extends QuantityMatch {
  rank: boolean;
}

/** A figure placed in its sentence, with what the next figures of the sentence may inherit. */
interface PlacedFigure {
  candidate: Candidate;
  subject: string;
  /** The noun printed right after the figure (`80个重点项目` → `重点项目`), else null. */
  noun: string | null;
  /** The phrase before the figure that modifies `noun`, shared by figures listed with `、`. */
  modifier: string;
  /** Offset just past `noun`, or the figure's end. */
  tail: number;
  kind: MetricKind;
  basis: MetricBasis;
  /** The quantity without basis words (`增速`, `下降`, `占比`) and without its owner. */
  measure: string | null;
  organisation: string | null;
}

const CLAUSE_DELIMITERS = '，,；;：:';

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
  '"': '"',
};
/** `QUOTE_PAIRS` by the opening mark's code unit (each is one), the ASCII quote apart: it closes itself. */
const ASCII_QUOTE = '"'.charCodeAt(0);
const QUOTE_CLOSERS = new Map(Object.entries(QUOTE_PAIRS).map(([opener, closer]) => [opener.charCodeAt(0), closer]));

/**
 * Spans of quoted names and titles: everything inside 《》, and any short quotation without sentence
 * punctuation (`“4433”工作体系`, `“十大”`). A quoted speech keeps its figures.
 */
export function nameSpans(text: string): Span[] {
  const spans: Span[] = [];
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    // By code unit: most characters open nothing, and a string per character would cost more than the scan.
    const code = text.charCodeAt(i);
    let open = -1;
    let close = -1;
    if (code === ASCII_QUOTE) {
      if (asciiOpen < 0) {
        asciiOpen = i;
        continue;
      }
      open = asciiOpen;
      close = i;
      asciiOpen = -1;
    } else {
      const closer = QUOTE_CLOSERS.get(code);
      if (closer === undefined) continue;
      open = i;
      const j = text.indexOf(closer, i + 1);
      close = j < 0 ? text.length : j;
    }
    const inner = text.slice(open + 1, close);
    const title = text[open] === '《' || text[open] === '〈';
    if (title || (inner.length <= 16 && !/[，。！？；,!?;]/.test(inner))) spans.push({ start: open, end: close + 1 });
  }
  if (asciiOpen >= 0 && text.length - asciiOpen <= 17) spans.push({ start: asciiOpen, end: text.length });
  // A paragraph cut at a page break can start inside a title: `务指南》…`.
  const firstClose = text.indexOf('》');
  if (firstClose >= 0 && !text.slice(0, firstClose).includes('《')) spans.push({ start: 0, end: firstClose + 1 });
  return spans;
}

function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

const RANK = /(位列|位居|居于|名列|排名|排在|跃居|稳居|跃升至|升至|居)([^，。；,;！？!?]{0,10}?)(第([一二三四五六七八九十]+|\d+)(?:位|名)?|首位|榜首)/g;

function findRanks(norm: string, source: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of norm.matchAll(RANK)) {
    const token = m[3] ?? '';
    const digits = m[4];
    const value = digits === undefined ? 1 : isDigit(digits[0]) ? Number(digits) : parseChineseNumeral(digits);
    if (value === null || value <= 0) continue;
    const start = (m.index ?? 0) + (m[1] ?? '').length + (m[2] ?? '').length;
    found.push({
      rank: true,
      unit: '',
      baseUnit: '',
      exponent: 0,
      unitClass: 'number',
      value,
      valueMax: null,
      normalized: value,
      normalizedMax: null,
      qualifier: null,
      numeral: digits !== undefined && isDigit(digits[0]) ? 'arabic' : 'chinese',
      start,
      end: start + token.length,
      text: source.slice(start, start + token.length),
      qualifierStart: start,
    });
  }
  return found;
}

// `20条措施` and the like name a policy document, not a count of measures.
const DOCUMENT_AFTER_TIAO = /^(?:措施|举措|政策|意见|细则|规定|办法)/;
// Durations count as figures only where the sentence is about how long something takes.
const TIME_LIMIT = /压缩|缩短|缩减|减少|提速|时限|用时|耗时|历时|办结|办理|天数|时长|工期/;
// Political slogans counted with a Chinese numeral (`两个维护`, `四个自信`) are names, not counts.
const SLOGAN_AFTER = /^(?:确立|维护|意识|自信|全面|务必|结合|大局|毫不动摇|覆盖|走在前|一以贯之|产业)/;

/** Why a quantity is not a figure, or null when it is one. */
function exclusion(q: QuantityMatch, norm: string, names: readonly Span[], clause: string): string | null {
  const before = norm[q.qualifierStart - 1];
  const after = norm[q.end];
  if (inside(names, q.start, q.end)) return 'name';
  if (before === '第' || (before === '前' && /[名位]$/.test(q.unit))) return 'ordinal';
  // `数十个`, `几百家`: a vague amount, not a figure.
  if (before === '数' || before === '几') return 'vague';
  if (/[A-Za-z]/.test(before ?? '') || /[A-Za-z]/.test(after ?? '') || before === '-' || before === '+') return 'code';
  if (q.unitClass === 'duration' && !TIME_LIMIT.test(clause)) return 'duration';
  if (q.numeral === 'chinese') {
    // `一个`, `一批`: 一 is an article here, not a count; `二区`, `二期` are ordinals (counts say 两).
    if ((q.value === 1 || (q.value === 2 && q.text.startsWith('二'))) && q.exponent === 0) return 'article';
    // `一街一品`, `三位一体`: a numeral pattern in a slogan.
    if (isChineseNumeralChar(after) || isChineseNumeralChar(before) || SLOGAN_AFTER.test(norm.slice(q.end))) return 'slogan';
  }
  // `分为“红、黄、绿”三类` sorts things into classes; it is not a statistic.
  if (q.unit === '类' && /(?:分为|分成|划分为|分)[^，。；]{0,12}$/.test(norm.slice(0, q.qualifierStart))) return 'classes';
  if (q.unit === '条' && DOCUMENT_AFTER_TIAO.test(norm.slice(q.end))) return 'document';
  // `5个方面`, `三个层面`: a count of aspects is a figure of speech.
  if (/^(?:方面|层面|维度)/.test(norm.slice(q.end))) return 'aspects';
  // `50亿元以上重大项目`, `30万元以下的村`: a threshold naming a class of things, not a figure.
  if (q.qualifier !== null && /(以上|以下)$/.test(q.qualifier) && (isHan(after) || after === '的')) return 'threshold';
  if (q.unit === '位' && /^[列居于置]/.test(norm.slice(q.end))) return 'verb';
  return null;
}

// Words that end a noun phrase read after a figure: verbs, adverbs and time words that follow a subject.
// One-character adverbs carry a lookahead so that nouns beginning with the same character survive
// (`共享车间`, `在建项目`, `都市工业`).
const NOUN_STOP = new RegExp(
  `^(?:${(
    '已经 已 将(?![军]) 在(?![建营岗线职校]) 于 被 为(?![民]) 就(?![业]) 也 都(?![市会城]) 均(?![价衡]) 共计 共有 实现 完成 建立 获评 入选 签约 落地 ' +
    '开工 竣工 投产 参与 参加 受益 就业 入驻 入孵 达到 通过 获得 纳入 覆盖 建成 开展 聚焦 进行 落实 加快 推进 推动 交相辉映 成功 正在 同比 分别 累计 全部 全面 形成 带动 提供 ' +
    '创造 解决 组成 由 让 使(?![用]) 给 择优 增长 增加 提高 下降 减少 占 位列 位居 计划 预计 力争 压缩 缩短 缩减 降至 降到 增至 增加到 提升至 提高到 的基础 等规模 ' +
    '规模生产 一季度 上半年 下半年 全年 今年 去年 年底'
  )
    .split(' ')
    .join('|')})`,
);
const NOUN_END = /[，。；：、,.;:!?！？（(…]/;

function stopAt(seg: string, from: number): number {
  let depth = 0;
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i] as string;
    if (ch === '“' || ch === '‘' || ch === '《') depth++;
    else if (ch === '”' || ch === '’' || ch === '》') depth = Math.max(0, depth - 1);
    if (i < from || depth > 0) continue;
    if (NOUN_STOP.test(seg.slice(i))) return i;
  }
  return seg.length;
}

/** The noun printed right after a figure (`80个重点项目` → `重点项目`), with the offset where it ends. */
function nounAfter(norm: string, from: number, limit: number): { noun: string; end: number; viaDe: boolean } | null {
  let seg = norm.slice(from, limit);
  let offset = from;
  let viaDe = false;
  if (seg.startsWith('的')) {
    seg = seg.slice(1);
    offset++;
    viaDe = true;
  }
  const endAt = seg.search(NOUN_END);
  if (endAt >= 0) seg = seg.slice(0, endAt);
  const first = seg[0];
  if (first === undefined || !(isHan(first) || first === '“' || first === '‘')) return null;
  if (NOUN_STOP.test(seg) || /^(?:以上|以下|左右|次|之|和|与|及|或|后)/.test(seg)) return null;
  // A second quoted phrase ends the noun (`125个“暖心驿站”示范点“交相辉映”`).
  const firstClose = seg.search(/[”’]/);
  const secondOpen = firstClose < 0 ? -1 : seg.slice(firstClose + 1).search(/[“‘]/);
  if (secondOpen >= 0) seg = seg.slice(0, firstClose + 1 + secondOpen);
  seg = seg.slice(0, stopAt(seg, 1));
  const end = offset + seg.length;
  let noun = seg;
  const de = noun.lastIndexOf('的');
  if (de >= 0 && noun.length - de - 1 >= 2) noun = noun.slice(de + 1);
  const deng = noun.lastIndexOf('等');
  if (deng >= 0 && noun.length - deng - 1 >= 2) noun = noun.slice(deng + 1);
  noun = noun.replace(/^(?:一批|一系列|一些|多个|各类)/, '');
  // `8297户小区“清零”`: a quoted word after the noun is what happens to it, not part of it.
  noun = noun.replace(/(?<=\p{Script=Han}{2})[“‘][^”’]*[”’]$/u, '');
  // The head of a Chinese noun phrase comes last, so a long noun keeps its tail.
  if (noun.length > 24) noun = noun.replace(/^[“‘][^”’]*[”’]/, '');
  if (noun.length > 24) noun = noun.slice(noun.length - 24);
  if (noun.length === 0 || (!isHan(noun[noun.length - 1]) && !/[”’]$/.test(noun))) return null;
  return { noun, end, viaDe };
}

/** A short verb phrase closing the clause after a noun (`3个项目签约` → `签约`), else null. */
function verbPhraseAfter(norm: string, from: number, to: number): string | null {
  const vp = norm
    .slice(from, to)
    .replace(new RegExp(YEAR_WORD, 'g'), '')
    .replace(/[。！？!?.”’」』）)\s]+$/, '')
    .trim();
  if (vp.length === 0 || vp.length > 12 || !isHan(vp[0]) || vp.startsWith('等') || /[\d、，,“”]/.test(vp)) return null;
  // A clause ending in a noun (`开工建设进度`) is not a verb phrase describing the things counted.
  if (/(?:进度|水平|能力|质量|效率|工作|建设|发展|作用|氛围|基础)$/.test(vp)) return null;
  return vp;
}

const YEAR_WORD = String.raw`(?:19|20)\d{2}年度?(?:底前|年底前|底|末|初|以来)?`;
const PERIOD_WORD = String.raw`(?:第?[一二三四1-4]季度|前三季度|上半年|下半年|全年|1[-—–至~]\d{1,2}月份?|[一1]至[二三四五六七八九十]+月|前[一二三四五六七八九十\d]{1,2}个月)`;
const LEAD_WORDS = new RegExp(
  String.raw`^(?:[、，,；;：:\s]|[一二三四五六七八九十]是|首先|其次|再次|最后|（[^）]*）|\([^)]*\)|以及|和|及|与|并且|并|且|而且|而|其中|同时|此外|另外|与此同时|目前|截至目前|截至|` +
    String.raw`近年来|近期|近日|去年以来|今年以来|今年|去年|明年|当年|年内|过去的一年|这一年|年底前|的基础上|基础上|` +
    YEAR_WORD +
    '|到' +
    YEAR_WORD +
    '|' +
    PERIOD_WORD +
    String.raw`|自|在|对|给|为|共(?![建享治同识赢富])|总共|共计|合计|累计|先后|已经|已|还将|还|也|均|都|将|计划|力争|预计|确保|争取|拟|分别|又|就要|我们)`,
);
const TRAIL_WORDS =
  /(?:同比|环比|分别|约为|(?<![签节制公条契预合邀])约|近|超过|超|突破|达到|(?<![通到送抵传表直下发转])达|为|是|至|到|了|共|有|总计|累计|合计|增长|增加|提高|提升|下降|减少|上升|上涨|已经|已|将|还|(?<![年人户平])均|都|高达|多达|不低于|不少于|不超过|不足|逾|将近|接近|大约|实现|完成|的|等|可|可达|压缩|缩短|由|从|比上年|较上年|比去年|较去年|[、，,。！？!?.\s])$/;
const LIGHT_VERBS = /完成|实现|累计|连续\d+年/g;
// Plan words between an actor and its verb (`全市将新建`, `全区计划改造`): `target` records them.
const PLAN_WORDS = /(?<=\p{Script=Han})(?:还将|将要|将(?![军近来其])|计划(?=[\p{Script=Han}])(?<![动”》]计划)|力争|预计|就要)/gu;

/** Strips connectors, time words, qualifiers and light verbs from a phrase around a figure. */
function clean(phrase: string): string {
  let s = phrase.trim();
  for (let guard = 0; guard < 20; guard++) {
    let next = s.replace(LEAD_WORDS, '').replace(TRAIL_WORDS, '').trim();
    // A quotation mark whose partner lies outside the phrase belongs to a quoted speech, not to a name.
    if (/^[“‘]/.test(next) && !/[”’]/.test(next)) next = next.slice(1);
    if (/[”’]$/.test(next) && !/[“‘]/.test(next)) next = next.slice(0, -1);
    if (next === s) break;
    s = next;
  }
  s = s.replace(new RegExp(`${YEAR_WORD}|${PERIOD_WORD}|年底前`, 'g'), '');
  const light = s.replace(LIGHT_VERBS, '').replace(PLAN_WORDS, '');
  return light.length >= 2 ? light : s;
}

const VERB =
  /(?:顶格推动|新落地|累计打造|累计建成|帮扶实施|巩固拓展|引进|推动|落地|打造|建成|建设|签约|储备|招引|引育|培育|新增|新开|成立|实施|推进|开工|竣工|遴选|评选|推选|举办|开展|组建|设立|整合|招揽|锁定|表扬|选拔|新拓|拓展|引导|配备|招录|认定|挂牌|加快)/;

/** The first common verb in a phrase, looked for only before any list or quotation in it. */
function verbOf(phrase: string): string {
  const head = phrase.split(/[、“《]/)[0] ?? '';
  return VERB.exec(head)?.[0] ?? '';
}

/** The words before a figure that qualify the noun after it; a list of examples keeps only its verb. */
function modifierOf(raw: string): string {
  const cleaned = clean(raw);
  if (/[、“”《》等]/.test(raw) || cleaned.length > 16) {
    const verb = verbOf(cleaned);
    if (verb) return verb;
    // `位于…的中国人寿大厦(山东)汇聚了115家企业`: the owner is the phrase after the last 的.
    const owner = cleaned.slice(cleaned.lastIndexOf('的') + 1);
    return cleaned.includes('的') && owner.length >= 2 && owner.length <= 12 && !/[、“”《》]/.test(owner) ? owner : '';
  }
  return cleaned !== '' && /的\s*$/.test(raw) ? `${cleaned}的` : cleaned;
}

/** Shortens a long subject: a list of examples `A、B、C等D` becomes `D` (with its verb), a bare list `A等`. */
function shorten(subject: string): string {
  if (subject.length <= 18) return subject;
  const deng = subject.lastIndexOf('等');
  if (deng >= 0 && subject.length - deng - 1 >= 2) {
    return verbOf(subject) + subject.slice(deng + 1);
  }
  const comma = subject.indexOf('、');
  if (comma >= 0) return `${subject.slice(0, comma)}等`;
  return subject;
}

function isClauseBreak(norm: string, i: number): boolean {
  const ch = norm[i] as string;
  if (CLAUSE_DELIMITERS.includes(ch)) return !((ch === ',' || ch === ':') && isDigit(norm[i - 1]) && isDigit(norm[i + 1]));
  // A space between Chinese words separates the two halves of a headline.
  return (ch === ' ' || ch === '\u3000') && isHan(norm[i - 1]) && isHan(norm[i + 1]);
}

function clauseStart(norm: string, sentence: Span, pos: number): number {
  for (let i = pos - 1; i >= sentence.start; i--) if (isClauseBreak(norm, i)) return i + 1;
  return sentence.start;
}

function clauseEnd(norm: string, sentence: Span, pos: number): number {
  for (let i = pos; i < sentence.end; i++) if (isClauseBreak(norm, i)) return i;
  return sentence.end;
}

const GROWTH_BEFORE = /(?:增长|增加|提高|提升|下降|减少|上升|上涨|回落|降低|增幅|涨幅|增速|降幅|上拉|拉动|高于|低于)(?:了|为|达到?|至|约)?$/;
const GENERIC_MEASURE = /^(?:总投资|投资|投资额|总额|金额|营业收入|营收)$/;
// Measures that need the company or place they belong to in order to read on their own.
const BARE_MEASURE = /^(?:产值|营业收入|营收|利税总额|利税|增加值|销售额|产量|收入|利润|税收)$/;
const RANK_VERB_TAIL = /(?:位列|位居|居于|名列|排名|排在|跃居|稳居|跃升至|升至|均居|居)[^，。；]*$/;
const COMPARISON = /^(?:高于|低于|快于|慢于|超过|比)/;
const CAUSATIVE = /(带动|吸纳|惠及|帮助|解决|让|使)$/;
const DECLINE = /下降|减少|回落|降低|下滑|收窄/;

function kindOf(c: Candidate, rawBefore: string, norm: string, previous: PlacedFigure | null, continuation: boolean): MetricKind {
  if (c.rank) return 'rank';
  const before = rawBefore.replace(/\s|同比|环比|分别/g, '');
  switch (c.unitClass) {
    case 'money':
      // `完成产值同比增长6.8亿元` states a change, in yuan.
      return /(?:增长|增加)$/.test(before) ? 'growth' : 'amount';
    case 'count':
      return 'count';
    case 'area':
      return 'area';
    case 'weight':
      return 'weight';
    case 'volume':
      return 'volume';
    case 'duration':
      return 'duration';
    case 'multiple':
    case 'points':
      return 'growth';
    case 'percent':
      if (continuation && previous) return previous.kind;
      if (GROWTH_BEFORE.test(before)) return 'growth';
      if (/占|比重|份额|的$/.test(before) || /^的?(?:比例|比重)/.test(norm.slice(c.end))) return 'share';
      return 'rate';
    default:
      return 'other';
  }
}

interface YearMention {
  at: number;
  year: number | null;
  target: boolean;
  /** The year opens its clause as the topic (`2025年，…`); with a plan marker it scopes the next sentences too. */
  topic: boolean;
  /** True for a word pointing at the story's year (`今年`, `这一年`) rather than a printed year. */
  relative: boolean;
}

const RELATIVE_YEAR = /这一年|当年|今年|去年|明年|前年|(?:刚刚)?过去的一年/g;

function yearMentions(norm: string, names: readonly Span[], anchor: YearAnchor): YearMention[] {
  const found: YearMention[] = [];
  for (const m of norm.matchAll(/(到|至)?((?:19|20)\d{2})年/g)) {
    const at = m.index ?? 0;
    if (isDigit(norm[at - 1]) || inside(names, at, at + m[0].length)) continue;
    const topic = /^[，,]/.test(norm.slice(at + m[0].length));
    found.push({ at, year: Number(m[2]), target: m[1] === '到', topic, relative: false });
  }
  for (const m of norm.matchAll(RELATIVE_YEAR)) {
    const at = m.index ?? 0;
    if (/^以来/.test(norm.slice(at + m[0].length))) continue;
    const word = m[0];
    // `这一年`/`当年` point back at the year the story is about; the others at when it was written.
    const base = word === '这一年' || word === '当年' ? (anchor.topic ?? anchor.now) : anchor.now;
    const offset = word === '明年' ? 1 : word === '前年' ? -2 : word === '去年' || word.endsWith('过去的一年') ? -1 : 0;
    const topic = /^[，,]/.test(norm.slice(at + m[0].length));
    found.push({ at, year: base === null ? null : base + offset, target: word === '明年', topic, relative: true });
  }
  return found.sort((a, b) => a.at - b.at);
}

// `2013—2022年`, `2013年至2022年`: a span of years.
const YEAR_SPAN = /((?:19|20)\d{2})年?\s*[-—–~至到]\s*((?:19|20)\d{2})年/g;
// `十年来`, `近五年`, `过去十年`: a span ending now.
const SPAN_WORD = /(?:近|过去)?([两三四五六七八九十]|\d{1,2})年(?:来|间)|(?:近|过去)([两三四五六七八九十]|\d{1,2})年/g;

// `将` marks the future only before a verb or adverb; `将居民家庭分为三类` is the 把 construction.
const FUTURE_JIANG =
  /将(?=持续|进一步|继续|加快|全力|着力|重点|还|再|新|实施|打造|建设|建成|推动|推进|完成|带动|达到|实现|培育|举办|开展|遴选|评选|制定|新增|引进|招引|投入|形成|启动|聚焦|围绕|以|在|于|可|会|有|突破|超过|力争|确保|争取|全面|积极|大力|深入|进行|陆续|逐步|按照|通过|坚持|发挥|建|打|推|加|提|实|完|组|开|成)/;
const TARGET_MARKERS = new RegExp(
  `${FUTURE_JIANG.source}|计划(?!》)|力争|预计|目标(?:是|为|:|：)|确保|争取|(?<![模虚])拟|就要|将要|(?<=^|[，。；：,;:\s])(?:下一步|未来)|明年|年底前`,
  'g',
);

function targetMarks(norm: string, names: readonly Span[]): number[] {
  const marks: number[] = [];
  for (const m of norm.matchAll(TARGET_MARKERS)) {
    const at = m.index ?? 0;
    if (inside(names, at, at + m[0].length)) continue;
    // `“经纬雁阵”计划` names a programme.
    if (m[0] === '计划' && /[”》]/.test(norm[at - 1] ?? '')) continue;
    marks.push(at);
  }
  return marks;
}

const PERIOD = new RegExp(PERIOD_WORD, 'g');

// After a count, one clause on and a clause opening with 总 (`…，总投资`): the total of the set counted.
const TOTAL_OF_COUNTED = /^[^,;，；。]*[,;，；]总[^,;，；。]{0,6}$/;

/** The list items a `分别` refers to: `A、B、C3家…产值同比分别增长` → A产值, B产值, C产值. */
function listBeforeFenbie(norm: string, from: number, fenbie: number, n: number): string[] | null {
  const seg = norm.slice(from, fenbie);
  let parts = seg.split('、');
  if (parts.length === 1) parts = seg.split(/和|及|与/);
  if (parts.length !== n) return null;
  const last = parts[parts.length - 1] as string;
  const cut = last.search(/\d|[两三四五六七八九十]+[家个项名]|等|同比|环比/);
  const lastItem = cut >= 0 ? last.slice(0, cut) : last;
  let measure = '';
  if (cut >= 0) {
    const rest = last.slice(cut).replace(/^(?:\d+|[两三四五六七八九十]+)[家个项名]?/, '');
    const words = clean(rest.replace(/同比|环比/g, ''));
    // Keep the measure (`产值`), not the class noun restating the items (`高新技术企业`).
    const m = /(?:产值|营业收入|营收|收入|利税|增加值|总额|总量|销售额|产量|利润)$/.exec(words);
    measure = m ? m[0] : '';
  }
  const items = [...parts.slice(0, -1), lastItem].map((p) => clean(p));
  if (items.some((p) => p.length === 0 || p.length > 16)) return null;
  return items.map((p) => (measure && !p.endsWith(measure) ? p + measure : p));
}

const COMPANY = /[^\s，。、；：“”（）()的和与及为在对,;:]{2,16}(?:集团有限公司|股份有限公司|有限公司|集团|公司)/g;

/** The last company named in the sentence before `pos`, for measures like `产值` that need an owner. */
function actorBefore(norm: string, sentence: Span, pos: number): string | null {
  const matches = [...norm.slice(sentence.start, pos).matchAll(COMPANY)];
  return matches[matches.length - 1]?.[0] ?? null;
}

/** Everything `placeInSentence` needs to know about the sentence a figure is in. */
interface SentenceContext {
  norm: string;
  sentence: Span;
  /** The figures, in order. */
  kept: readonly Candidate[];
  placed: PlacedFigure[];
  listSubjects: Map<Candidate, string>;
}

/** Assigns subjects to a run of figures listed after `分别` (`分别增长107%、89%、85%`). */
function assignListSubjects(ctx: SentenceContext, c: Candidate, k: number, cStart: number): void {
  const { norm, sentence, kept, placed, listSubjects } = ctx;
  const fenbie = norm.lastIndexOf('分别', c.qualifierStart);
  if (fenbie < cStart || listSubjects.has(c)) return;
  const run = [c];
  for (let j = k + 1; j < kept.length; j++) {
    const o = kept[j] as Candidate;
    const last = run[run.length - 1] as Candidate;
    if (!/^[、和及与]$/.test(norm.slice(last.end, o.qualifierStart)) || o.unitClass !== c.unitClass) break;
    run.push(o);
  }
  if (run.length < 2) return;
  const items =
    listBeforeFenbie(norm, clauseStart(norm, sentence, fenbie), fenbie, run.length) ??
    (placed.length >= run.length ? placed.slice(-run.length).map((r) => r.subject) : null);
  if (items) run.forEach((o, j) => listSubjects.set(o, items[j] as string));
}

/** Works out what a figure measures and what kind of figure it is. */
function placeInSentence(ctx: SentenceContext, c: Candidate, k: number): PlacedFigure {
  const { norm, sentence, placed } = ctx;
  const previous = placed[placed.length - 1] ?? null;
  // A figure that restates another (`增长16.6%`, `位列第二`) takes its subject from the last base
  // quantity of the sentence, not from a share or rate in between.
  const base = [...placed].reverse().find((r) => r.kind !== 'share' && r.kind !== 'rate' && r.candidate.unitClass !== 'points') ?? previous;
  const cStart = clauseStart(norm, sentence, c.qualifierStart);
  const cEnd = clauseEnd(norm, sentence, c.end);
  const prevInClause = previous !== null && previous.candidate.end > cStart;
  const preFrom = prevInClause && previous ? previous.tail : cStart;
  const rawBefore = norm.slice(Math.min(preFrom, c.qualifierStart), c.qualifierStart);
  const continuation = prevInClause && /^[、和及与]?$/.test(rawBefore);
  const nextStart = ctx.kept.find((o) => o.start >= c.end)?.qualifierStart ?? sentence.end;
  const kind = kindOf(c, rawBefore, norm, previous, continuation);
  const nounable = !c.rank && c.unitClass !== 'points' && c.unitClass !== 'multiple';
  const after = nounable ? nounAfter(norm, c.end, Math.min(cEnd, nextStart)) : null;
  const ratio = c.unitClass === 'percent' && /^的?(?:比例|比重)/.test(norm.slice(c.end));
  if (!continuation) assignListSubjects(ctx, c, k, cStart);

  const pre = clean(rawBefore);
  const listed = ctx.listSubjects.get(c);
  let subject: string;
  let modifier = '';
  if (listed !== undefined) {
    subject = listed;
  } else if (c.rank) {
    const own = clean(norm.slice(cStart, c.qualifierStart).replace(RANK_VERB_TAIL, ''));
    if ((own === '' || /中$/.test(own)) && base) subject = base.subject;
    else if (/^(?:增速|增幅|总量|规模|总额)$/.test(own) && base && !base.subject.endsWith(own)) subject = base.subject + own;
    else subject = own;
  } else if (ratio) {
    // `按照不低于30%的比例，招录高校毕业生…`: the ratio is of what the next clause does.
    const own = pre.replace(/^(?:按照|按|依照|以)/, '');
    const nextClause = clean(norm.slice(cEnd + 1, clauseEnd(norm, sentence, cEnd + 1)));
    subject = `${own || nextClause}比例`;
  } else if (after && !after.viaDe && c.unitClass !== 'percent') {
    // Figures listed with 、 share the words before the first (`无物业管理的206栋、8297户小区`).
    const sharedBefore = rawBefore !== '' && previous !== null && previous.noun === null;
    modifier =
      continuation && previous
        ? previous.modifier || (sharedBefore ? modifierOf(norm.slice(cStart, previous.candidate.qualifierStart)) : '')
        : modifierOf(rawBefore);
    const vp = verbPhraseAfter(norm, after.end, cEnd);
    const head = vp ? `${vp}的${after.noun}` : after.noun;
    // A long modifier before a long noun reads badly; keep only its verb.
    const short = modifier.length + head.length > 22 ? verbOf(modifier) : modifier;
    subject = short + head;
  } else if (after && after.viaDe) {
    const measure = /(?:总投资|投资|投入|规模|面积)$/.exec(pre)?.[0];
    subject = pre.length > 0 && pre.length <= 4 ? after.noun + pre : after.noun + (measure ?? '');
  } else if (kind === 'share' && /^占/.test(pre) && previous) {
    const rest = pre.replace(/^占/, '').replace(/的$/, '');
    subject = previous.subject + (rest ? `占${rest}` : '占比');
  } else if (COMPARISON.test(pre) && previous) {
    subject = previous.subject + (previous.kind === 'growth' && !/增速|增幅/.test(previous.subject) ? '增速' : '') + pre;
  } else if (pre !== '' && !(kind === 'growth' && /^(?:增速|增幅)$/.test(pre) && previous)) {
    const vp = clean(norm.slice(c.end, cEnd));
    const causative = CAUSATIVE.exec(pre);
    if (causative && vp) subject = causative[1] + vp;
    else if (GENERIC_MEASURE.test(pre) && previous) subject = previous.subject + pre;
    else if (prevInClause && previous?.noun && pre.length <= 6) subject = previous.subject + pre;
    else if (c.unitClass === 'percent' && after) subject = combine(pre, after.noun);
    else subject = pre;
  } else {
    const vp = clean(norm.slice(c.end, cEnd));
    const prevNoun = previous && previous.candidate.unit === c.unit ? previous.noun : null;
    if (after && c.unitClass === 'percent') subject = after.noun;
    else if (vp && prevNoun) subject = `${vp}的${prevNoun}`;
    else if (base) subject = base.subject;
    else subject = vp;
  }
  const organisation = organisationOf(norm, sentence, c.qualifierStart);
  const listedFrom = listed === undefined ? undefined : placed.find((r) => r.subject === listed);
  let measure: string | null = listedFrom ? listedFrom.measure : measureOf(subject, organisation);
  // `集装箱总量约32万标箱660余万吨货物`: a bare noun after a second figure shares the first one's measure.
  if (!listedFrom && measure !== null && VAGUE_MEASURE.test(measure) && continuation && previous?.measure && /总?量$/.test(previous.measure)) {
    measure = `${previous.measure.replace(/总?量$/, '')}${measure}量`;
  }
  // `是上年的1.6倍`, `高于全市2.1个百分点`: a ratio or gap restates the figure before it.
  if ((c.unitClass === 'multiple' || c.unitClass === 'points') && (measure === null || /^(?:是|为|比|高于|低于)/.test(pre)) && previous?.measure)
    measure = previous.measure;
  // `年均30万台重卡`: the yearly count of a product is its output.
  if (measure !== null && /^年均/.test(measure) && !/量$/.test(measure) && /^(?:台|辆|件|套|吨|万台|万辆|万件|万套|万吨)$/.test(c.unit))
    measure = `${measure}产量`;
  if (measure !== null && organisation === null && VAGUE_MEASURE.test(measure)) {
    const topic = topicOf(norm, sentence, c.qualifierStart);
    if (topic && !measure.startsWith(topic)) measure = topic + measure;
  }
  if (BARE_MEASURE.test(subject)) subject = (organisation ?? actorBefore(norm, sentence, c.qualifierStart) ?? '') + subject;
  // The subject carries the direction of a fall, since `value` is printed without a sign.
  if (kind === 'growth' && DECLINE.test(rawBefore) && !DECLINE.test(subject)) subject += '下降';
  subject = shorten(subject.replace(/^[、，,：:\s]+|[、，,：:\s]+$/g, ''));
  if (subject === '') subject = clean(norm.slice(sentence.start, c.qualifierStart)).slice(-12) || c.text;
  const noun = after && !after.viaDe ? after.noun : null;
  const basis = basisOf(c, kind, rawBefore);
  // A change by an amount is a growth figure whatever its unit (`同比增长6.8亿元`, `减少3个`).
  const consistentKind: MetricKind = basis === 'change' ? 'growth' : kind;
  return { candidate: c, subject, noun, modifier, tail: after ? after.end : c.end, kind: consistentKind, basis, measure, organisation };
}

/** Which way a figure measures, from its unit and the verb printed before it. */
function basisOf(c: Candidate, kind: MetricKind, rawBefore: string): MetricBasis {
  if (c.rank) return 'rank';
  if (c.unitClass === 'multiple') return 'multiple';
  if (c.unitClass === 'points') return 'growth-rate';
  if (kind === 'share') return 'share';
  if (c.unitClass === 'percent') return kind === 'growth' ? 'growth-rate' : 'level';
  const before = rawBefore.replace(/\s|同比|环比|分别|了/g, '');
  // `同比增长6.8亿元`, `减少3个`: a change by an amount. `新增` counts new things and stays a level.
  if (/(?:增长|增加|减少|下降|降低|提高|提升|多出|少了?)$/.test(before) && !/新增$/.test(before)) return 'change';
  return 'level';
}

// Measures that do not say what they count or of what without the topic of their clause.
const VAGUE_MEASURE = /^(?:项目|企业|货物|年开行量|开行量|产业规模|规模|总量|年产值|产值|营收|收入|增加值|总投资|投资|数量)$/;
// Verbs that end the topic noun phrase opening a clause (`中欧班列通达…`, `能源互联集聚壮大`).
const TOPIC_VERB = /通达|集聚|壮大|实现|完成|突破|达到|达|增长|持续|加快|稳步|不断|全面|开行|发展|提升|提质|发力|领跑|位居|建成|形成|累计|共|是|为|已|将|新|在/;

/** The topic noun phrase opening the clause-run a figure is in (`中欧班列` in `中欧班列通达…，年开行量突破800列`). */
function topicOf(norm: string, sentence: Span, pos: number): string | null {
  let start = sentence.start;
  for (let i = pos - 1; i >= sentence.start; i--) {
    if (/[；;]/.test(norm[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  // The first clause with words in it: `2022年，中欧班列通达…` opens with a time word.
  const cleaned =
    norm
      .slice(start, pos)
      .split(/[，,：:]/)
      .map((c) => clean(c))
      .find((c) => c !== '') ?? '';
  const cut = cleaned.search(TOPIC_VERB);
  const topic = cut > 0 ? cleaned.slice(0, cut) : '';
  return topic.length >= 2 && topic.length <= 8 && /^[\p{Script=Han}A-Za-z0-9]+$/u.test(topic) ? topic : null;
}

/** The measure of a subject: without the basis words added after it and without the organisation before it. */
function measureOf(subject: string, organisation: string | null): string | null {
  let m = shorten(subject).replace(/^[、，,：:\s]+|[、，,：:\s]+$/g, '');
  if (organisation && m.startsWith(organisation)) m = m.slice(organisation.length);
  m = m.replace(/(?:下降|增速|增幅)$/, '').replace(/^(?:全市|全区|全县|全省|全镇|全街道|全村|本区|该区|本市)/, '');
  // A verb that aims an action at a group (`某市聚焦年收入…的村`, `面向…企业`): it and its actor before it open the
  // clause; what is counted is the group after it.
  m = m.replace(/^[^的，,]*?(?:聚焦|围绕|面向|针对|瞄准)/, '');
  if (m.includes('、') || m.length < 2 || m.length > 20 || (!isHan(m[m.length - 1]) && !/[”’)）A-Za-z0-9]$/.test(m))) return null;
  // A verb fragment is no measure (`是`, `过项目`, `项目可`).
  if (/^(?:是|为|过|可|有|达|至|到|了|的)/.test(m) || /(?:可|是|为|了)$/.test(m)) return null;
  return m;
}

const ORG_SUFFIX = String.raw`(?:集团有限公司|股份有限公司|有限责任公司|有限公司|集团|公司|工厂|厂)`;
const COMPANY_HEAD = new RegExp(String.raw`[^\s，。、；：“”（）()的和与及为在对,;:]{2,16}${ORG_SUFFIX}`, 'g');
// `为某集团建设了亚洲最大的5G超级工厂`: what follows are the figures of the thing built for the client.
const BUILT_FOR = /为([^\s，。、；：“”,;:了的]{2,10}?)(?:建设|建成|打造|搭建)了?([^，。；,;]{0,20}(?:工厂|基地|园区|产业园|生产线|中心|平台))/g;

/**
 * The organisation a figure belongs to, where the sentence makes one its subject: a thing built for a client
 * (`为某集团建设了…工厂`) or a company named before the figure that is not one of a list (`A、B等企业`).
 */
function organisationOf(norm: string, sentence: Span, pos: number): string | null {
  const before = norm.slice(sentence.start, pos);
  const built = [...before.matchAll(BUILT_FOR)].at(-1);
  if (built) {
    const object = (built[2] ?? '').replace(/^(?:了|一座|一个|一家)/, '');
    const head = object.slice(object.lastIndexOf('的') + 1).replace(/^(?:最大|最强|首个|首家|全国|亚洲|世界)+/, '');
    if (head.length >= 2) return `${built[1]}${head}`;
  }
  for (const m of [...before.matchAll(COMPANY_HEAD)].reverse()) {
    const at = m.index ?? 0;
    const next = before[at + m[0].length] ?? '';
    const prev = before[at - 1] ?? '';
    // One of a list of examples (`A公司、B公司等15家`) is not what the figure is about.
    if (/[、等和及与]/.test(next) || prev === '、' || /^[^，,；;]*[等、]/.test(before.slice(at + m[0].length))) continue;
    // A verb inside the match (`了解公司`, `新落地某集团`) means it is no name.
    const name = m[0].replace(/^(?:今年|去年|目前|新落地|落地|引进|作为|由|让|使|对|向|与)+/, '');
    if (/了|解|是|在|的/.test(name.replace(new RegExp(`${ORG_SUFFIX}$`), '')) || name.replace(new RegExp(`${ORG_SUFFIX}$`), '').length < 2) continue;
    // The company right before the number is what is counted in (`入驻某公司12家`), not its owner.
    if (at + m[0].length >= before.length - 1) continue;
    return name;
  }
  return null;
}

function combine(modifier: string, noun: string): string {
  return modifier.length > 0 && modifier.length <= 10 ? modifier + noun : noun;
}

/** The text of a match made on the half-width copy, as printed in the paragraph. */
function printedAt(paragraph: string, offset: number, m: RegExpMatchArray | undefined): string | null {
  if (m === undefined) return null;
  const at = offset + (m.index ?? 0);
  return paragraph.slice(at, at + m[0].length);
}

/** Whether a count only counts things its sentence names: `三个组织(A、B、C)`, `A、B、C3家`, `“A+B”…两支队伍`. */
function isEnumerated(norm: string, sentence: Span, c: Candidate, tail: number): boolean {
  if (c.unitClass !== 'count' || c.valueMax !== null || c.value < 2 || c.value > 20) return false;
  const n = c.value;
  const countItems = (list: string): number => list.split(/、|(?:和|及|与)(?=[^、]*$)/).filter((x) => x.trim() !== '').length;
  // Named after: `三个组织(社工协会、志愿服务联合会、志愿服务基金会)`, `两类：A、B`.
  const after = /^[（(：:]([^）)。；;！？]*)/.exec(norm.slice(tail, sentence.end));
  if (after && (after[1] ?? '').includes('、') && countItems(after[1] ?? '') === n) return true;
  // Named before: `A、B、C3家`, `A、B和C等3家`, the list running up to the number.
  const clause = norm.slice(clauseStart(norm, sentence, c.qualifierStart), c.qualifierStart).replace(/等$/, '');
  if (clause.includes('、') && !/\d/.test(clause.slice(clause.indexOf('、'))) && countItems(clause) === n) return true;
  // Named earlier as a compound in quotes: `“专业社工+志愿服务”…发挥两支队伍…`.
  if (c.numeral === 'chinese' && n <= 5) {
    for (const q of norm.slice(sentence.start, c.qualifierStart).matchAll(/[“"]([^”"]{2,30})[”"]/g)) {
      const inner = q[1] ?? '';
      if (/[+＋、]/.test(inner) && inner.split(/[+＋、]/).filter(Boolean).length === n) return true;
    }
  }
  return false;
}

/** Where a span of years stands before a figure: `2013—2022年` (years printed) or `十年来` (years counted back). */
function spanBefore(
  norm: string,
  sentence: Span,
  pos: number,
  now: number | null,
): { from: number | null; to: number | null; printed: string; at: number } | null {
  const seg = norm.slice(sentence.start, pos);
  const printed = [...seg.matchAll(YEAR_SPAN)].at(-1);
  if (printed) return { from: Number(printed[1]), to: Number(printed[2]), printed: printed[0], at: sentence.start + (printed.index ?? 0) };
  const counted = [...seg.matchAll(SPAN_WORD)].at(-1);
  if (!counted) return null;
  const digits = counted[1] ?? counted[2] ?? '';
  const years = isDigit(digits[0]) ? Number(digits) : parseChineseNumeral(digits);
  if (years === null || years < 2) return null;
  // `十年来` in a story written in 2023 covers 2013 to 2023.
  return { from: now === null ? null : now - years, to: now, printed: counted[0], at: sentence.start + (counted.index ?? 0) };
}

/**
 * Finds every figure stated in a story's paragraphs, in reading order.
 * `opts.anchor` (or `opts.storyYear`) lets `今年`/`去年`/`这一年`/`一季度` be read as a year.
 */
export function extractMetrics(paragraphs: readonly string[], opts: ExtractMetricsOptions = {}): MetricMention[] {
  const anchor: YearAnchor = opts.anchor ?? { topic: opts.storyYear ?? null, now: opts.storyYear ?? null };
  const out: MetricMention[] = [];
  paragraphs.forEach((paragraph, index) => {
    const norm = toHalfWidth(paragraph);
    const names = nameSpans(norm);
    const years = yearMentions(norm, names, anchor);
    const marks = targetMarks(norm, names);
    const all: Candidate[] = [...findQuantities(paragraph).map((q): Candidate => ({ ...q, rank: false })), ...findRanks(norm, paragraph)].sort(
      (a, b) => a.start - b.start,
    );
    // A year stated as the topic of a sentence (`2025年，济南将…`, `这一年，…`) carries to the next sentences.
    let carried: { year: number | null; target: boolean; source: 'text' | 'story' } | null = null;
    sentenceSpans(paragraph, { asciiStop: true }).forEach((sentence, sentenceIndex) => {
      const inSentence = all.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
      const thresholds = new Map<Candidate, string>();
      const kept = inSentence.filter((c) => {
        if (c.rank) return true;
        const cEnd = clauseEnd(norm, sentence, c.end);
        const why = exclusion(c, norm, names, norm.slice(clauseStart(norm, sentence, c.start), cEnd));
        // `10亿元以上项目34个`: the limit qualifies the count after it in the clause.
        if (why === 'threshold') {
          const counted = inSentence.find((o) => o.start >= c.end && o.end <= cEnd && o.unitClass !== c.unitClass);
          if (counted && !thresholds.has(counted)) thresholds.set(counted, paragraph.slice(c.qualifierStart, c.end));
        }
        return why === null;
      });
      const sentenceYears = years.filter((y) => y.at >= sentence.start && y.at < sentence.end);
      const sentenceMarks = marks.filter((m) => m >= sentence.start && m < sentence.end);
      const ctx: SentenceContext = { norm, sentence, kept, placed: [], listSubjects: new Map() };
      kept.forEach((c, k) => {
        const r = placeInSentence(ctx, c, k);
        ctx.placed.push(r);
        const cEnd = clauseEnd(norm, sentence, c.end);
        const yearBefore = sentenceYears.filter((y) => y.at < c.qualifierStart).pop();
        const yearInClause = sentenceYears.find((y) => y.at >= c.end && y.at < cEnd);
        const stated = yearBefore ?? yearInClause;
        const periods = [...norm.slice(sentence.start, c.qualifierStart).matchAll(PERIOD)];
        const periodMatch = periods[periods.length - 1];
        const span = spanBefore(norm, sentence, c.qualifierStart, anchor.now);
        let year: number | null = stated ? stated.year : (carried?.year ?? null);
        let yearSource: 'text' | 'story' | null = stated ? (stated.relative ? 'story' : 'text') : (carried?.source ?? null);
        // `一季度`, `1-8月份` with no year in the sentence are periods of the year the story was written in.
        if (year === null && periodMatch && anchor.now !== null && !span) {
          year = anchor.now;
          yearSource = 'story';
        }
        if (span && (!stated || stated.at < span.at + span.printed.length)) {
          year = null;
          yearSource = null;
        }
        if (year === null) yearSource = null;
        let target = sentenceMarks.some((m) => m < c.qualifierStart) || (stated ? stated.target : (carried?.target ?? false));
        // The total of a set stated right after the set's count (`12个项目计划年底前开工，总投资9亿元`) is a fact of
        // that set: it is a target only when the count is, whatever plan the count's clause states.
        const prev = k > 0 ? kept[k - 1]! : null;
        if (
          prev &&
          ctx.placed[k - 1]!.kind === 'count' &&
          TOTAL_OF_COUNTED.test(norm.slice(prev.end, c.qualifierStart)) &&
          !sentenceMarks.some((m) => m >= prev.end && m < c.qualifierStart && clauseStart(norm, sentence, c.qualifierStart) <= m)
        ) {
          target = out[out.length - 1]!.target;
        }
        out.push({
          value: c.value,
          valueMax: c.valueMax,
          unit: c.unit,
          normalized: c.normalized,
          baseUnit: c.baseUnit,
          kind: r.kind,
          target,
          qualifier: c.qualifier,
          subject: r.subject,
          year,
          period:
            span && (!periodMatch || span.at > sentence.start + (periodMatch.index ?? 0))
              ? paragraph.slice(span.at, span.at + span.printed.length)
              : printedAt(paragraph, sentence.start, periodMatch),
          quote: paragraph.slice(sentence.start, sentence.end),
          text: c.text,
          paragraph: index,
          start: c.start,
          basis: r.basis,
          measure: r.measure,
          organisation: r.organisation,
          yearSource,
          yearFrom: span ? span.from : null,
          yearTo: span ? span.to : null,
          enumerated: isEnumerated(norm, sentence, c, r.tail),
          threshold: thresholds.get(c) ?? null,
        });
      });
      const topic = sentenceYears.find((y) => y.topic);
      // Only a plan stated for a year (`2025年，济南将…`) scopes the sentences after it; a past event does not,
      // except a year opening the paragraph (`2023年，…`) or a word pointing at the story's year (`这一年，…`).
      const planned = topic !== undefined && sentenceMarks.some((m) => m > topic.at && m - topic.at <= 16);
      if (planned) carried = { year: topic.year, target: true, source: topic.relative ? 'story' : 'text' };
      else if (topic && !topic.target && (topic.relative || (sentenceIndex === 0 && topic.at === sentence.start))) {
        carried = topic.year === null ? null : { year: topic.year, target: false, source: topic.relative ? 'story' : 'text' };
      } else if (sentenceYears.length > 0) carried = null;
    });
  });
  return out;
}
