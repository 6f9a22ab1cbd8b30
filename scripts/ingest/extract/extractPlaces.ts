/**
 * Finds every mention of a Jinan place in a paragraph, using the gazetteer (`gazetteer.ts`).
 *
 * Rules, in the order they apply:
 * - Longest match wins, left to right: `历下区姚家街道` is 历下区 + 姚家街道, `济南高新区` is one mention.
 * - Only forms in the gazetteer count (official names, the press forms `澄波社区`/`南邱村`, aliases such as
 *   `高新区`), so generic phrases (`活力社区`, `社区工作者`) never match. Where a dataset name is itself an
 *   ordinary word (`中心村`, `幸福社区`) or a single character before its suffix (`新村`), the mention counts
 *   only when a place containing it is named in the paragraph or the story's `context`. A village or
 *   community name followed by 片区/街道/小区 names something else (`孙村片区`).
 * - A district short form without 区/县 (`历下`, `槐荫`) counts only where it starts a word: at the start of
 *   the text, after punctuation (`寻美·历下`, `“市中力量”`), after a preposition, conjunction or particle
 *   (`为槐荫工业`, `与钢城合作`, `在市中发展`), after a verb that takes a place (`落地市中`), or right after
 *   the city (`济南章丘`); never before 区/县/市. `市中` and `天桥` are also ordinary words (`城市中`,
 *   `人行天桥`), so they additionally need the district in the paragraph or context, or to be listed with
 *   another district (`历下、市中、槐荫`). Full forms (`市中区`, `济南市市中区`) always count.
 * - A name printed right after a place outside Jinan (`枣庄市市中区`, `青岛高新区`) or after a town or
 *   street the gazetteer does not know (`某某镇小庄村`) is not Jinan's and is dropped.
 * - A name several places share (two 房庄村 in 长清区) takes the candidate under the place printed right
 *   before it, else under a place named elsewhere in the paragraph, else under a place in `context`; if
 *   still ambiguous the mention has code null, the candidates' nearest common ancestor as parent, and the
 *   candidates' codes.
 * - A street, town, community or village printed right after a Jinan place and missing from the dataset
 *   (`历下区某某街道`, a renamed place such as `唐王镇`) is a mention with code null and that place as
 *   parent; so is a dataset name printed after a district or street it does not belong to.
 * - The city itself (`济南`, `济南市`) is not a place: figures without a district are city-wide.
 * - A bare item of a list (`以甲、乙等引领，丙、丁等跟进`: a name before or after `、`, or before `、…等`) is a
 *   community or village when the gazetteer has it with 社区, 村 or 小区社区 under a district, street or town the story
 *   names (`context` or the paragraph) and nowhere else among them; a word the gazetteer does not confirm there is
 *   never taken.
 */
import { ancestors, commonAncestor, isWithin, placeByCode, type FormEntry, type FormKind, type Gazetteer, type Place, type PlaceKind } from './gazetteer.ts';

/** The place a mention names: a gazetteer entry, or one with code null for a place the dataset lacks. */
export interface PlaceRef {
  /** GB/T 2260 code, or null (functional area without one, unlisted place, or a name several places share and the text does not tell apart). */
  code: string | null;
  /** Official name; the printed form when the place is unlisted or not told apart. */
  name: string;
  /** Administrative level. */
  kind: PlaceKind;
  /** Code of the containing place: the dataset parent, the district printed before an unlisted place, or the candidates' common ancestor. */
  parentCode: string | null;
}

/** How a mention was recognised: `list` for a bare item of a list that the gazetteer confirms in the story's place. */
export type MentionVia = FormKind | 'unlisted' | 'list';

/** One mention of a Jinan place in a text. */
export interface PlaceMention {
  /** The form as printed, e.g. `高新区`, `南邱村`, `历下`. */
  text: string;
  /** Offset of the first character in the text (UTF-16 code units, as `String.prototype.slice`). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The place named. */
  place: PlaceRef;
  /** Official name, alias, context-only short form, or a place missing from the gazetteer. */
  via: MentionVia;
  /** Codes of the places a shared name could be, when context did not decide (then `place.code` is null); else empty. */
  candidates: string[];
}

const HAN = /\p{Script=Han}/u;

/** What separates the items of a list of places: `历下、市中`, `槐荫和天桥`, `历下, 市中`. */
const ENUMERATION = /^\s*[、，,和与及]\s*$/u;

/**
 * Characters after which a short form starts a word: prepositions, conjunctions and particles, slogan verbs
 * (`享市中`, `最美历下`), and the ends of the verbs that take a place (`落地`, `落户`, `扎根`, `融入`).
 */
const SHORT_FORM_LEFT = new Set([...'在于到至赴来去回和与及同跟为是了的把对给让由从向自驻留享美看助献爱', ...'地户根入']);

/** Characters that turn a short form into another word: `市中心`, `市中级人民法院`, `天桥下`. */
const SHORT_FORM_RIGHT_BLOCK: Readonly<Record<string, string>> = {
  市中: '心级央小医西等学考高药院青老部建共欧期型华科',
  天桥: '上下',
};

/** Short forms that are also ordinary words, counted only with the district in the paragraph or context. */
const ORDINARY_SHORT_FORMS = new Set(['市中', '天桥']);

/** Characters that, right before a full name, make it part of an ordinary phrase: `城市中区域`, `人行天桥区域`. */
const NAME_LEFT_BLOCK: Readonly<Record<string, string>> = {
  市中区: '城都',
  天桥区: '街行',
};

/**
 * Words that stand before 社区/村 in ordinary news prose (`幸福社区`, `中心村`, `普通村民`, `振兴村集体`,
 * `经济薄弱村`). A dataset community or village with such a name counts only with a containing place in the
 * paragraph or context, and an unlisted place never ends its name with one.
 */
const ORDINARY_CORES = new Set([
  '幸福',
  '阳光',
  '明星',
  '创业',
  '公园',
  '花园',
  '文明',
  '平安',
  '和谐',
  '新城',
  '新兴',
  '安康',
  '中心',
  '小康',
  '振兴',
  '新建',
  '普通',
  '国家',
  '全家',
  '胜利',
  '前进',
  '光明',
  '和平',
  '河南',
  '河北',
  '东风',
  '向阳',
  '红星',
  '红旗',
  '团结',
  '友谊',
  '复兴',
  '立新',
  '建设',
  '先锋',
  '民主',
  '联合',
  '富民',
  '利民',
  '吉祥',
  '如意',
  '五一',
  '新路',
  '大路',
  '大街',
  '三里',
  '果园',
  '书院',
  '码头',
  '学院',
  '温泉',
  '清泉',
  '山水',
  '滨河',
  '湖畔',
  '彩虹',
  '锦绣',
  '长安',
  '永康',
  '开元',
  '朝阳',
  '城乡',
  '城市',
  '农村',
  '乡村',
  '试点',
  '示范',
  '活力',
  '美丽',
  '智慧',
  '贫困',
  '重点',
  '先进',
  '薄弱',
  '空壳',
  '行政',
  '自然',
  '传统',
  '特色',
  '旅游',
  '专业',
  '合并',
  '搬迁',
  '安置',
  '老旧',
  '城中',
  '边远',
  '偏远',
  '山区',
  '沿黄',
  '省级',
  '市级',
  '区级',
  '全国',
  '样板',
  '标杆',
  '后进',
  '软弱',
  '涣散',
  '集体',
  '党建',
  '红色',
  '宜居',
  '和美',
  '文化',
  '生态',
  '数字',
  '未来',
  '完整',
  '友好',
  '现代',
  '新型',
  '居民',
  '农业',
  '工业',
  '产业',
  '养老',
]);

const ORDINARY_CORE_LIST = [...ORDINARY_CORES];

/** What follows a village or community name when it names something else after it: `孙村片区`, `洪楼小区`. */
const NAMED_AFTER_PLACE = /^(?:片区|街道|大街|小区|商圈)/u;

/** Characters that never occur in the name of an unlisted place: function words and quantifiers. */
const NOT_IN_NAME = /[的了在和与及或等各全每将是为对从向把被让该本我这那所其之于到进由个些已还也都就并再又要会能使区县市省]/u;

/**
 * Place kinds after which an unlisted place may be printed, with the suffixes allowed after them (Jinan
 * has had no 乡 since its last townships became towns, and `城乡`, `下乡` are everywhere in the press).
 */
const UNLISTED_AFTER: Partial<Record<PlaceKind, RegExp>> = {
  district: /^(\p{Script=Han}{2,6}?)(街道|社区|镇|村)/u,
  county: /^(\p{Script=Han}{2,6}?)(街道|社区|镇|村)/u,
  'functional-area': /^(\p{Script=Han}{2,6}?)(街道|社区|镇|村)/u,
  street: /^(\p{Script=Han}{2,6}?)(社区|村)/u,
  town: /^(\p{Script=Han}{2,6}?)(社区|村)/u,
};

/** Words ending in a place suffix that are not names: `新型城镇化`, `特色小镇`, `美丽乡村`, `驻村`. */
const GENERIC_COMPOUNDS = new Set([
  '城镇',
  '乡镇',
  '村镇',
  '集镇',
  '市镇',
  '小镇',
  '乡村',
  '农村',
  '山村',
  '渔村',
  '驻村',
  '进村',
  '帮村',
  '联村',
  '助村',
  '逐村',
  '回村',
]);

const SUFFIX_KIND: Readonly<Record<string, PlaceKind>> = { 街道: 'street', 镇: 'town', 社区: 'community', 村: 'village' };

const KIND_RANK: Readonly<Record<PlaceKind, number>> = {
  district: 1,
  county: 1,
  'functional-area': 1,
  street: 2,
  town: 2,
  community: 3,
  village: 3,
};

/** A form found in the text before context is weighed. */
interface RawMatch {
  start: number;
  end: number;
  form: string;
  via: FormKind;
  candidates: Place[];
  /** Counts only when a related place is named in the paragraph or context. */
  needsSupport: boolean;
}

/** True when the text just before `start` is the name of a place outside Jinan. */
function afterOutsidePlace(text: string, start: number, gazetteer: Gazetteer): boolean {
  for (let length = 2; length <= Math.min(start, 24); length++) {
    if (gazetteer.outside.has(text.slice(start - length, start))) return true;
  }
  return false;
}

/**
 * True when the text just before `start` ends with a town or street name (`某某镇`) that is not Jinan's:
 * neither a match itself nor printed right after one (`历城区唐王镇`, a former town, is Jinan's).
 */
function afterUnknownTown(text: string, start: number, previousEnd: number): boolean {
  if (previousEnd === start) return false;
  const match = /(\p{Script=Han}{2,4})(镇|乡|街道)$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (match === null) return false;
  const name = match[1] ?? '';
  const suffixStart = start - (match[2] ?? '').length;
  for (let length = 2; length <= name.length; length++) if (suffixStart - length === previousEnd) return false;
  // `全镇`, `各街道`, `城乡`: a quantifier or a paired word, not a name.
  return !/[全各本该每城乡村]$/u.test(name);
}

/** Whether a short form at [start, end) starts a word and is not part of a longer one. */
function shortFormStandsAlone(text: string, start: number, end: number, form: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  // `济南章丘`, `济南市历城`: the city before its district; `济南市中…` reads as 济南市 + 中…, so not for 市中.
  const afterCity = form !== '市中' && /济南市?$/u.test(text.slice(Math.max(0, start - 3), start));
  if (before !== undefined && HAN.test(before) && !SHORT_FORM_LEFT.has(before) && !afterCity) return false;
  if (after !== undefined && ('区县市'.includes(after) || (SHORT_FORM_RIGHT_BLOCK[form] ?? '').includes(after))) return false;
  return true;
}

/** Whether an alias of a community or village reads as an ordinary word (`中心村`) or is one character long before its suffix. */
function isOrdinaryName(form: string, place: Place): boolean {
  if (place.kind !== 'community' && place.kind !== 'village') return false;
  const core = form.replace(/(?:社区|村)$/u, '');
  return [...core].length <= 1 || ORDINARY_CORES.has(core);
}

const lengthsByPrefix = new WeakMap<Gazetteer, Map<number, number[]>>();

/** The first two UTF-16 units of `text` at `i` as one number (NaN past the end): a key that costs no new string. */
const pairAt = (text: string, i: number): number => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

/**
 * For each two-character start of a form, the lengths of the forms with that start, longest first: most positions
 * of a text start no place name at all, and one lookup tells so; where one may start, only the lengths some form
 * has are tried.
 */
function prefixLengths(gazetteer: Gazetteer): Map<number, number[]> {
  let map = lengthsByPrefix.get(gazetteer);
  if (!map) {
    const sets = new Map<number, Set<number>>();
    for (const form of gazetteer.byForm.keys()) {
      if (form.length < 2) continue;
      const prefix = pairAt(form, 0);
      const set = sets.get(prefix) ?? new Set<number>();
      set.add(form.length);
      sets.set(prefix, set);
    }
    map = new Map([...sets].map(([prefix, set]) => [prefix, [...set].sort((a, b) => b - a)]));
    lengthsByPrefix.set(gazetteer, map);
  }
  return map;
}

/** Finds the forms in the text, longest first at each position, with the checks that need no context. */
function scan(text: string, gazetteer: Gazetteer): RawMatch[] {
  const matches: RawMatch[] = [];
  const prefixes = prefixLengths(gazetteer);
  let previousEnd = -1;
  let i = 0;
  while (i < text.length) {
    let found: RawMatch | undefined;
    const lengths = prefixes.get(pairAt(text, i));
    for (let k = 0; lengths !== undefined && k < lengths.length && found === undefined; k++) {
      const length = lengths[k]!;
      if (length > text.length - i) continue;
      const form = text.slice(i, i + length);
      const entries = gazetteer.byForm.get(form);
      if (entries === undefined) continue;
      found = accept(text, i, i + length, form, entries, gazetteer, previousEnd);
    }
    if (found === undefined) {
      i++;
      continue;
    }
    matches.push(found);
    previousEnd = found.end;
    i = found.end;
  }
  return matches;
}

/** Applies the context-free checks to one form at one position; undefined when it is not a mention. */
function accept(
  text: string,
  start: number,
  end: number,
  form: string,
  entries: readonly FormEntry[],
  gazetteer: Gazetteer,
  previousEnd: number,
): RawMatch | undefined {
  if (afterOutsidePlace(text, start, gazetteer)) return undefined;
  const before = text[start - 1];
  if (before !== undefined && (NAME_LEFT_BLOCK[form] ?? '').includes(before)) return undefined;
  // A form may be a full name for one place and a short form for another; a full name outranks a short form.
  const strong = entries.filter((entry) => entry.via !== 'short-form');
  const usable = strong.length > 0 ? strong : entries.filter(() => shortFormStandsAlone(text, start, end, form));
  if (usable.length === 0) return undefined;
  const candidates = usable.map((entry) => entry.place);
  const lowLevel = candidates.every((place) => place.kind === 'community' || place.kind === 'village');
  if (lowLevel && (afterUnknownTown(text, start, previousEnd) || NAMED_AFTER_PLACE.test(text.slice(end, end + 2)))) return undefined;
  const via = usable.some((entry) => entry.via === 'name') ? 'name' : usable.some((entry) => entry.via === 'alias') ? 'alias' : 'short-form';
  const needsSupport =
    (via === 'short-form' && ORDINARY_SHORT_FORMS.has(form)) || (via === 'alias' && usable.every((entry) => isOrdinaryName(form, entry.place)));
  return { start, end, form, via, candidates, needsSupport };
}

/** True when one place contains the other (or they are the same). */
function related(gazetteer: Gazetteer, a: Place, b: Place): boolean {
  return isWithin(gazetteer, a, b) || isWithin(gazetteer, b, a);
}

/** Depth of a place in the hierarchy: 1 for a district, 2 for a street, 3 for a village. */
function depth(gazetteer: Gazetteer, place: Place): number {
  return ancestors(gazetteer, place).length + 1;
}

/** Keeps the candidates best supported by a set of named places (the deepest related one wins); none when none is supported. */
function supported(gazetteer: Gazetteer, candidates: readonly Place[], support: readonly Place[]): Place[] {
  let best = 0;
  let kept: Place[] = [];
  for (const candidate of candidates) {
    const score = Math.max(0, ...support.filter((place) => related(gazetteer, candidate, place)).map((place) => depth(gazetteer, place)));
    if (score === 0) continue;
    if (score > best) {
      best = score;
      kept = [candidate];
    } else if (score === best) kept.push(candidate);
  }
  return kept;
}

function refOf(place: Place): PlaceRef {
  return { code: place.code, name: place.name, kind: place.kind, parentCode: place.parentCode };
}

/**
 * Every mention of a Jinan place in `text`, in order. `context` holds codes of places already named in
 * the story (the caller's other paragraphs); it settles shared names and supports context-only forms.
 */
export function extractPlaces(text: string, gazetteer: Gazetteer, context: readonly string[] = []): PlaceMention[] {
  return placesFromScan(text, scan(text, gazetteer), gazetteer, context);
}

/**
 * `extractPlaces` for texts read more than once (a story's paragraphs: first alone, then with the places the story
 * names as context): each text is scanned for forms once, as the scan does not depend on the context.
 */
export function placeReader(gazetteer: Gazetteer): (text: string, context?: readonly string[]) => PlaceMention[] {
  const scans = new Map<string, RawMatch[]>();
  return (text, context = []) => {
    let raw = scans.get(text);
    if (raw === undefined) scans.set(text, (raw = scan(text, gazetteer)));
    return placesFromScan(text, raw, gazetteer, context);
  };
}

/** The mentions of `text` from its scan (`raw`), settled with `context`. */
function placesFromScan(text: string, raw: readonly RawMatch[], gazetteer: Gazetteer, context: readonly string[]): PlaceMention[] {
  const anchors = raw.filter((match) => match.candidates.length === 1 && !match.needsSupport).flatMap((match) => match.candidates);
  const contextPlaces = context.map((code) => placeByCode(gazetteer, code)).filter((place): place is Place => place !== undefined);

  const mentions: PlaceMention[] = [];
  raw.forEach((match, index) => {
    const previous = mentions.at(-1);
    const adjacent =
      previous !== undefined && previous.end === match.start && previous.place.code !== null ? placeByCode(gazetteer, previous.place.code) : undefined;
    const listed = listedWithDistrict(text, raw[index - 1], match) || listedWithDistrict(text, match, raw[index + 1]);
    const mention = lookUpPlace(text, { ...match, needsSupport: match.needsSupport && !listed }, adjacent, anchors, contextPlaces, gazetteer);
    if (mention !== undefined) mentions.push(mention);
  });
  const all = withUnlisted(text, mentions, gazetteer);
  const within = [...contextPlaces, ...all.flatMap((m) => (m.place.code === null ? [] : [placeByCode(gazetteer, m.place.code)!]))].filter(
    (place) => !['community', 'village'].includes(place.kind),
  );
  return [...all, ...listedPlaces(text, gazetteer, within, all)].sort((a, b) => a.start - b.start);
}

/** Words after which a list's first item starts (`以甲、乙等引领`, `在甲、乙等`, `如甲、乙`). */
const LIST_ITEM_OPENERS = new Set([...'以在如像有把将对从由和与及']);

/** Suffixes a list item may stand for: the dataset's community and village names without them. */
const LIST_ITEM_SUFFIXES = ['社区', '村', '小区社区'];

/** List items confirmed by the gazetteer under one of `within` (see the rules above), outside existing mentions. */
function listedPlaces(text: string, gazetteer: Gazetteer, within: readonly Place[], taken: readonly PlaceMention[]): PlaceMention[] {
  if (within.length === 0) return [];
  const out: PlaceMention[] = [];
  for (let end = 2; end <= text.length; end++) {
    const next = text.charAt(end);
    if (next !== '、' && next !== '等') continue;
    let runStart = end;
    while (runStart > 0 && end - runStart < 6 && HAN.test(text.charAt(runStart - 1)) && !'、等'.includes(text.charAt(runStart - 1))) runStart--;
    // An item belongs to a list: `、` after it, or `、` before it (the run reaches back to it).
    if (next !== '、' && text.charAt(runStart - 1) !== '、') continue;
    for (let start = Math.max(runStart, end - 4); start <= end - 2; start++) {
      if (start > runStart && text.charAt(runStart - 1) === '、') break; // after `、` the whole run is the item
      // Inside a run an item starts after a place already found or a word that opens a list (`以甲、乙等`).
      const opensItem = start === runStart || LIST_ITEM_OPENERS.has(text.charAt(start - 1)) || taken.some((m) => m.end === start);
      if (!opensItem || taken.some((m) => m.start < end && m.end > start)) continue;
      const core = text.slice(start, end);
      const confirmed = LIST_ITEM_SUFFIXES.flatMap((suffix) => gazetteer.byForm.get(core + suffix) ?? [])
        .map((entry) => entry.place)
        .filter((place) => (place.kind === 'community' || place.kind === 'village') && within.some((outer) => isWithin(gazetteer, place, outer)));
      const unique = [...new Map(confirmed.map((place) => [place.code, place])).values()];
      if (unique.length !== 1) continue;
      out.push({ text: core, start, end, place: refOf(unique[0]!), via: 'list', candidates: [] });
      break;
    }
  }
  return out;
}

/** True when two matches are listed together (`历下、市中`, `槐荫和天桥`) and one of them is a district or county that counts on its own. */
function listedWithDistrict(text: string, first: RawMatch | undefined, second: RawMatch | undefined): boolean {
  if (first === undefined || second === undefined || !ENUMERATION.test(text.slice(first.end, second.start))) return false;
  const district = (match: RawMatch): boolean => !match.needsSupport && match.candidates.some((place) => place.kind === 'district' || place.kind === 'county');
  return district(first) || district(second);
}

/** Picks the place a match names, or drops it when it needs support and has none. */
function lookUpPlace(
  text: string,
  match: RawMatch,
  adjacent: Place | undefined,
  anchors: readonly Place[],
  contextPlaces: readonly Place[],
  gazetteer: Gazetteer,
): PlaceMention | undefined {
  const printed = text.slice(match.start, match.end);
  const base = { text: printed, start: match.start, end: match.end, via: match.via };
  const below = (outer: Place): boolean => match.candidates.every((place) => KIND_RANK[place.kind] > KIND_RANK[outer.kind]);

  // A dataset name printed after a district or street it does not belong to is another place of that name there.
  if (
    adjacent !== undefined &&
    adjacent.kind !== 'functional-area' &&
    below(adjacent) &&
    !match.candidates.some((place) => isWithin(gazetteer, place, adjacent))
  ) {
    const kinds = [...new Set(match.candidates.map((place) => place.kind))];
    if (kinds.length === 1 && kinds[0] !== undefined) {
      return { ...base, via: 'unlisted', place: { code: null, name: printed, kind: kinds[0], parentCode: adjacent.code }, candidates: [] };
    }
  }

  let candidates: Place[] = match.candidates;
  let anySupport = false;
  for (const support of [adjacent === undefined ? [] : [adjacent], anchors, contextPlaces]) {
    if (candidates.length === 1 && anySupport) break;
    const kept = supported(gazetteer, candidates, support);
    if (kept.length > 0) {
      candidates = kept;
      anySupport = true;
    }
  }
  if (match.needsSupport && !anySupport) return undefined;
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) return { ...base, place: refOf(only), candidates: [] };

  const kinds = candidates.map((place) => place.kind);
  const kind = kinds.every((k) => k === kinds[0]) && kinds[0] !== undefined ? kinds[0] : (candidates[0]?.kind ?? 'village');
  const shared = commonAncestor(gazetteer, candidates);
  return {
    ...base,
    place: { code: null, name: printed, kind, parentCode: shared?.code ?? null },
    candidates: candidates
      .map((place) => place.code)
      .filter((code): code is string => code !== null)
      .sort(),
  };
}

/** Adds the unlisted streets, towns, communities and villages printed right after a Jinan place. */
function withUnlisted(text: string, mentions: readonly PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
  const starts = new Set(mentions.map((mention) => mention.start));
  const result: PlaceMention[] = [];
  for (const mention of mentions) {
    result.push(mention);
    const parent = mention.place;
    const pattern = UNLISTED_AFTER[parent.kind];
    if (parent.code === null || pattern === undefined || mention.via === 'short-form' || starts.has(mention.end)) continue;
    const found = pattern.exec(text.slice(mention.end, mention.end + 10));
    const core = found?.[1];
    const suffix = found?.[2];
    if (found === null || core === undefined || suffix === undefined) continue;
    const end = mention.end + found[0].length;
    if (NOT_IN_NAME.test(core) || GENERIC_COMPOUNDS.has(core.slice(-1) + suffix) || ORDINARY_CORE_LIST.some((word) => core.endsWith(word))) continue;
    if (mentions.some((other) => other.start > mention.end && other.start < end)) continue;
    if (gazetteer.byForm.has(core)) continue;
    const kind = SUFFIX_KIND[suffix];
    if (kind === undefined) continue;
    result.push({
      text: found[0],
      start: mention.end,
      end,
      place: { code: null, name: found[0], kind, parentCode: parent.code },
      via: 'unlisted',
      candidates: [],
    });
  }
  return result;
}
