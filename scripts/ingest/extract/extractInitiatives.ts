/**
 * Finds the named programmes, campaigns, brands and action plans in a story, with who runs them, the years they
 * span, and the sentences that name them.
 *
 * Rules, in the order they apply:
 * - A quoted name followed by a programme noun, with at most eight characters of plain words between
 *   (`“三强”行动`, `“一街一品”集中攻坚行动`, `“泉城益企”系列活动`, `“4433”工作体系`, `“一老一小”志愿服务项目`).
 *   `项目` needs words between (`“社区经理人”项目` is a kind of project, not a programme).
 * - A quoted name that itself ends with a programme noun (`“亮灯行动”`, `‘千万工程’`), or is a themed year
 *   (`“筑基赋能年”`, `“项目突破年”`).
 * - Quoted names listed before `等` and a programme noun (`“知函问暖”“乐和舜华”等特色党建品牌`).
 * - A quoted name right after 开展/实施/启动/举办 and before a clause end (`开展“寻美·历下”，`).
 * - A plan named in a document title without quotes (`《济南市优化营商环境行动计划》`).
 * - Without quotes: 实施/开展/启动/推出 + four to ten plain characters + 行动/工程/计划 (`实施外资提质推进行动`), and a
 *   brand named after the city or a place (`升级泉城义工品牌`).
 * - A quoted number or fragment (`“567”`, `“1+N”`, `“八大”`, `“五进”`) is never a name alone: it is named with the words
 *   printed before the quotes back to a verb, a party or government body, a particle or punctuation, and its head noun
 *   (`外卖骑手“八大”暖心实事项目`, `网络安全“五进”宣传`); without a head noun it gives nothing. Unquoted everyday
 *   goals (`能力提升行动`, `分类提升行动`: two characters and a goal verb) are not names.
 * - Words opening with the city or a place between a quoted programme and its noun name the brand it is filed under
 *   (`“某某”泉城某某荟活动` → `泉城某某荟` too).
 * - A numbered short form and the list it stands for are one programme when the story prints both (`“四优”行动` and
 *   `优环境、优服务、优作风、优效能`: four items, each with 优); the other printed names become `aliases`.
 * - Not initiatives: quoted speech and slogans (anything with `，` or `。` inside), nicknames and labels without a
 *   programme noun (`“大管家”`, `“小巷总理”`), company names, awards, document titles that do not name a plan, list
 *   markers.
 * - The name is what is printed inside the quotes (`新力量·益满格` for `“新力量·益满格”活动`); a programme noun printed
 *   after the quotes is never part of it and goes to `suffix`. Without quotes, the trailing programme noun is the
 *   suffix too (`泉城义工` + `品牌`). One entry per initiative: `“新力量·益满格”活动` and `“新力量·益满格”` are one;
 *   `“千村提升”工程` joins `“万人下乡、千村提升”工程` when it is one of its parts; `泉城义工品牌` and
 *   `泉城义工志愿服务品牌` are one.
 * - Owner: a department printed right before the quotes (`区委“4433”`, `市委《…》`, `市委宣传部主办的“…”`), else
 *   the subject of the sentence that names it (`天桥区将在全区范围内开展“三强”行动`): a department, a place or the
 *   city; null when no sentence says.
 * - Years: `（2023-2025年）` right after the name, a year right before it (`2023“筑基赋能年”`, `2024年为“…年”`), a
 *   span in the sentence when only this initiative is named there (`自2023年至2025年`), a themed year's sentence year.
 */
import { closingQuoteFor, normalisePunctuation } from './extractOfficials.ts';
import { sentenceSpans } from '../../../src/core/sentences.ts';
import { organisationNouns } from './orgNouns.ts';
import type { TextSpan } from '../types.ts';

/** A named programme, campaign, brand or action plan, as named in one story. */
export interface InitiativeMention {
  /**
   * Name as printed, without the surrounding quotes and without a programme noun printed after them; a number or
   * fragment in quotes is named with its head noun and the words printed before it (`外卖骑手“八大”暖心实事项目`).
   */
  name: string;
  /** Other printed names of the same programme in the story (`优环境、优服务、优作风、优效能` for `“四优”行动`). */
  aliases: string[];
  /** The programme noun printed right after the name, with the words between (`活动`, `集中攻坚行动`), or null. */
  suffix: string | null;
  /** The first printed form, quotes and suffix included (`“三强”行动`). */
  printed: string;
  /** Who runs it (a department, place or the city) as printed, when a sentence says; else null. */
  owner: string | null;
  /** First and last year it spans, where stated. */
  years: { start: number; end: number } | null;
  /** Sentences that name it, verbatim, in order. */
  descriptions: string[];
  /** 0-based indexes of the paragraphs that name it, ascending. */
  paragraphs: number[];
  /** Where its name or an alias is printed, quotes and programme noun left out, in reading order. */
  spans: TextSpan[];
}

/** Nouns that make a quoted name a programme, longest first. */
const PROGRAMME_NOUNS = [
  '行动计划',
  '专项整治',
  '工作法',
  '计划',
  '行动',
  '工程',
  '活动',
  '品牌',
  '体系',
  '项目',
  '模式',
  '平台',
  '驿站',
  '夜校',
  '招牌',
  '典型',
];
/** Programme nouns a quoted name may itself end with (`“亮灯行动”`, `“某某青年夜校”`). */
const INNER_NOUNS = ['行动计划', '行动', '工程', '计划', '活动', '夜校', '驿站'];
/** Head nouns a quoted number or fragment may take when no programme noun follows (`网络安全“五进”宣传`). */
const FRAGMENT_HEAD_RE = /^[^\P{Script=Han}的了和与及等在是为将把被对从向到以于之着并或也都还就又让给由]{1,4}(?=[等、，。；]|$)/u;
/** A quoted number or code (`567`, `1+N`) or a numeral and one character (`八大`, `五进`, `四优`): never a name alone. */
const FRAGMENT_RE = /^(?:[\dA-Za-z+＋.·\-]+|[一二三四五六七八九十百千万双两][\p{Script=Han}])$/u;
/** Numerals that open a fragment, with the count they stand for (`四优` stands for four items). */
const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** What ends the words printed before a fragment's quotes (`实施外卖骑手“八大”` → `外卖骑手`). */
const QUALIFIER_STOP_RE =
  /(?:[^\p{Script=Han}]|[的了和与及等是为将把被对从向以之着并或也还让给由]|全[省市区县镇村]|各[级类]?|实施|开展|推进|打造|完善|构建|组建|建立|健全|落实|推动|深化|启动|举办|推出|出台|印发|围绕|聚焦|[省市区县]委|[省市区县]政府)/gu;
/** Unquoted names that are only an everyday goal (`能力提升`, `分类提升`): four characters or fewer ending in one of these. */
const GENERIC_GOAL_RE = /^[\p{Script=Han}]{1,2}(?:提升|推进|建设|改造|整治|攻坚|突破|治理|服务|管理|培训|优化)$/u;
/** Characters that cannot sit between a quoted name and its programme noun. */
const LINK_STOP = '的了和与及等在是为将把被对从向到以于之着并或也都还就又让给由';
/** A run of plain words between a quoted name and its programme noun, then the noun. */
const AFTER_QUOTE_RE = new RegExp(`^([^\\P{Script=Han}${LINK_STOP}]{0,8})(${PROGRAMME_NOUNS.join('|')})`, 'u');
/** Characters that, right after a programme noun, make it part of another word (`工程师`, `计划生育`). */
const NOUN_CONTINUES = new Set([...'师书表员生']);
/** Verbs that, right before quotes, launch a programme. */
const LAUNCH_VERB_RE = /(?:开展|实施|启动|举办)了?$/u;
/** Unquoted action plans: a launch verb, four to ten plain characters, a programme noun. */
const UNQUOTED_ACTION_RE = new RegExp(`(?:实施|开展|启动|推出)了?([^\\P{Script=Han}${LINK_STOP}、]{4,10}?)(行动|工程|计划)`, 'gu');
/** Unquoted brands: a verb, four to ten plain characters, 品牌. */
const UNQUOTED_BRAND_RE = new RegExp(`(?:升级|打造|擦亮|推进|培育|创建|叫响|深化|提升)([^\\P{Script=Han}${LINK_STOP}、]{4,10}?)(品牌)`, 'gu');
/** Openings of generic phrases that are not names (`开展专项行动`, `打造特色党建品牌`). */
const GENERIC_OPENINGS = [
  '一系列',
  '系列',
  '各项',
  '各类',
  '多项',
  '一批',
  '一项',
  '相关',
  '专项',
  '集中',
  '这一',
  '此次',
  '本次',
  '该',
  '主题',
  '丰富多彩',
  '一场',
  '特色',
  '党建',
  '服务',
  '志愿',
  '知名',
  '优质',
  '精品',
  '自有',
  '城市',
  '区域',
  '文化',
  '一流',
  '新的',
  '全新',
  '重点',
  '重大',
  '一揽子',
  '多个',
  '各种',
  '民生',
];
/** Brands without quotes count only when named after the city or a place. */
const PLACE_OPENING_RE = /^(?:泉城|济南|齐鲁|山东|省会|[\p{Script=Han}]{1,5}(?:区|县|市|镇|街道|社区|村))/u;
/** A themed year (`筑基赋能年`); anniversaries and plain years are not. */
const THEMED_YEAR_RE = /^[\p{Script=Han}]{3,10}年$/u;
/** Endings that make a quoted `…年` an anniversary or a plain time phrase. */
const NOT_THEMED_YEAR_RE = /(?:周年|百年|千年|多年|之年|当年|全年|新年|今年|去年|明年|每年|同年)$/u;
/** A plausible year, as a pattern. */
const YEAR = '((?:19|20)\\d{2})';
/** A span in brackets right after a name: `（2023-2025年）`. */
const YEARS_AFTER_RE = new RegExp(`^[（(]\\s*${YEAR}\\s*[-－—–~至到]\\s*${YEAR}\\s*年?\\s*[)）]`, 'u');
/** A year right before a name: `2023“…”`, `2024年为“…”`. */
const YEAR_BEFORE_RE = new RegExp(`(?<!\\d)${YEAR}年?(?:为|是)?$`, 'u');
/** A span anywhere in a sentence: `自2023年至2025年`, `2023-2025年`. */
const YEAR_RANGE_RE = new RegExp(`(?<!\\d)${YEAR}年?\\s*(?:[-－—–~]|至|到)\\s*${YEAR}年`, 'u');
/** A year opening a sentence: `2025年，…`. */
const LEADING_YEAR_RE = new RegExp(`^[^，。]{0,6}?(?<!\\d)${YEAR}年[，,]`, 'u');
/** Clause punctuation: quoted text containing it is speech or a slogan. */
const SPEECH_PUNCT_RE = /[，。！？；：,.!?;:]/u;

/** Clause-opening time phrases, dropped before looking for a clause's subject. */
const LEADING_TIME_RE =
  /^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|起|底|初)?|\d{1,2}月(?:\d{1,2}日)?|今年(?:以来)?|去年(?:以来|底|初)?|近日|日前|当天|近年来|近期|目前|截至目前|下一步|此外|同时|其中|另外|为此|未来|如今|随后|上午|下午)+/u;
/** Words that end a sentence's subject: adverbs, auxiliaries and the verbs that start a programme's sentence. */
const SUBJECT_ENDS = [
  '将',
  '还',
  '也',
  '已',
  '正',
  '始终',
  '持续',
  '积极',
  '深入',
  '不断',
  '坚持',
  '开展',
  '实施',
  '推进',
  '打造',
  '举办',
  '启动',
  '健全',
  '组织',
  '深化',
  '创建',
  '出台',
  '印发',
  '落实',
  '以',
  '在',
  '于',
  '通过',
  '按照',
  '围绕',
  '聚焦',
  '着力',
  '全面',
  '计划',
  '召开',
  '发布',
  '牵头',
  '联合',
  '先后',
  '要求',
  '大力',
  '扎实',
  '全力',
  '高标准',
  '率先',
  '创新',
  '探索',
  '建立',
  '成立',
  '推出',
  '制定',
  '结合',
  '依托',
  '立足',
  '与',
  '携手',
  '把',
  '对',
  '为',
  '从',
  '是',
  '首次',
  '正式',
  '成功',
  '获评',
  '被',
  '要',
  '会同',
  '精心',
  '认真',
  '努力',
  '进一步',
  '一直',
  '多次',
  '相继',
  '再次',
  '统筹',
  '加快',
  '加强',
  '强化',
  '完善',
  '提升',
  '优化',
  '做好',
  '抓好',
  '用好',
  '发挥',
  '推动',
  '带动',
  '引导',
  '鼓励',
  '支持',
  '组建',
  '设立',
  '搭建',
  '构建',
  '开设',
  '部署',
  '动员',
  '承担',
  '负责',
];
/** What an owner's name ends with: a place, or a department or body. */
const OWNER_END_RE = new RegExp(`(?:区|县|市|镇|乡|街道|社区|村|${organisationNouns('owner').join('|')})$`, 'u');
/** Subjects that are not who runs a programme: a clause opened by a verb or preposition, a quantifier (`全区`), people (`干部`). */
const NOT_SUBJECT_RE = /^(?:让|使|给|向|对|把|被|由|据|经|当|随着|通过|根据|按照|为|在|从|将|以|全|各|该|本|每|多|部分|一些)|干部$/u;
/** The city, which runs programmes without a department being named (`济南实施“…”工程`). */
const CITY_OWNERS = new Set(['济南']);
/** A department printed right before the quotes: only bodies, never places (`历下区“…”` is where, not who). */
const DIRECT_OWNER_RE = /(?:委|部|局|办|厅|政府|中心)$/u;
/** Words after which the department right before the quotes starts (`全面落实市委《…》` → 市委). */
const DIRECT_OWNER_STOPS = [
  '落实',
  '实施',
  '开展',
  '推进',
  '以',
  '为',
  '的',
  '在',
  '由',
  '全面',
  '深入',
  '贯彻',
  '按照',
  '根据',
  '围绕',
  '结合',
  '参与',
  '承担',
  '作为',
  '推广',
  '运用',
  '学习',
  '打造',
  '举办',
  '启动',
  '组织',
  '健全',
  '完善',
  '出台',
  '印发',
  '制定',
  '是',
  '和',
  '与',
  '及',
  '将',
  '还',
  '也',
  '已',
  '了',
  '对',
  '推动',
  '助力',
  '聚焦',
  '深化',
  '升级',
  '提升',
  '擦亮',
];

/** A span of the text where an initiative is named. */
interface Occurrence {
  /** Index of the paragraph. */
  para: number;
  /** Offset of the opening quote (or of the name when unquoted). */
  start: number;
  /** Offset just past the programme noun, or past the closing quote. */
  end: number;
  /** Offset of the `《` when the name is inside a document title, else `start`: where its department is printed. */
  anchor: number;
}

/** An initiative found by one of the rules, at one place in the text. */
interface Candidate {
  /** Name without quotes and suffix. */
  name: string;
  /** Programme noun printed after it, or null. */
  suffix: string | null;
  /** The form as printed here. */
  printed: string;
  /** True when printed in quotation marks. */
  quoted: boolean;
  /** Where. */
  occurrence: Occurrence;
}

/** The name with spaces removed and an inner programme noun dropped: `亮灯行动` and `亮灯` are one. */
function keyOf(name: string): string {
  const compact = name.replace(/\s+/gu, '');
  const noun = INNER_NOUNS.find((n) => compact.endsWith(n) && compact.length - n.length >= 2);
  return noun === undefined ? compact : compact.slice(0, compact.length - noun.length);
}

/** The programme noun (with the words before it) printed right after `at`, or null. */
function programmeNounAt(norm: string, at: number, allowBare: boolean): string | null {
  const m = AFTER_QUOTE_RE.exec(norm.slice(at));
  if (m === null) return null;
  if (NOUN_CONTINUES.has(norm.charAt(at + m[0].length))) return null;
  if (m[2] === '项目' && (m[1] === '' || !allowBare)) return null;
  return m[0];
}

/** Names of events (a meeting, a fair, a forum): held once, not run as a programme. */
const EVENT_RE = /(?:会议|大会|交流会|论坛|博览会|洽谈会|推介会|峰会|展会|发布会)$/u;

/** True when the quoted text can be a programme's name (not speech, a slogan, an event or too long). */
function nameLike(content: string): boolean {
  return content.length >= 2 && content.length <= 24 && !SPEECH_PUNCT_RE.test(content) && !/[“”‘’《》]/u.test(content) && !EVENT_RE.test(content);
}

/**
 * The quoted number or fragment inside a named fragment (`567` in `“567”现代化产业体系`), or null: the page keeps the
 * address it had when the fragment alone was the name, so published links stay put.
 */
export function fragmentCore(name: string): string | null {
  const m = /[“‘]([^”’]+)[”’]/u.exec(name);
  return m !== null && FRAGMENT_RE.test(m[1]!) ? m[1]! : null;
}

/**
 * What makes two printed names one programme across stories: for a named fragment its quoted part and its final
 * programme noun (`区委“某某”工作体系` and `“某某”工作推进体系` are one), otherwise the name itself.
 */
export function programmeKey(name: string): string {
  const m = /[“‘]([^”’]+)[”’]/u.exec(name);
  if (m === null || !FRAGMENT_RE.test(m[1]!)) return name;
  const noun = PROGRAMME_NOUNS.find((n) => name.endsWith(n)) ?? name.slice(m.index + m[0].length);
  return `“${m[1]}”${noun}`;
}

/** Candidates from quoted names in one paragraph. */
function quotedCandidates(norm: string, orig: string, para: number): Candidate[] {
  const out: Candidate[] = [];
  for (let q = 0; q < norm.length; q++) {
    const ch = norm.charAt(q);
    if (ch !== '“' && ch !== '‘') continue;
    const close = closingQuoteFor(norm, q);
    if (close === -1) continue;
    const content = norm.slice(q + 1, close);
    if (!nameLike(content)) continue;
    const name = orig.slice(q + 1, close).trim();
    const anchor = documentStart(norm, q);
    const noun = programmeNounAt(norm, close + 1, true);
    const occurrence = (end: number): Occurrence => ({ para, start: q, end, anchor });
    if (FRAGMENT_RE.test(content)) {
      const fragment = fragmentCandidate(norm, q, close, noun, para, anchor);
      if (fragment !== null) out.push(fragment);
      continue;
    }
    if (noun !== null) {
      const printed = orig.slice(q, close + 1) + noun;
      out.push({ name, suffix: noun, printed, quoted: true, occurrence: occurrence(close + 1 + noun.length) });
      const brand = umbrellaBrand(norm, orig, close + 1, noun, para);
      if (brand !== null) out.push(brand);
      continue;
    }
    // `“周周有活动”` is a slogan: a name before an inner programme noun has no verbs or particles.
    const inner = INNER_NOUNS.find(
      (n) => content.endsWith(n) && content.length - n.length >= 2 && !/[有是的了在把被让都也还就要]/u.test(content.slice(0, -n.length)),
    );
    const themedYear = THEMED_YEAR_RE.test(content) && !NOT_THEMED_YEAR_RE.test(content);
    const listed = listedBefore(norm, close + 1);
    const launched = LAUNCH_VERB_RE.test(norm.slice(0, q)) && /^(?:[，。；、！？]|等|$)/u.test(norm.slice(close + 1)) && content.length <= 12;
    if (inner !== undefined || themedYear || listed || launched) {
      out.push({ name, suffix: null, printed: orig.slice(q, close + 1), quoted: true, occurrence: occurrence(close + 1) });
    }
  }
  return out;
}

/**
 * A quoted number or fragment named in full: the words printed before the quotes (back to a verb, a party or
 * government body, a particle or punctuation), the quotes, and the programme noun after them, or else a short head
 * noun before `等`/`、` (`网络安全“五进”宣传等`). Without a head it is not a name and gives nothing.
 */
function fragmentCandidate(norm: string, q: number, close: number, noun: string | null, para: number, anchor: number): Candidate | null {
  let head = noun;
  if (head === null) {
    const m = FRAGMENT_HEAD_RE.exec(norm.slice(close + 1));
    if (m === null || !(listedBefore(norm, close + 1) || /^[^，。；]{0,4}等/u.test(norm.slice(close + 1)))) return null;
    head = m[0];
  }
  let from = q;
  while (from > 0 && q - from < 16 && /\p{Script=Han}/u.test(norm.charAt(from - 1))) from--;
  let cut = from;
  for (const m of norm.slice(from, q).matchAll(QUALIFIER_STOP_RE)) cut = Math.max(cut, from + m.index + m[0].length);
  const name = norm.slice(cut, close + 1 + head.length);
  return { name, suffix: null, printed: name, quoted: false, occurrence: { para, start: cut, end: close + 1 + head.length, anchor } };
}

/**
 * The brand a quoted programme is filed under when the words between the quotes and the programme noun name one:
 * four characters or more opening with the city or a place (`“某某”泉城某某荟活动` → `泉城某某荟`).
 */
function umbrellaBrand(norm: string, orig: string, at: number, noun: string, para: number): Candidate | null {
  const m = AFTER_QUOTE_RE.exec(norm.slice(at));
  const between = m?.[1] ?? '';
  if (between.length < 4 || !PLACE_OPENING_RE.test(between) || GENERIC_OPENINGS.some((g) => between.startsWith(g))) return null;
  const suffix = noun.slice(between.length);
  const printed = orig.slice(at, at + noun.length);
  return { name: orig.slice(at, at + between.length), suffix, printed, quoted: false, occurrence: { para, start: at, end: at + noun.length, anchor: at } };
}

/** True when the clause after `at` goes on, through other list items, to `等` and a programme noun. */
function listedBefore(norm: string, at: number): boolean {
  const rest = norm.slice(at);
  const clauseEnd = rest.search(/[，。；：！？]/u);
  const clause = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
  const i = clause.indexOf('等');
  // `等一批先进典型` counts people or things, not programmes.
  return i !== -1 && !/^(?:一批|一大批|多名|一群)/u.test(clause.slice(i + 1)) && programmeNounAt(clause, i + 1, true) !== null;
}

/** The `《` that opens the document title around `q`, or `q` when the quotes are not inside one. */
function documentStart(norm: string, q: number): number {
  const open = norm.lastIndexOf('《', q);
  return open !== -1 && !norm.slice(open, q).includes('》') ? open : q;
}

/** Candidates from document titles naming a plan, and from unquoted action plans and brands, in one paragraph. */
function unquotedCandidates(norm: string, orig: string, para: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of norm.matchAll(/《([^《》“”‘’]{4,40})》/gu)) {
    const body = m[1]!.replace(/[（(]\s*\d{4}\s*[-－—–~至到]\s*\d{4}\s*年?\s*[)）]$/u, '');
    const noun = ['三年行动计划', '五年行动计划', '行动计划', '计划', '工程'].find((n) => body.endsWith(n));
    if (noun === undefined || body.length - noun.length < 2) continue;
    const start = m.index + 1;
    const name = orig.slice(start, start + body.length - noun.length);
    const end = start + body.length;
    out.push({ name, suffix: noun, printed: orig.slice(start, end), quoted: false, occurrence: { para, start, end, anchor: m.index } });
  }
  for (const re of [UNQUOTED_ACTION_RE, UNQUOTED_BRAND_RE]) {
    for (const m of norm.matchAll(re)) {
      const x = m[1]!;
      if (GENERIC_OPENINGS.some((g) => x.startsWith(g)) || GENERIC_GOAL_RE.test(x)) continue;
      if (re === UNQUOTED_BRAND_RE && !PLACE_OPENING_RE.test(x)) continue;
      const start = m.index + m[0].length - x.length - m[2]!.length;
      const end = start + x.length + m[2]!.length;
      if (NOUN_CONTINUES.has(norm.charAt(end))) continue;
      const name = orig.slice(start, start + x.length);
      out.push({ name, suffix: m[2]!, printed: orig.slice(start, end), quoted: false, occurrence: { para, start, end, anchor: start } });
    }
  }
  return out;
}

/** One initiative being assembled from its candidates. */
interface Entry {
  key: string;
  name: string;
  suffix: string | null;
  printed: string;
  quoted: boolean;
  /** Forms to look for in the text: quoted names and unquoted printed forms. */
  forms: Set<string>;
  first: number;
  /** Other names the group was printed under. */
  aliases: Set<string>;
}

/** Groups candidates into entries: same key, a part of a `、` list name, or an unquoted name extending another. */
function groupCandidates(candidates: Candidate[]): Entry[] {
  const entries: Entry[] = [];
  const formsOf = (c: Candidate): string[] => (c.quoted ? [`“${c.name}”`, `‘${c.name}’`] : [c.printed]);
  for (const c of candidates) {
    const key = keyOf(c.name);
    const order = c.occurrence.para * 1_000_000 + c.occurrence.start;
    const same = entries.find(
      (e) =>
        e.key === key ||
        (c.quoted && e.quoted && (e.key.split('、').includes(key) || key.split('、').includes(e.key))) ||
        (!c.quoted && !e.quoted && e.suffix === c.suffix && (key.startsWith(e.key) || e.key.startsWith(key))),
    );
    if (same === undefined) {
      entries.push({ key, name: c.name, suffix: c.suffix, printed: c.printed, quoted: c.quoted, forms: new Set(formsOf(c)), first: order, aliases: new Set() });
      continue;
    }
    for (const f of formsOf(c)) same.forms.add(f);
    if (c.name !== same.name) same.aliases.add(c.name);
    // The fuller `、` list name, or the shorter unquoted name, stands for the group; the first print otherwise.
    const fuller = c.quoted && key.split('、').length > same.key.split('、').length;
    const shorter = !c.quoted && key.length < same.key.length;
    if (fuller || shorter) {
      same.aliases.add(same.name);
      Object.assign(same, { key, name: c.name, printed: c.printed, suffix: c.suffix ?? same.suffix });
    } else if (same.suffix === null && c.suffix !== null && same.key === key) same.suffix = c.suffix;
    same.first = Math.min(same.first, order);
  }
  for (const e of entries) e.aliases.delete(e.name);
  return mergeSpelledOut(entries.sort((a, b) => a.first - b.first));
}

/**
 * Joins a numbered short form with the list it stands for when the story prints both: `“四优”行动` and
 * `优环境、优服务、优作风、优效能` (four items, each with 优) are one campaign. The first printed name stays the name; the
 * other becomes an alias.
 */
function mergeSpelledOut(entries: Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    const into = out.find((o) => spells(o, e) || spells(e, o));
    if (into === undefined) {
      out.push(e);
      continue;
    }
    into.aliases.add(e.name);
    for (const a of e.aliases) into.aliases.add(a);
    for (const f of e.forms) into.forms.add(f);
  }
  return out;
}

/** True when `short` holds a quoted numeral fragment (`“四优”`) that `list`'s `、` items spell out. */
function spells(short: Entry, list: Entry): boolean {
  const m = /[“‘]([一二两双三四五六七八九十])(\p{Script=Han})[”’]/u.exec(short.name);
  if (m === null) return false;
  const items = list.name.split('、');
  return items.length === NUMERALS[m[1]!] && items.length > 1 && items.every((item) => item.includes(m[2]!));
}

/** Every place the entry is named, in order. */
function occurrencesOf(entry: Entry, norms: string[]): Occurrence[] {
  const out: Occurrence[] = [];
  norms.forEach((norm, para) => {
    for (const form of entry.forms) {
      for (let i = norm.indexOf(form); i !== -1; i = norm.indexOf(form, i + 1)) {
        let end = i + form.length;
        if (entry.quoted) end += programmeNounAt(norm, end, true)?.length ?? 0;
        out.push({ para, start: i, end, anchor: documentStart(norm, i) });
      }
    }
  });
  return out.sort((a, b) => a.para - b.para || a.start - b.start);
}

/** A start and end offset (or year). */
interface Span {
  start: number;
  end: number;
}

/** The department printed right before the quotes (or the `《` around them, or before `主办的`), or null. */
function ownerBefore(norm: string, anchor: number): string | null {
  let s = anchor;
  while (s > 0 && /\p{Script=Han}/u.test(norm.charAt(s - 1)) && anchor - s < 16) s--;
  // `X主办的“…”`: the department that hosts or launches it.
  const before = norm.slice(s, anchor).replace(/(?:主办|承办|发起|组织|牵头|开展|举办|推出|实施)的$/u, '');
  let cut = 0;
  for (const w of DIRECT_OWNER_STOPS) {
    const i = before.lastIndexOf(w);
    if (i !== -1 && i + w.length > cut) cut = i + w.length;
  }
  const owner = before.slice(cut);
  return owner.length >= 2 && owner.length <= 14 && DIRECT_OWNER_RE.test(owner) ? owner : null;
}

/** The subject of a clause when it is a department, place or the city, or null. */
function clauseSubject(clause: string): string | null {
  const text = clause.trim().replace(LEADING_TIME_RE, '');
  let end = text.length;
  for (const w of SUBJECT_ENDS) {
    const i = text.indexOf(w);
    if (i !== -1 && i < end) end = i;
  }
  if (end === text.length) return null;
  const subject = text.slice(0, end).replace(/系统$/u, '');
  if (subject.length < 2 || subject.length > 20 || /[^\p{Script=Han}]/u.test(subject) || NOT_SUBJECT_RE.test(subject)) return null;
  return OWNER_END_RE.test(subject) || CITY_OWNERS.has(subject) ? subject : null;
}

/** The owner the sentence around an occurrence names: the clause's subject, else the nearest clause before, then after. */
function sentenceOwner(sentence: string, at: number): string | null {
  const clauses: { start: number; text: string }[] = [];
  let start = 0;
  for (const part of sentence.split(/(?<=[，；：])/u)) {
    clauses.push({ start, text: part.replace(/[，；：]$/u, '') });
    start += part.length;
  }
  const here = clauses.findIndex((c, i) => at >= c.start && (i === clauses.length - 1 || at < clauses[i + 1]!.start));
  const order = [...clauses.slice(0, here + 1).reverse(), ...clauses.slice(here + 1)];
  for (const c of order) {
    const subject = clauseSubject(c.text);
    if (subject !== null) return subject;
  }
  return null;
}

/** Years stated for the occurrence, or null. */
function yearsAt(norm: string, occ: Occurrence, sentence: Span, alone: boolean, themed: boolean): Span | null {
  const span = (a: string, b: string): Span => ({ start: Number(a), end: Number(b) });
  const after = YEARS_AFTER_RE.exec(norm.slice(occ.end));
  if (after) return span(after[1]!, after[2]!);
  const before = YEAR_BEFORE_RE.exec(norm.slice(sentence.start, occ.anchor));
  if (before) return span(before[1]!, before[1]!);
  const text = norm.slice(sentence.start, sentence.end);
  const range = YEAR_RANGE_RE.exec(text);
  if (range && alone) return span(range[1]!, range[2]!);
  if (themed) {
    const lead = LEADING_YEAR_RE.exec(text.trim());
    if (lead) return span(lead[1]!, lead[1]!);
  }
  return null;
}

/** Finds the initiatives named in a story's paragraphs (headline and kicker may be passed as extra paragraphs). */
export function extractInitiatives(paragraphs: string[]): InitiativeMention[] {
  const norms = paragraphs.map(normalisePunctuation);
  const candidates = norms.flatMap((norm, i) => [...quotedCandidates(norm, paragraphs[i]!, i), ...unquotedCandidates(norm, paragraphs[i]!, i)]);
  candidates.sort((a, b) => a.occurrence.para - b.occurrence.para || a.occurrence.start - b.occurrence.start);
  const entries = groupCandidates(candidates);
  const occurrencesByEntry = entries.map((e) => occurrencesOf(e, norms));

  return entries.map((entry, ei) => {
    const occurrences = occurrencesByEntry[ei]!;
    const descriptions: string[] = [];
    let owner: string | null = null;
    let years: Span | null = null;
    const themed = THEMED_YEAR_RE.test(entry.name) && entry.suffix === null;
    for (const occ of occurrences) {
      const norm = norms[occ.para]!;
      const sentence = sentenceSpans(norm).find((s) => occ.start >= s.start && occ.start < s.end) ?? { start: 0, end: norm.length };
      const text = paragraphs[occ.para]!.slice(sentence.start, sentence.end).trim();
      if (!descriptions.includes(text)) descriptions.push(text);
      const inSentence = (o: Occurrence): boolean => o.para === occ.para && o.start >= sentence.start && o.start < sentence.end;
      const others = occurrencesByEntry.some((list, j) => j !== ei && list.some(inSentence));
      owner ??= ownerBefore(norm, occ.anchor) ?? sentenceOwner(norm.slice(sentence.start, sentence.end), occ.start - sentence.start);
      years ??= yearsAt(norm, occ, sentence, !others, themed);
    }
    return {
      name: entry.name,
      aliases: [...entry.aliases],
      suffix: entry.suffix,
      printed: entry.printed,
      owner,
      years,
      descriptions,
      paragraphs: [...new Set(occurrences.map((o) => o.para))],
      spans: occurrences.flatMap((occ) => nameSpan(paragraphs[occ.para]!, occ, [entry.name, ...entry.aliases])),
    };
  });
}

/** The longest of `names` printed inside an occurrence (`“三强”行动` → `三强`), or nothing when none is. */
function nameSpan(paragraph: string, occ: Occurrence, names: readonly string[]): TextSpan[] {
  const printed = paragraph.slice(occ.start, occ.end);
  const name = [...names].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).find((n) => n !== '' && printed.includes(n));
  if (name === undefined) return [];
  const start = occ.start + printed.indexOf(name);
  return [{ paragraph: occ.para, start, end: start + name.length }];
}
