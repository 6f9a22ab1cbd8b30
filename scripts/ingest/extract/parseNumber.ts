/**
 * Reading numbers as Chinese news prints them: ASCII and full-width digits, thousands separators,
 * Chinese numerals, 万/亿 multipliers, ranges, qualifiers (余, 超过, 以上 …) and units, each unit with
 * the base unit and power of ten that turn the printed value into a normalized one.
 *
 * Everything here is pure and total: arbitrary text never makes a function throw.
 */

/** What a unit measures; decides the base unit and, later, the kind of figure. */
export type UnitClass = 'money' | 'percent' | 'points' | 'count' | 'area' | 'weight' | 'volume' | 'length' | 'energy' | 'duration' | 'multiple' | 'number';

/** A unit as printed, with the base unit it converts to: value × 10^exponent is in `baseUnit`. */
export interface UnitInfo {
  /** The unit as printed, multiplier included: `万吨`. */
  unit: string;
  /** The unit `normalized` is expressed in: `吨`. */
  baseUnit: string;
  /** Power of ten from `unit` to `baseUnit`: 4 for `万吨`. */
  exponent: number;
  /** What the unit measures. */
  unitClass: UnitClass;
}

/** A quantity read from text: number, range, unit and qualifier. */
export interface Quantity extends UnitInfo {
  /** The number as printed, read as a number (`45.3` in `45.3亿元`). */
  value: number;
  /** Upper bound of a printed range (`5` in `3至5个`), else null. */
  valueMax: number | null;
  /** `value` in `baseUnit`. */
  normalized: number;
  /** `valueMax` in `baseUnit`, else null. */
  normalizedMax: number | null;
  /** Qualifier printed with the number (`超过`, `余`, `以上` …); two are joined (`约…左右`). */
  qualifier: string | null;
  /** Whether the number was printed in Arabic (ASCII or full-width) or Chinese numerals. */
  numeral: 'arabic' | 'chinese';
}

/** A quantity found inside a longer text. */
export interface QuantityMatch extends Quantity {
  /** Offset of the first character of the number (a prefix qualifier such as `超` lies before it). */
  start: number;
  /** Offset just past the unit or the trailing qualifier. */
  end: number;
  /** The figure as printed: `text.slice(start, end)`, e.g. `1000个以上`. */
  text: string;
  /** Offset where a prefix qualifier (`超过`, `近` …) starts, or `start` when there is none. */
  qualifierStart: number;
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Only these full-width forms are folded: the comma, colon and semicolon stay full-width because
// they separate clauses, and folding them would make `1，234` look like one number.
const FOLDED = new Set([
  ...'０１２３４５６７８９．％～－＋／ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ',
]);

/** Folds full-width digits, `．％～－＋／` and Latin letters to ASCII, one character for one, so offsets stay valid. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => (FOLDED.has(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch));
}

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** True for a character that can be part of a Chinese numeral. */
export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CN_NUMERAL_CHARS.includes(ch);
}

/** Reads a well-formed Chinese numeral (`两`, `二十`, `一百零五`, `三万五千`, `一亿二千万`); null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let sawAny = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      // Two digits in a row (`三一`) is not a numeral, except after a zero (`一百零五`).
      if (digit !== null) return null;
      if (d === 0) continue;
      digit = d;
      sawAny = true;
      continue;
    }
    const small = CN_SMALL[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // Only 十 may stand without a digit before it (`十二`, `一百一十`), never 百 or 千.
      if (digit === null && small !== 10) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      sawAny = true;
      continue;
    }
    if (ch === '万' || ch === '亿') {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return null;
      if (ch === '亿') total = (total + part) * 1e8;
      else {
        if (part === 0) return null;
        total += part * 1e4;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      sawAny = true;
      continue;
    }
    return null;
  }
  if (!sawAny) return text.split('').every((c) => c === '零' || c === '〇') ? 0 : null;
  return total + section + (digit ?? 0);
}

// A comma groups thousands only as `1,234` (one to three digits, then groups of exactly three);
// `2023,2024` is two numbers.
const ARABIC = /(?:\d{1,3}(?:,\d{3}(?!\d))+|\d+)(?:\.\d+)?/y;

/** Reads an ASCII/full-width or Chinese number (`４５.３`, `1,234`, `两`, `一万`) that is the whole text; null otherwise. */
export function parseNumber(text: string): number | null {
  const norm = toHalfWidth(text.trim());
  if (norm.length === 0) return null;
  ARABIC.lastIndex = 0;
  const m = ARABIC.exec(norm);
  if (m && m[0].length === norm.length) return readArabic(m[0]);
  return parseChineseNumeral(norm);
}

function readArabic(printed: string): number {
  return Number(printed.replace(/,/g, ''));
}

/** Multiplies a decimal written in ASCII digits by 10^exponent without binary rounding noise. */
export function scaleDecimal(printed: string, exponent: number): number {
  const plain = printed.replace(/,/g, '');
  const [intPart = '0', fracPart = ''] = plain.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  if (point <= 0) return Number(`0.${'0'.repeat(-point)}${digits}`);
  if (point >= digits.length) return Number(digits + '0'.repeat(point - digits.length));
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

type UnitDef = readonly [unit: string, baseUnit: string, exponent: number, unitClass: UnitClass];

const UNIT_DEFS: readonly UnitDef[] = [
  ['元', '元', 0, 'money'],
  ['美元', '美元', 0, 'money'],
  ['欧元', '欧元', 0, 'money'],
  ['港元', '港元', 0, 'money'],
  ['%', '%', 0, 'percent'],
  ['个百分点', '个百分点', 0, 'points'],
  ['百分点', '个百分点', 0, 'points'],
  ['倍', '倍', 0, 'multiple'],
  ['平方米', '平方米', 0, 'area'],
  ['平米', '平方米', 0, 'area'],
  ['㎡', '平方米', 0, 'area'],
  ['平方公里', '平方米', 6, 'area'],
  ['平方千米', '平方米', 6, 'area'],
  ['公顷', '平方米', 4, 'area'],
  ['亩', '亩', 0, 'area'],
  ['吨', '吨', 0, 'weight'],
  ['千克', '吨', -3, 'weight'],
  ['公斤', '吨', -3, 'weight'],
  ['标箱', '标箱', 0, 'volume'],
  ['立方米', '立方米', 0, 'volume'],
  ['公里', '米', 3, 'length'],
  ['千米', '米', 3, 'length'],
  ['米', '米', 0, 'length'],
  ['千瓦时', '千瓦时', 0, 'energy'],
  ['千瓦', '千瓦', 0, 'energy'],
  ['兆瓦', '千瓦', 3, 'energy'],
  ['个工作日', '工作日', 0, 'duration'],
  ['工作日', '工作日', 0, 'duration'],
  ['个多月', '个月', 0, 'duration'],
  ['个半月', '个月', 0, 'duration'],
  ['个月', '个月', 0, 'duration'],
  ['小时', '小时', 0, 'duration'],
  ['分钟', '分钟', 0, 'duration'],
  ['周年', '周年', 0, 'duration'],
  ['天', '天', 0, 'duration'],
  ['口人', '人', 0, 'count'],
  ['人次', '人次', 0, 'count'],
  ['家次', '家次', 0, 'count'],
  ['架次', '架次', 0, 'count'],
  ['车次', '车次', 0, 'count'],
  ['项目', '个', 0, 'count'],
  ...[...'个家项名人处支场次列条台栋幢户座所批类位件套辆艘架只头张部本种款间株棵笔份例起宗块门'].map((u): UnitDef => [u, u, 0, 'count']),
];

const UNITS_BY_LENGTH: readonly UnitDef[] = [...UNIT_DEFS].sort((a, b) => b[0].length - a[0].length);

const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
];

const MULTIPLIER_WORDS = MULTIPLIERS.map(([mult]) => mult);

// Classes whose units take a 万/亿 multiplier (`万元`, `万吨`); `万%` is not a thing.
const MULTIPLIABLE = new Set<UnitClass>(['money', 'count', 'area', 'weight', 'volume', 'length', 'energy']);

/** Looks up a unit as printed (`亿元`, `万平方米`, `个百分点`, `家`); null for an unknown unit. */
export function lookupUnit(printed: string): UnitInfo | null {
  const norm = toHalfWidth(printed).replace('％', '%');
  for (const [unit, baseUnit, exponent, unitClass] of UNIT_DEFS) {
    if (unit === norm) return { unit: printed, baseUnit, exponent, unitClass };
  }
  for (const [mult, multExp] of MULTIPLIERS) {
    if (!norm.startsWith(mult)) continue;
    const rest = norm.slice(mult.length);
    if (rest === '') return { unit: printed, baseUnit: '', exponent: multExp, unitClass: 'number' };
    for (const [unit, baseUnit, exponent, unitClass] of UNIT_DEFS) {
      if (unit === rest && MULTIPLIABLE.has(unitClass)) return { unit: printed, baseUnit, exponent: exponent + multExp, unitClass };
    }
  }
  return null;
}

const PREFIX_QUALIFIERS = '不低于 不少于 不超过 不足 超过 将近 接近 大约 高达 多达 突破 达到 超 近 约 逾 达'.split(' ');
// A one-character qualifier that ends another word is not a qualifier: 签约, 通达, 赶超, 最近.
const NOT_QUALIFIER_AFTER: Readonly<Record<string, string>> = {
  约: '签节制公条契预合邀和',
  达: '通到送抵传表直下发转抵雷',
  超: '赶高',
  近: '最附临靠亲贴',
};

/** The prefix qualifier that ends right before offset `i`, or null. */
function prefixQualifier(norm: string, i: number): string | null {
  for (const q of PREFIX_QUALIFIERS) {
    if (!norm.startsWith(q, i - q.length)) continue;
    const blocked = NOT_QUALIFIER_AFTER[q];
    const prev = norm[i - q.length - 1];
    if (blocked !== undefined && prev !== undefined && blocked.includes(prev)) return null;
    return q;
  }
  return null;
}
const SUFFIX_QUALIFIERS = ['以上', '以下', '左右', '上下'];
const RANGE_SEPARATORS = ['至', '到', '~', '-', '—', '–'];

interface NumberToken {
  end: number;
  value: number;
  printed: string;
  numeral: 'arabic' | 'chinese';
  /** Multiplier split off the end of a Chinese numeral (`一万` → 1, `万`). */
  multiplier: string;
}

function readArabicAt(norm: string, i: number): NumberToken | null {
  ARABIC.lastIndex = i;
  const m = ARABIC.exec(norm);
  if (!m) return null;
  return { end: i + m[0].length, value: readArabic(m[0]), printed: m[0], numeral: 'arabic', multiplier: '' };
}

function readChineseAt(norm: string, i: number): NumberToken | null {
  let j = i;
  while (j < norm.length && isChineseNumeralChar(norm[j])) j++;
  const first = norm[i];
  // A numeral starts with a digit or 十; 百/千/万 alone start one only before 余/多 (`百余家`).
  const startsWithMultiplier = first === '百' || first === '千' || first === '万' || first === '亿';
  if (startsWithMultiplier) {
    const next = norm[i + 1];
    if (next !== '余' && next !== '多') return null;
    const value = first === '百' ? 100 : first === '千' ? 1000 : 1;
    const multiplier = first === '万' || first === '亿' ? first : '';
    return { end: i + 1, value, printed: first ?? '', numeral: 'chinese', multiplier };
  }
  for (let k = j; k > i; k--) {
    const chunk = norm.slice(i, k);
    let multiplier = '';
    let body = chunk;
    for (const [mult] of MULTIPLIERS) {
      if (chunk.length > mult.length && chunk.endsWith(mult)) {
        const head = chunk.slice(0, -mult.length);
        if (parseChineseNumeral(head) !== null) {
          multiplier = mult;
          body = head;
        }
        break;
      }
    }
    const value = parseChineseNumeral(body);
    if (value !== null && body !== '零' && body !== '〇') {
      return { end: k, value, printed: body, numeral: 'chinese', multiplier };
    }
  }
  return null;
}

function readNumberAt(norm: string, i: number): NumberToken | null {
  const ch = norm[i];
  if (ch === undefined) return null;
  if (ch >= '0' && ch <= '9') return readArabicAt(norm, i);
  if (isChineseNumeralChar(ch)) return readChineseAt(norm, i);
  return null;
}

function startsWithAny(norm: string, i: number, options: readonly string[]): string | null {
  for (const o of options) if (norm.startsWith(o, i)) return o;
  return null;
}

function readUnitAt(norm: string, i: number, multiplier: string): { def: UnitDef; printed: string } | null {
  for (const def of UNITS_BY_LENGTH) {
    if (!norm.startsWith(def[0], i)) continue;
    if (multiplier !== '' && !MULTIPLIABLE.has(def[3])) continue;
    return { def, printed: def[0] };
  }
  return null;
}

function multiplierExponent(mult: string): number {
  for (const [m, e] of MULTIPLIERS) if (m === mult) return e;
  return 0;
}

function scaled(token: NumberToken, exponent: number): number {
  if (token.numeral === 'arabic') return scaleDecimal(token.printed, exponent);
  return exponent >= 0 ? token.value * 10 ** exponent : token.value / 10 ** -exponent;
}

/**
 * Reads one quantity starting exactly at `i` of the half-width text `norm`.
 * With `bare`, a number without unit or multiplier is accepted too.
 */
function readQuantityAt(source: string, norm: string, i: number, bare: boolean): QuantityMatch | null {
  const first = readNumberAt(norm, i);
  if (!first) return null;
  let pos = first.end;
  const qualifiers: string[] = [];
  let approx = startsWithAny(norm, pos, ['余', '多']);
  if (approx) pos += 1;

  let second: NumberToken | null = null;
  if (!approx && first.multiplier === '') {
    const sep = startsWithAny(norm, pos, RANGE_SEPARATORS);
    if (sep) {
      const candidate = readNumberAt(norm, pos + sep.length);
      if (candidate && candidate.numeral === first.numeral) {
        second = candidate;
        pos = candidate.end;
      }
    }
  }

  // A Chinese numeral's own trailing 万/亿 is already consumed (`一万人`); Arabic digits take it here.
  let multiplier = second ? second.multiplier : first.multiplier;
  if (multiplier === '' && first.numeral === 'arabic') {
    const m = startsWithAny(norm, pos, MULTIPLIER_WORDS);
    if (m) {
      multiplier = m;
      pos += m.length;
    }
  }
  if (!approx && multiplier !== '') {
    approx = startsWithAny(norm, pos, ['余', '多']);
    if (approx) pos += 1;
  }
  if (approx) qualifiers.push(approx);

  const unit = readUnitAt(norm, pos, multiplier);
  let info: UnitInfo;
  if (unit) {
    pos += unit.printed.length;
    const [, baseUnit, exponent, unitClass] = unit.def;
    info = { unit: multiplier + unit.printed, baseUnit, exponent: exponent + multiplierExponent(multiplier), unitClass };
  } else if (multiplier !== '') {
    info = { unit: multiplier, baseUnit: '', exponent: multiplierExponent(multiplier), unitClass: 'number' };
  } else if (bare) {
    info = { unit: '', baseUnit: '', exponent: 0, unitClass: 'number' };
  } else {
    return null;
  }

  // `3%-5%`, `3个至5个`: a range with the unit printed on both ends.
  if (!second && unit && !approx) {
    const sep = startsWithAny(norm, pos, RANGE_SEPARATORS);
    if (sep) {
      const candidate = readNumberAt(norm, pos + sep.length);
      if (candidate && candidate.numeral === first.numeral && candidate.multiplier === '' && norm.startsWith(info.unit, candidate.end)) {
        second = candidate;
        pos = candidate.end + info.unit.length;
      }
    }
  }

  const suffix = startsWithAny(norm, pos, SUFFIX_QUALIFIERS);
  if (suffix) {
    qualifiers.push(suffix);
    pos += suffix.length;
  }

  const prefix = prefixQualifier(norm, i);
  const qualifierStart = prefix ? i - prefix.length : i;
  // `达` says little beside a real qualifier (`达到60%以上` is qualified by 以上).
  if (prefix && !(qualifiers.length > 0 && prefix.startsWith('达'))) qualifiers.unshift(prefix);

  const normalized = scaled(first, info.exponent);
  return {
    ...info,
    value: first.value,
    valueMax: second ? second.value : null,
    normalized,
    normalizedMax: second ? scaled(second, info.exponent) : null,
    qualifier: qualifiers.length > 0 ? qualifiers.join('') : null,
    numeral: first.numeral,
    start: i,
    end: pos,
    text: source.slice(i, pos),
    qualifierStart,
  };
}

/** Parses a whole string as one quantity (`1.4万人`, `3至5个`, `约20万元`, `二十`); null when it is not exactly one. */
export function parseQuantity(text: string): Quantity | null {
  const trimmed = text.trim();
  const norm = toHalfWidth(trimmed);
  const prefix = PREFIX_QUALIFIERS.find((q) => norm.startsWith(q) && readNumberAt(norm, q.length) !== null) ?? '';
  const found = readQuantityAt(trimmed, norm, prefix.length, true);
  if (!found || found.end !== norm.length) return null;
  const { start: _start, end: _end, text: _text, qualifierStart: _qs, ...quantity } = found;
  return quantity;
}

function isNumberStart(norm: string, i: number): boolean {
  const ch = norm[i];
  if (ch === undefined) return false;
  const prev = norm[i - 1];
  if (ch >= '0' && ch <= '9') return !(prev !== undefined && ((prev >= '0' && prev <= '9') || prev === '.' || prev === ','));
  if (isChineseNumeralChar(ch)) return !isChineseNumeralChar(prev);
  return false;
}

/**
 * Finds every quantity printed with a unit or a 万/亿 multiplier in `text`, left to right, without overlaps.
 * Offsets index into `text` as given (full-width digits count one character each).
 */
export function findQuantities(text: string): QuantityMatch[] {
  const norm = toHalfWidth(text);
  const found: QuantityMatch[] = [];
  let i = 0;
  while (i < norm.length) {
    if (isNumberStart(norm, i)) {
      const q = readQuantityAt(text, norm, i, false);
      if (q) {
        found.push(q);
        i = q.end;
        continue;
      }
      // Skip the rest of this number so its tail is not read as a number of its own.
      const token = readNumberAt(norm, i);
      i = token ? Math.max(token.end, i + 1) : i + 1;
      continue;
    }
    i++;
  }
  return found;
}
