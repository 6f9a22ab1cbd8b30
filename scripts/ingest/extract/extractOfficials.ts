/**
 * Finds the people who hold a post or speak in a role in a story: their names, every post printed before them,
 * their quotes, and the paragraphs that name them.
 *
 * Rules, in the order they apply:
 * - A name is a surname from `surnames.ts` plus one or two characters (a compound surname plus one or two), found
 *   only from context: a post or role word printed right before it (`局长李洪伟`, `访问学者林萍萍`), or a speech
 *   verb right after it (`徐法贤介绍`), or the interviewee's name passed in as `featuredName`. Never from a list.
 *   Its given name must not contain characters that do not occur in names (`区`, `市`, `是`, `化` …), so `高新区`,
 *   `全市`, `于是`, `常态化` never read as names; where one or two characters could both end the name, what follows
 *   decides (`刘强表示` → 刘强, `张晓菲从` → 张晓菲).
 * - Titles are read right to left from the name: each post as printed, organisation included, over `，` and `、`
 *   (`济南市政协委员，济南市投资促进局党组书记、局长李洪伟`). A bare post after `、` inherits the organisation of the
 *   post before it (`党组书记、局长` → `济南市投资促进局局长`). A title stops at words that cannot be part of one
 *   (`紧紧握住社区书记` → `社区书记`, `派驻第一书记` → `第一书记`); a leading `该村`/`该社区` is dropped.
 * - Who counts: anyone named after a post (`书记`, `局长`, `合伙人`, `负责人` …); anyone named before a speech
 *   verb (a two-character name only if a title is printed before it somewhere in the story, since `华为表示` and
 *   `章丘表示` read the same way); the featured interviewee. Someone named only after a role (`年轻干部`, `访问学者`, `企业家`) counts only
 *   when they speak (a speech verb or an attributed quote): the role is then kept as their title.
 * - Lists of model people count without speaking: a name after a role that is an item of a list (`回村企业家甲、
 *   领头雁乙等`: `、` or `等` after the name, or `、` before its item), and a name right after a nickname or
 *   honorific in quotation marks that ends at `、`, `等`, `，`, `。` or `…` (`“大管家”甲，`, `“第一书记”乙、`): the
 *   title is then the label with the words that describe it (`坚守社区多年的“大管家”`), list openers such as
 *   `涌现出` dropped. A two-character name found this way stands, since the role before it is printed.
 * - A post whose organisation the sentence leaves out takes it from the story: `该村党支部书记` the village printed
 *   nearest before it, `市某局派驻第一书记…` becomes `市某局派驻某村第一书记` (the village printed nearest before).
 * - Who does not: reporters and correspondents (`记者 …`, `通讯员 …`, `bylineNames`); people with no post and no
 *   role (`小郑`, `老邵`, `江大爷`, `刘奶奶`, `王先生`: kinship and honorific forms are not names).
 * - One entry per name. A title that is the tail of a fuller one already held (`局长` of `济南市投资促进局局长`)
 *   adds nothing.
 * - Quotes (verbatim, without the outer quotation marks) are attributed when the closing quote is followed at once
 *   by the person, titles included (`“……”徐法贤介绍`, `“……”该村党支部书记江玉东决心…`); when the person's speech
 *   verb is followed by an opening quote (`林萍萍表示：“……”`); and when a paragraph that is only a quote is followed
 *   by one that opens with the person and a speech verb. Short labels (`“大管家”`) are never quotes.
 */
import { surnameAt } from './surnames.ts';
import { ORG_END_CHARS } from './orgNouns.ts';
import type { TextSpan } from '../types.ts';
import { printedAt } from '../../../src/core/text.ts';

/** A person holding a post or speaking in a role, as named in one story. */
export interface OfficialMention {
  /** Full name as printed, spaces removed. */
  name: string;
  /** Each post as printed, organisation included, in order of first appearance; a role-only speaker's role. */
  titles: string[];
  /** Sentences in quotation marks attributed to the person, verbatim, without the outer quotation marks. */
  quotes: string[];
  /** 0-based indexes of the paragraphs that name the person, ascending. */
  paragraphs: number[];
  /** Every place the full name is printed as one run of characters, in reading order. */
  spans: TextSpan[];
}

/** What the story around the paragraphs says about people. */
export interface OfficialOptions {
  /** Names credited in the byline (reporters, correspondents, photographers): never officials. */
  bylineNames: string[];
  /** The interviewee's name printed alone under an interview headline, if any. */
  featuredName?: string | null;
  /**
   * Villages and communities printed in the story, in the paragraphs' numbering: a post whose organisation the
   * text leaves out (`该村党支部书记`, `派驻第一书记…到村`) takes the nearest one printed before it.
   */
  localPlaces?: LocalPlace[];
}

/** A village or community printed in a story, where it is printed. */
export interface LocalPlace {
  /** Index of the paragraph. */
  paragraph: number;
  /** Offset in the paragraph. */
  start: number;
  /** The name as printed (`石门村`, `青年社区`). */
  name: string;
  /** Which of the two it is. */
  kind: 'village' | 'community';
}

/** Posts: holding one printed right before a name makes the person an official. */
const POSTS = [
  '第一书记',
  '党组书记',
  '党委书记',
  '党工委书记',
  '党支部书记',
  '党总支书记',
  '支部书记',
  '副书记',
  '书记',
  '党组成员',
  '常委',
  '委员',
  '主任委员',
  '副部长',
  '部长',
  '副局长',
  '局长',
  '副主任',
  '主任',
  '副区长',
  '区长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副省长',
  '省长',
  '村长',
  '副主席',
  '主席',
  '副秘书长',
  '秘书长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副所长',
  '所长',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '副董事长',
  '董事长',
  '董事',
  '监事',
  '副总经理',
  '总经理',
  '经理',
  '副总裁',
  '总裁',
  '负责人',
  '合伙人',
  '创始人',
  '副会长',
  '会长',
  '副理事长',
  '理事长',
  '站长',
  '馆长',
  '队长',
  '副组长',
  '组长',
  '社长',
  '厂长',
  '副行长',
  '行长',
  '总监',
  '专员',
  '调研员',
  '巡视员',
  '主委',
  '检察长',
  '庭长',
  '政委',
  '指挥长',
  '园长',
  '网格长',
  '网格员',
  '楼长',
  '总工程师',
  '主管',
  '召集人',
  '发起人',
  '店长',
  '主任医师',
  '主任科员',
  '督导员',
  '联络员',
  '法定代表人',
  '发言人',
  '秘书',
  '助理',
];

/** Roles: printed before a name they describe the person, who counts only when speaking. */
const ROLES = [
  '干部',
  '学者',
  '企业家',
  '专家',
  '教授',
  '研究员',
  '工程师',
  '医生',
  '医师',
  '护士',
  '律师',
  '教师',
  '老师',
  '志愿者',
  '社工',
  '社会工作者',
  '党员',
  '工作人员',
  '民警',
  '警官',
  '法官',
  '检察官',
  '辅警',
  '消防员',
  '技术员',
  '设计师',
  '创业者',
  '带头人',
  '乡贤',
  '讲解员',
  '主播',
  '骑手',
  '快递员',
  '外卖员',
  '指导员',
  '博士',
  '教练',
  '老板',
  '传承人',
  '艺术家',
  '作家',
  '厨师',
  '村医',
  '管理员',
  '主持人',
  '顾问',
  '代表',
  '领头雁',
  '头雁',
  '致富能手',
  '能人',
];

/** Words before a name that make the person a journalist, never an official. */
const REPORTER_WORDS = ['记者', '通讯员', '实习生', '摄影', '摄像', '编辑'];

/** Party bodies that sit between an organisation and a post (`投资促进局党组书记`). */
const PARTY_BODIES = ['党工委', '党总支', '党支部', '党组', '党委'];

const POST_SET = new Set(POSTS);
/** Post, role and reporter words, longest first, for matching the word that ends right before a name. */
const TITLE_WORDS = [...POSTS, ...ROLES, ...REPORTER_WORDS].sort((a, b) => b.length - a.length);

/** Speech verbs that attribute words to the person named right before them. */
const SPEECH_VERBS = ['告诉记者', '表示', '介绍', '说道', '提到', '指出', '认为', '强调', '坦言', '透露', '谈到', '讲道', '感慨', '说', '称'];
/** Adverbs allowed between a name and its speech verb (`林萍萍也表示`). */
const SPEECH_ADVERBS = ['进一步', '再次', '同时', '笑着', '也', '还', '则', '就', '又', '曾'];

/**
 * Words that may follow a name: particles, prepositions, and the verbs that open a news sentence about a person.
 * They decide between a one- and a two-character given name (`刘强表示` → 刘强).
 */
const FOLLOW_WORDS = [
  ...SPEECH_VERBS,
  '为了',
  '为此',
  '作为',
  '接受',
  '带领',
  '带着',
  '带队',
  '率领',
  '率队',
  '主持',
  '出席',
  '参加',
  '前往',
  '来到',
  '走进',
  '一行',
  '一家',
  '同志',
  '等人',
  '本人',
  '自己',
  '夫妇',
  '决心',
  '决定',
  '立即',
  '立刻',
  '随即',
  '当即',
  '迅速',
  '毅然',
  '协调',
  '琢磨',
  '回忆',
  '发现',
  '现场',
  '深入',
  '调研',
  '走访',
  '察看',
  '指导',
  '讲话',
  '致辞',
  '宣布',
  '通报',
  '要求',
  '希望',
  '相信',
  '建议',
  '呼吁',
  '提醒',
  '叮嘱',
  '表态',
  '承诺',
  '解释',
  '补充',
  '感叹',
  '笑称',
  '说起',
  '谈起',
  '提起',
  '坚持',
  '正在',
  '已经',
  '曾经',
  '一直',
  '始终',
  '依然',
  '仍然',
  '同时',
  '同样',
  '不仅',
  '每天',
  '每次',
  '经常',
  '常常',
  '总是',
  '多次',
  '连续',
  '先后',
  '分别',
  '积极',
  '主动',
  '专门',
  '特别',
  '非常',
  '十分',
  '亲自',
  '带头',
  '笑着',
  '高兴',
  '激动',
  '看到',
  '听到',
  '想着',
  '觉得',
  '认真',
  '随后',
  '首先',
  '最后',
  '一起',
  '一同',
  '一边',
  '萌生',
  '促成',
  '选择',
  '担任',
  '现任',
  '兼任',
  '出任',
  '分管',
  '负责',
  '牵头',
  '组织',
  '召集',
  '联系',
  '发言',
  '也是',
  '就是',
  '还是',
  '都是',
  ...'的在是和与及就也还到从对将把被让等向已曾都又却便要讲并则于给跟同叫请问答想看听拿刚才没不很仍过得地着了',
];

/** The follow words of two characters or more. */
const MULTI_FOLLOW_WORDS = FOLLOW_WORDS.filter((w) => w.length > 1);

/**
 * Characters that do not occur in given names (function words, place and organisation suffixes, common nouns):
 * a candidate containing one is not a name.
 */
const NON_NAME_CHARS = new Set([
  ...'的了着是在与及等们这那此其也都还就又则却便被把将让给对从向到以于而并或但若因所么什哪谁个些每各该本某众',
  ...'区市县省镇乡村街局部委厅处科办室站司厂校馆院府态性度量员者务项目年日时里内外后前上下位面点线次届期间份条',
  ...'种类型式率额数号单格主客记表示介绍认指出提说讲谈称据多总共已经再更最很太非无不没去化策团组队社会议设作',
  ...'服企资投促增产党工计划动活程体系品牌准制机构网络级用口岛庄湾港湖河州城寨堡屯营坊桥园路场厦楼店铺集药电车',
  ...'汽油气行商贸易购物流技通讯视报台刊',
]);

/** Two-character words that begin with a surname and pass the character test but are not names. */
const NOT_NAMES = new Set([
  '严格',
  '简直',
  '常言',
  '齐鲁',
  '金融',
  '黄金',
  '黄河',
  '文明',
  '周边',
  '周末',
  '任何',
  '关键',
  '关注',
  '安全',
  '安排',
  '江苏',
  '江西',
  '马上',
  '田间',
  '石油',
  '陆续',
  '万人',
  '万元',
  '时光',
  '成功',
  '成立',
  '成绩',
  '成果',
  '成效',
  '成长',
  '高速',
  '高端',
  '高效',
  '高校',
  '高级',
  '高新',
  '毛病',
  '龙头',
  '蓝图',
  '白天',
  '章程',
  '程序',
  '管理',
  '管道',
  '管控',
  '包括',
  '包容',
  '顾问',
  '习惯',
  '华夏',
  '温暖',
  '温馨',
  '苏州',
  '申请',
  '申报',
  '杜绝',
  '向往',
  '路线',
  '路径',
  '车辆',
  '燕子',
  '花园',
  '叶片',
  '庄稼',
  '柴油',
  '宁静',
  '全面',
  '全力',
  '全新',
  '全民',
  '全球',
  '方向',
  '方式',
  '方案',
  '代表',
  '许多',
  '于今',
  '乔迁',
  '康复',
  '康养',
  '韩国',
  '孔子',
  '孟子',
  '易于',
  '容易',
  '史上',
  '冷链',
  '吉祥',
  '伍仟',
  '邓小',
  '景观',
  '景点',
  '范围',
  '房屋',
  '汤圆',
]);

/** Forms of address and kinship: a "name" ending in one of these is a way of addressing someone, not a name. */
const ADDRESS_TAILS = [
  '先生',
  '女士',
  '小姐',
  '老师',
  '师傅',
  '大爷',
  '大妈',
  '大娘',
  '奶奶',
  '爷爷',
  '阿姨',
  '叔叔',
  '大姐',
  '大哥',
  '大叔',
  '同学',
  '老板',
  '总',
  '局',
  '某',
  '姐',
  '哥',
  '叔',
  '姨',
  '婶',
  '嫂',
  '伯',
  '爷',
  '奶',
  '妈',
  '爸',
  '董',
  '老',
];

/** Words inside a title's segment after which the title proper starts (`紧紧握住社区书记` → `社区书记`). */
const TITLE_STOP_WORDS = [
  '的',
  '了',
  '着',
  '是',
  '在',
  '被',
  '把',
  '让',
  '给',
  '由',
  '请',
  '握住',
  '看望',
  '慰问',
  '采访',
  '专访',
  '会见',
  '拜访',
  '见到',
  '找到',
  '来到',
  '邀请',
  '陪同',
  '联系',
  '担任',
  '作为',
  '成为',
  '评为',
  '出任',
  '派驻',
  '选派',
  '自从',
  '但是',
  '因为',
  '如今',
  '随后',
  '然后',
  '表示',
  '介绍',
  '认为',
  '告诉',
  '说',
];
/** Conjunctions that end a title unless they sit inside an organisation's name (`住房和城乡建设局`). */
const CONJUNCTIONS = ['和', '与', '及'];
/** Phrases containing a stop word that are part of titles. */
const TITLE_PROTECTED = ['新的社会阶层', '自由'];
/** Time words that open a clause before a title (`会上，`, `1月13日，`). */
const LEADING_TIME =
  /^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|上午|下午|晚上|今年|去年|近日|日前|当天|当日|会上|会议上|仪式上|同时|此外|其中|目前|近年来|近期|期间)+/u;
/** A deictic organisation before a title (`该村党支部书记`): dropped, the organisation is not printed. */
const LEADING_DEICTIC = /^[该其本这](?:村|社区|街道|镇|乡|区|县|市|公司|单位|企业|中心|局|部)?/u;

/** Punctuation that separates the posts of one person (`，` `、`). */
const TITLE_JOINERS = new Set(['，', '、']);
/** Punctuation that ends a title segment. */
const SEGMENT_DELIMITERS = new Set([...'，、。；：！？\n']);

const HAN_RE = /\p{Script=Han}/u;
const WORD_CHAR_RE = /[\p{Script=Han}A-Za-z0-9０-９]/u;

/** Maps ASCII punctuation to full-width one character for one (straight quotes alternate open/close), so indexes carry over. */
export function normalisePunctuation(text: string): string {
  // Most paragraphs have no ASCII punctuation at all: nothing to rebuild.
  if (!/["',:;!?()]/u.test(text)) return text;
  let doubleOpen = true;
  let singleOpen = true;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') {
      out += doubleOpen ? '“' : '”';
      doubleOpen = !doubleOpen;
    } else if (ch === "'" && !/[A-Za-z]/.test(text.charAt(i - 1))) {
      out += singleOpen ? '‘' : '’';
      singleOpen = !singleOpen;
    } else if (ch === ',') out += /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1)) ? ch : '，';
    else if (ch === ':') out += /\d/.test(text.charAt(i - 1)) && /\d/.test(text.charAt(i + 1)) ? ch : '：';
    else out += { ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' }[ch] ?? ch;
  }
  return out;
}

/** Index of the quotation mark that closes the one opening at `open` (“” or ‘’, nesting allowed), or -1. */
export function closingQuoteFor(text: string, open: number): number {
  const opener = text.charAt(open);
  const closer = opener === '“' ? '”' : opener === '‘' ? '’' : null;
  if (closer === null) return -1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === opener) depth++;
    else if (ch === closer && --depth === 0) return i;
  }
  return -1;
}

/** Index of the quotation mark that opens the one closing at `close` (“” or ‘’, nesting allowed), or -1. */
export function openingQuoteFor(text: string, close: number): number {
  const closer = text.charAt(close);
  const opener = closer === '”' ? '“' : closer === '’' ? '‘' : null;
  if (opener === null) return -1;
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === closer) depth++;
    else if (ch === opener && --depth === 0) return i;
  }
  return -1;
}

/** Each word list's words grouped by their last character, in the list's order (longest first). */
const WORDS_BY_LAST_CHAR = new WeakMap<readonly string[], Map<string, string[]>>();

/** The longest word of `words` that ends exactly at `end` in `text`, or null. */
function wordEndingAt(text: string, end: number, words: readonly string[]): string | null {
  // Called at every position of every paragraph: only the words ending in the character before `end` can match.
  let byLast = WORDS_BY_LAST_CHAR.get(words);
  if (byLast === undefined) {
    byLast = new Map();
    for (const w of words) {
      const last = w.charAt(w.length - 1);
      byLast.set(last, [...(byLast.get(last) ?? []), w]);
    }
    WORDS_BY_LAST_CHAR.set(words, byLast);
  }
  if (end < 1) return null;
  for (const w of byLast.get(text.charAt(end - 1)) ?? []) if (end >= w.length && text.startsWith(w, end - w.length)) return w;
  return null;
}

/** True when `end` in `text` is the end of the text, punctuation, or the start of a word that may follow a name. */
function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (!WORD_CHAR_RE.test(text.charAt(end))) return true;
  return FOLLOW_WORDS.some((w) => text.startsWith(w, end));
}

/** True when `name` (surname of `surnameLength` characters first) reads as a personal name. */
function plausibleName(name: string, surnameLength: number): boolean {
  const given = name.slice(surnameLength);
  if (given.length < 1 || given.length > 2) return false;
  for (const ch of given) if (!HAN_RE.test(ch) || NON_NAME_CHARS.has(ch)) return false;
  if (given.startsWith('老')) return false;
  if (NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) return false;
  if (ADDRESS_TAILS.some((t) => name.endsWith(t))) return false;
  if (TITLE_WORDS.some((w) => given.startsWith(w) || name.includes(w))) return false;
  return true;
}

/** The name starting at `start` right after a title word, choosing the given name's length from what follows; or null. */
function nameAfterTitle(text: string, start: number): string | null {
  const surname = surnameAt(text, start);
  if (surname === null) return null;
  const options = [surname.length + 1, surname.length + 2]
    .map((len) => text.slice(start, start + len))
    .filter((n, i) => n.length === surname.length + 1 + i && plausibleName(n, surname.length));
  const short = options.find((n) => n.length === surname.length + 1);
  const long = options.find((n) => n.length === surname.length + 2);
  const shortEnds = short !== undefined && endsName(text, start + short.length);
  const longEnds = long !== undefined && endsName(text, start + long.length);
  // Both readings can end at a follow word (`王刚正在`, `张和平表示`): a two-character follow word after the short
  // reading is the likelier split.
  if (shortEnds && longEnds) return MULTI_FOLLOW_WORDS.some((w) => text.startsWith(w, start + short!.length)) ? short! : long!;
  if (longEnds) return long!;
  if (shortEnds) return short!;
  return null;
}

/** A title cut out of the text before a name. */
interface TitleSegment {
  /** The title as printed (from the original text). */
  title: string;
  /** True when words before the title inside its segment were dropped. */
  cut: boolean;
  /** True when only a leading time phrase (`会上`, `1月13日`) was dropped. */
  timeOnly: boolean;
  /** Offset where the title's words start, a dropped deictic (`该村`) included. */
  from: number;
  /** The deictic dropped before the title (`该村`, `该社区`), or null. */
  deictic: string | null;
  /** When the title follows `派驻`/`选派`: the sending body printed before it and the verb (`市某局派驻`), else null. */
  sentBy: string | null;
}

/** Reads the title that ends at `end` inside its segment, or null when the segment does not end with a title word. */
function titleEndingAt(norm: string, orig: string, segStart: number, end: number): TitleSegment | null {
  let start = segStart;
  let timeOnly = true;
  let cut = false;
  const raw = norm.slice(segStart, end);
  // A closing quote with no opening one in the segment ends a quotation printed before the title.
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i);
    if (ch === '“' || ch === '‘') depth++;
    else if (ch === '”' || ch === '’') {
      if (depth === 0) {
        start = segStart + i + 1;
        cut = true;
      } else depth--;
    }
  }
  const word = wordEndingAt(norm, end, TITLE_WORDS);
  if (word === null) return null;
  const postStart = end - word.length;
  const segFrom = start;
  let sentBy: string | null = null;
  // Stop words: the title starts after the last one, unless it belongs to a protected phrase.
  for (let i = postStart - 1; i >= start; i--) {
    const stop = TITLE_STOP_WORDS.find((w) => norm.startsWith(w, i) && i + w.length <= postStart);
    const conj = CONJUNCTIONS.includes(norm.charAt(i)) && ![...norm.slice(i + 1, postStart)].some((c) => ORG_END_CHARS.has(c));
    if ((stop !== undefined || conj) && !TITLE_PROTECTED.some((p) => protects(norm, p, i))) {
      start = i + (stop?.length ?? 1);
      cut = true;
      timeOnly = false;
      if (stop !== undefined && DISPATCH_VERBS.includes(stop)) sentBy = sendingBody(norm, orig, segFrom, i);
      break;
    }
  }
  const lead = LEADING_TIME.exec(norm.slice(start, postStart));
  if (lead && lead[0].length > 0) {
    start += lead[0].length;
    cut = true;
  }
  const from = start;
  const deictic = LEADING_DEICTIC.exec(norm.slice(start, postStart));
  if (deictic && deictic[0].length > 0) {
    start += deictic[0].length;
    cut = true;
    timeOnly = false;
  }
  while (start < end && /\s/.test(norm.charAt(start))) start++;
  const title = orig.slice(start, end).replace(/\s+/gu, '');
  if (title.length < 2 || title.length > 32) return null;
  return { title, cut, timeOnly: cut && timeOnly, from, deictic: deictic?.[0] || null, sentBy };
}

/** Verbs that send a cadre to a post elsewhere (`市某局派驻第一书记`): the post's place is where they were sent. */
const DISPATCH_VERBS = ['派驻', '选派'];

/** The body printed before a dispatch verb at `verbAt`, after the clause's own stop words (`自从市某局`), or ''. */
function sendingBody(norm: string, orig: string, segFrom: number, verbAt: number): string {
  let start = segFrom;
  for (let i = verbAt - 1; i >= segFrom; i--) {
    const stop = TITLE_STOP_WORDS.find((w) => norm.startsWith(w, i) && i + w.length <= verbAt);
    if (stop !== undefined) {
      start = i + stop.length;
      break;
    }
  }
  const lead = LEADING_TIME.exec(norm.slice(start, verbAt));
  if (lead) start += lead[0].length;
  const body = orig.slice(start, verbAt).replace(/\s+/gu, '');
  const verb = norm.slice(verbAt, verbAt + 2);
  return body.length >= 2 && body.length <= 20 && ORG_END_CHARS.has(body.charAt(body.length - 1)) ? body + verb : verb;
}

/** True when the phrase `p` covers position `i` in `text`. */
function protects(text: string, p: string, i: number): boolean {
  for (let k = Math.max(0, i - p.length + 1); k <= i; k++) if (text.startsWith(p, k)) return true;
  return false;
}

/** The titles printed before the name at `nameStart`, left to right, and where the first one's words start. */
function titleChainBefore(norm: string, orig: string, nameStart: number): { titles: string[]; start: number; nearest: TitleSegment | null } {
  const titles: string[] = [];
  let start = nameStart;
  let end = nameStart;
  let joiner = '';
  let nearest: TitleSegment | null = null;
  for (;;) {
    let segStart = end;
    while (segStart > 0 && !SEGMENT_DELIMITERS.has(norm.charAt(segStart - 1))) segStart--;
    const seg = titleEndingAt(norm, orig, segStart, end);
    if (seg === null) break;
    nearest ??= seg;
    // Across `，` a segment joins the chain only when it is a title and nothing else (a time phrase aside); `、`
    // binds posts tightly, so there the title may follow other words (`会议由区委副书记、区长王德华主持`).
    if (joiner === '，' && seg.cut && !seg.timeOnly) break;
    titles.unshift(seg.title);
    start = seg.from;
    joiner = norm.charAt(segStart - 1);
    if (seg.cut || segStart === 0 || !TITLE_JOINERS.has(joiner)) break;
    end = segStart - 1;
  }
  return { titles: inheritOrganisations(titles), start, nearest };
}

/**
 * Gives a bare post (`局长` in `党组书记、局长`) the organisation of the post printed before it, when the post
 * belongs to that kind of organisation: `局长` to a `…局`, a party post to any; `区委副书记、区长` stays as printed,
 * because the district head does not head the district party committee.
 */
function inheritOrganisations(titles: string[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    const prev = out[out.length - 1];
    const org = prev === undefined ? '' : organisationOf(prev);
    out.push(org.length >= 2 && isBarePost(t) && postFits(t, org) ? org + t : t);
  }
  return out;
}

/** True when the bare post `post` can belong to the organisation `org`. */
function postFits(post: string, org: string): boolean {
  const bare = post.replace(/^副/u, '');
  if (/书记$|^党组成员$/u.test(bare)) return true;
  if (/^(?:主任|副主任)$/u.test(bare)) return /(?:委|办|会|中心|室|站|所|部)$/u.test(org);
  if (/^(?:董事长|总经理|经理|总裁)$/u.test(bare)) return /(?:公司|集团)$/u.test(org);
  return bare.length === 2 && bare.endsWith('长') && org.endsWith(bare.charAt(0));
}

/** True when `t` is a post with no organisation (`局长`, `党组书记`). */
function isBarePost(t: string): boolean {
  const body = PARTY_BODIES.find((b) => t.startsWith(b));
  return POST_SET.has(body !== undefined && POST_SET.has(t.slice(body.length)) ? t.slice(body.length) : t);
}

/** The organisation part of a title: without its post and any party body before the post. */
function organisationOf(title: string): string {
  const post = wordEndingAt(title, title.length, TITLE_WORDS);
  let org = post === null ? title : title.slice(0, title.length - post.length);
  for (let changed = true; changed;) {
    changed = false;
    for (const b of PARTY_BODIES) {
      if (org.endsWith(b)) {
        org = org.slice(0, org.length - b.length);
        changed = true;
      }
    }
  }
  return org;
}

/** A name found in one place, with what the context says. */
interface Sighting {
  name: string;
  titles: string[];
  hasPost: boolean;
  reporter: boolean;
  speaks: boolean;
  /** Named as an item of a list of people (`…企业家甲、…乙等`) or after a quoted nickname: counts without speaking. */
  listed: boolean;
}

/** Finds the village or community printed nearest before a position in the story, for posts that leave it out. */
export type LocalPlaceFinder = (kind: LocalPlace['kind'], paragraph: number, offset: number) => string | null;

/** A finder over the story's printed villages and communities: same paragraph before the offset, else the latest before. */
export function localPlaceFinder(places: readonly LocalPlace[]): LocalPlaceFinder {
  return (kind, paragraph, offset) => {
    let best: LocalPlace | null = null;
    for (const p of places) {
      if (p.kind !== kind || p.paragraph > paragraph || (p.paragraph === paragraph && p.start >= offset)) continue;
      if (best === null || p.paragraph > best.paragraph || (p.paragraph === best.paragraph && p.start > best.start)) best = p;
    }
    return best?.name ?? null;
  };
}

/** A post with no village or community in it (`党支部书记`, `第一书记`). */
const LOCAL_POST_RE = /^(?:第一书记|党支部书记|党总支书记|支部书记|党委书记|书记|副书记|主任|副主任|委员|村长|网格员|网格长)$/u;

/**
 * Puts back the organisation a post's sentence leaves out: `该村党支部书记` takes the village printed before it,
 * `市某局派驻第一书记…到村` becomes `市某局派驻某村第一书记`; a post with no village in reach stays as printed.
 */
function withLocalOrganisation(title: string, seg: TitleSegment | null, find: LocalPlaceFinder, paragraph: number, at: number): string {
  if (seg === null) return title;
  const hasPlace = /(?<![乡农])村|社区/u.test(title);
  if (seg.sentBy !== null) {
    const place = hasPlace ? '' : (find('village', paragraph, at) ?? '');
    return seg.sentBy + place + title;
  }
  if (seg.deictic !== null && !hasPlace && LOCAL_POST_RE.test(title)) {
    const kind = seg.deictic.includes('社区') ? 'community' : seg.deictic.includes('村') ? 'village' : null;
    const place = kind === null ? null : find(kind, paragraph, at);
    if (place !== null) return place + title;
  }
  return title;
}

/** Characters after a name that make it an item of a list (`、`, `等`). */
const LIST_AFTER = new Set([...'、等']);

/** True when the name at `start`..`end` is an item of a list: `、` or `等` after it, or `、` before its item. */
function listedAt(norm: string, itemStart: number, end: number): boolean {
  return LIST_AFTER.has(norm.charAt(end)) || norm.charAt(itemStart - 1) === '、';
}

/** Names printed right after a title word in one paragraph. */
function sightingsAfterTitles(norm: string, orig: string, paragraph: number, find: LocalPlaceFinder): Sighting[] {
  const out: Sighting[] = [];
  for (let i = 1; i < norm.length; i++) {
    const word = wordEndingAt(norm, i, TITLE_WORDS);
    if (word === null) continue;
    const name = nameAfterTitle(norm, i);
    if (name === null) continue;
    const reporter = REPORTER_WORDS.includes(word);
    const chain = reporter ? null : titleChainBefore(norm, orig, i);
    const titles = chain === null ? [] : [...chain.titles];
    if (chain !== null && titles.length > 0) titles[titles.length - 1] = withLocalOrganisation(titles.at(-1)!, chain.nearest, find, paragraph, i);
    const hasPost = !reporter && POST_SET.has(word);
    let itemStart = i;
    while (itemStart > 0 && !SEGMENT_DELIMITERS.has(norm.charAt(itemStart - 1))) itemStart--;
    const listed = !reporter && titles.length > 0 && listedAt(norm, itemStart, i + name.length);
    out.push({ name, titles, hasPost, reporter, speaks: speechVerbAt(norm, i + name.length) !== null, listed });
    i += name.length - 1;
  }
  return out;
}

/** Words that open a list of model people (`涌现出`, `包括`); the label's description starts after them. */
const LIST_OPENERS_RE = /^.*(?:涌现出了?|涌现了?|包括|比如|例如|评选出|选树)/u;

/**
 * Names printed right after a nickname or honorific in quotation marks (`“大管家”某某，`, `“第一书记”某某、`): the
 * person is named as a model in a list or an apposition, so the name must end at `、`, `等`, `，` or `。`. The
 * title is the label with the words describing it, as printed (`坚守社区多年的“大管家”`).
 */
function sightingsAfterLabels(norm: string, orig: string): Sighting[] {
  const out: Sighting[] = [];
  for (let i = 1; i < norm.length; i++) {
    if (norm.charAt(i - 1) !== '”') continue;
    const open = openingQuoteFor(norm, i - 1);
    if (open === -1) continue;
    const label = norm.slice(open + 1, i - 1);
    if (!/^\p{Script=Han}{2,6}$/u.test(label)) continue;
    const name = nameAfterTitle(norm, i);
    if (name === null || !'、等，。；…'.includes(norm.charAt(i + name.length)) || norm.charAt(i + name.length) === '') continue;
    let segStart = open;
    while (segStart > 0 && !SEGMENT_DELIMITERS.has(norm.charAt(segStart - 1))) segStart--;
    const described = norm.slice(segStart, open);
    const opener = LIST_OPENERS_RE.exec(described);
    let from = segStart + (opener?.[0].length ?? 0);
    const lead = LEADING_TIME.exec(norm.slice(from, open));
    if (lead) from += lead[0].length;
    const title = orig.slice(from, i).replace(/\s+/gu, '');
    out.push({ name, titles: [title], hasPost: false, reporter: false, speaks: false, listed: true });
    i += name.length - 1;
  }
  return out;
}

/** The end of the speech verb at `at` (after optional adverbs), or null when none starts there. */
function speechVerbAt(text: string, at: number): number | null {
  let i = at;
  const adverb = SPEECH_ADVERBS.find((a) => text.startsWith(a, i));
  if (adverb !== undefined) i += adverb.length;
  const verb = SPEECH_VERBS.find((v) => text.startsWith(v, i));
  return verb === undefined ? null : i + verb.length;
}

/** Characters before `说` that make it part of another word (`来说`, `据说`, `比如说`). */
const NOT_SPEECH_BEFORE_SHUO = new Set([...'来话是如比听据再就都虽或可难所']);

/** Names printed right before a speech verb, at the start of a clause or after a title word, in one paragraph. */
function sightingsBeforeSpeech(norm: string): Sighting[] {
  const out: Sighting[] = [];
  for (const verb of SPEECH_VERBS) {
    for (let v = norm.indexOf(verb); v !== -1; v = norm.indexOf(verb, v + 1)) {
      const partOfWord = SPEECH_VERBS.some((w) => w.length > 1 && protects(norm, w, v)) || NOT_SPEECH_BEFORE_SHUO.has(norm.charAt(v - 1));
      if (verb.length === 1 && partOfWord) continue;
      const ends = [v];
      const adverb = SPEECH_ADVERBS.find((a) => v >= a.length && norm.startsWith(a, v - a.length));
      if (adverb !== undefined) ends.push(v - adverb.length);
      for (const end of ends) {
        const name = nameEndingAt(norm, end);
        if (name !== null) {
          out.push({ name, titles: [], hasPost: false, reporter: false, speaks: true, listed: false });
          break;
        }
      }
    }
  }
  return out;
}

/** A name ending at `end` that starts a clause or follows a title word, or null. */
function nameEndingAt(norm: string, end: number): string | null {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    const surname = surnameAt(norm, start);
    if (surname === null || len - surname.length < 1 || len - surname.length > 2) continue;
    const name = norm.slice(start, end);
    if (!plausibleName(name, surname.length)) continue;
    const before = start === 0 ? '' : norm.charAt(start - 1);
    if (before === '' || !WORD_CHAR_RE.test(before) || wordEndingAt(norm, start, TITLE_WORDS) !== null) return name;
  }
  return null;
}

/** True when quoted text reads as speech rather than a label: it has clause punctuation or is long. */
function isSpeech(quote: string): boolean {
  return /[，。！？；…,.!?]/u.test(quote) || quote.length >= 12;
}

/** Posts printed after `担任`/`现任`/`兼任`/`出任` in the sentence that names the person. */
function appointedTitles(norm: string, orig: string, name: string): string[] {
  const out: string[] = [];
  for (let k = norm.indexOf(name); k !== -1; k = norm.indexOf(name, k + 1)) {
    const sentenceEnd = norm.slice(k).search(/[。！？]/u);
    const sentence = norm.slice(k, sentenceEnd === -1 ? undefined : k + sentenceEnd);
    const m = /(?:担任|现任|兼任|出任)([^，。；：！？、“”]{2,30})/u.exec(sentence);
    if (m === null) continue;
    const from = k + m.index + m[0].length - m[1]!.length;
    const to = from + m[1]!.length;
    for (let e = to; e > from; e--) {
      const word = wordEndingAt(norm, e, POSTS);
      if (word !== null && e > from + 1) {
        out.push(orig.slice(from, e).replace(/\s+/gu, ''));
        break;
      }
    }
  }
  return out;
}

/** Drops titles that are the tail of a fuller title in the same list (`局长` beside `济南市投资促进局局长`). */
function dropShorterTitles(titles: string[]): string[] {
  const unique = [...new Set(titles)];
  return unique.filter((t) => !unique.some((u) => u !== t && u.endsWith(t)));
}

/** Finds the officials named in a story's paragraphs (headline and kicker may be passed as extra paragraphs). */
export function extractOfficials(paragraphs: string[], opts: OfficialOptions): OfficialMention[] {
  const norms = paragraphs.map(normalisePunctuation);
  const excluded = new Set(opts.bylineNames.map((n) => n.replace(/\s+/gu, '')));
  const featured = opts.featuredName?.replace(/\s+/gu, '') || null;

  const find = localPlaceFinder(opts.localPlaces ?? []);

  const people = new Map<string, { titles: string[]; hasPost: boolean; speaks: boolean; listed: boolean }>();
  const note = (s: Sighting): void => {
    if (s.reporter) {
      excluded.add(s.name);
      return;
    }
    const p = people.get(s.name) ?? { titles: [], hasPost: false, speaks: false, listed: false };
    p.titles.push(...s.titles);
    p.hasPost ||= s.hasPost;
    p.speaks ||= s.speaks;
    p.listed ||= s.listed;
    people.set(s.name, p);
  };
  norms.forEach((norm, i) => {
    for (const s of sightingsAfterTitles(norm, paragraphs[i]!, i, find)) note(s);
    for (const s of sightingsAfterLabels(norm, paragraphs[i]!)) note(s);
    for (const s of sightingsBeforeSpeech(norm)) note(s);
  });
  if (featured !== null && !people.has(featured)) people.set(featured, { titles: [], hasPost: false, speaks: false, listed: false });

  const quotes = attributeQuotes(paragraphs, norms, [...people.keys()]);
  const out: { mention: OfficialMention; first: number }[] = [];
  for (const [name, p] of people) {
    if (excluded.has(name)) continue;
    const quoted = (quotes.get(name) ?? []).length > 0;
    if (!(p.hasPost || p.speaks || p.listed || quoted || name === featured)) continue;
    // Two characters before a speech verb are as often a company or a place (`华为表示`, `章丘表示`): such a name
    // needs a title somewhere in the story.
    if (name.length === 2 && p.titles.length === 0 && !p.hasPost && name !== featured) continue;
    const titles = [...p.titles];
    norms.forEach((norm, i) => titles.push(...appointedTitles(norm, paragraphs[i]!, name)));
    const paragraphIndexes = paragraphs.flatMap((para, i) => (para.replace(/\s+/gu, '').includes(name) ? [i] : []));
    const firstPara = paragraphIndexes[0] ?? 0;
    const firstPos = paragraphs[firstPara]?.replace(/\s+/gu, '').indexOf(name) ?? 0;
    out.push({
      mention: {
        name,
        titles: dropShorterTitles(titles),
        quotes: [...new Set(quotes.get(name) ?? [])],
        paragraphs: paragraphIndexes,
        // A name printed with a space inside (`王 伟`) names the person but is no one run of the text to mark.
        spans: paragraphIndexes.flatMap((i) => printedAt(paragraphs[i]!, name).map((start) => ({ paragraph: i, start, end: start + name.length }))),
      },
      first: firstPara * 1_000_000 + Math.max(0, firstPos),
    });
  }
  return out.sort((a, b) => a.first - b.first).map((o) => o.mention);
}

/** Quotes attributed to each of `names`, verbatim from the original paragraphs. */
function attributeQuotes(paragraphs: string[], norms: string[], names: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, text: string): void => {
    if (!isSpeech(text)) return;
    out.set(name, [...(out.get(name) ?? []), text]);
  };
  norms.forEach((norm, pi) => {
    const orig = paragraphs[pi]!;
    for (const name of names) {
      for (let k = norm.indexOf(name); k !== -1; k = norm.indexOf(name, k + 1)) {
        const after = k + name.length;
        // “……”(titles)NAME — the person right after a closing quote is its speaker.
        let close = titleChainBefore(norm, orig, k).start - 1;
        while (close > 0 && /\s/u.test(norm.charAt(close))) close--;
        const next = norm.charAt(after);
        if (norm.charAt(close) === '”' && next !== '' && !'的和与、等及“'.includes(next)) {
          const open = openingQuoteFor(norm, close);
          if (open !== -1) add(name, orig.slice(open + 1, close));
        }
        // NAME表示：“……” — a speech verb followed by an opening quote.
        const verbEnd = speechVerbAt(norm, after);
        if (verbEnd !== null) {
          let q = verbEnd;
          if ('：，'.includes(norm.charAt(q))) q++;
          if (norm.charAt(q) === '“') {
            const end = closingQuoteFor(norm, q);
            if (end !== -1) add(name, orig.slice(q + 1, end));
          }
        }
      }
    }
    // A paragraph that is only a quote, followed by one that opens with the speaker and a speech verb.
    const trimmed = norm.trim();
    const lead = norm.indexOf(trimmed);
    const close = lead === -1 ? -1 : closingQuoteFor(norm, lead);
    const nextNorm = norms[pi + 1];
    if (close !== -1 && /^[。！？]?$/u.test(norm.slice(close + 1).trim()) && nextNorm !== undefined) {
      for (const name of names) {
        const k = nextNorm.indexOf(name);
        if (k === -1 || speechVerbAt(nextNorm, k + name.length) === null) continue;
        if (titleChainBefore(nextNorm, paragraphs[pi + 1]!, k).start !== nextNorm.length - nextNorm.trimStart().length) continue;
        add(name, orig.slice(lead + 1, close));
      }
    }
  });
  return out;
}
