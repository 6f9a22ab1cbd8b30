/**
 * Bylines and datelines: `□ 本 报 记 者  刘飞跃`, `记者 宗兆洋 通讯员 赵亮`, `文/片 记者 杜春娜`,
 * `夏侯凤超 杜春娜 济南报道`, and datelines at the start of a story's first paragraph (`本报济南讯`).
 */
import type { Credit } from '../types.ts';
import { HAN } from '../../../src/core/text.ts';

/** Role words printed before reporters' names; the spaced-out print forms (`本 报 记 者`) are matched too. */
const ROLES = [
  '本报首席记者',
  '本报特约记者',
  '本报见习记者',
  '本报实习生',
  '本报记者',
  '本报通讯员',
  '特约记者',
  '见习记者',
  '首席记者',
  '实习记者',
  '记者',
  '通讯员',
  '实习生',
  '摄影',
  '摄像',
  '编辑',
  '文/片',
  '文/图',
  '图/文',
  '文图',
  '摄',
];

/** A role word, allowing the spaces newspapers put between its characters. */
const ROLE_RE = new RegExp(`(${ROLES.map((r) => [...r].map((c) => c.replace('/', '\\s*/\\s*')).join('\\s*')).join('|')})`, 'gu');

/** A dateline at the end of a byline: `济南报道`, `报道`. */
const BYLINE_DATELINE_RE = new RegExp(`(?:^|\\s)([${HAN}]{0,6}报道)\\s*$`, 'u');

/** A dateline opening a story's first paragraph: `本报济南讯`, `本报讯`, `新华社济南4月1日电`. */
const PARAGRAPH_DATELINE_RE = new RegExp(`^((?:本报[${HAN}]{0,6}讯)|(?:[${HAN}]{2,8}(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?电))(?:[\\s　]+|(?=[（(]))`, 'u');

/** A person's name as printed in a byline: 2–4 Han characters. */
const NAME_RE = new RegExp(`^[${HAN}]{2,4}$`, 'u');

/** A byline parsed into credits and the dateline printed with it. */
export interface ParsedByline {
  /** People credited, in print order. */
  credits: Credit[];
  /** Dateline printed at the end (`济南报道`), or null; a bare `报道` is not a dateline. */
  dateline: string | null;
  /** True when at least one role word was printed. */
  hasRole: boolean;
}

/**
 * Parses one or more byline lines; returns null when the text is not a byline
 * (every token must be a role word, a name, or a closing `…报道`).
 */
export function parseByline(text: string): ParsedByline | null {
  // Markup pasted in from a web page or an editor (`<b>张明远</b>`, `**张明远**`) frames the names; it is not part of them.
  let s = text
    .replace(/<\/?[A-Za-z][^<>]*>/gu, ' ')
    .replace(/[*_]+/gu, ' ')
    .replace(/[□■◇◆●○]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (s === '' || /[，。！？；、,;!?“”"《》（）()]/u.test(s)) return null;
  let dateline: string | null = null;
  const dl = BYLINE_DATELINE_RE.exec(s);
  if (dl) {
    dateline = dl[1] === '报道' ? null : dl[1]!;
    s = s.slice(0, dl.index).trim();
  }
  // Mark role words so names glued to them (`记者王健`) split off.
  const marked = s.replace(ROLE_RE, (m) => `\u0001${m.replace(/\s+/gu, '')}\u0001`);
  const tokens = marked
    .split(/[\s\u0001]+/u)
    .map((t) => t.trim())
    .filter(Boolean);
  const credits: Credit[] = [];
  let role = '';
  let hasRole = false;
  let pendingSingles = '';
  const flushSingles = (): boolean => {
    if (pendingSingles === '') return true;
    if (!NAME_RE.test(pendingSingles)) return false;
    credits.push({ role, name: pendingSingles });
    pendingSingles = '';
    return true;
  };
  let previousWasRole = false;
  for (const token of tokens) {
    if (ROLES.includes(token)) {
      if (!flushSingles()) return null;
      // Consecutive role words (`文/片 记者`) combine into one role.
      role = previousWasRole ? `${role} ${token}` : token;
      previousWasRole = true;
      hasRole = true;
      continue;
    }
    previousWasRole = false;
    // Print sometimes spaces out a name (`王 健`): single characters gather into one name.
    if ([...token].length === 1 && new RegExp(`^[${HAN}]$`, 'u').test(token)) {
      pendingSingles += token;
      continue;
    }
    if (!flushSingles()) return null;
    if (!NAME_RE.test(token)) return null;
    credits.push({ role, name: token });
  }
  if (!flushSingles()) return null;
  if (credits.length === 0) return null;
  if (!hasRole && dateline === null) return null;
  return { credits, dateline, hasRole };
}

/** True when a line of names only (`杜春娜 于泊升 夏侯凤超`) could be the first line of a byline block. */
export function isNamesLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  return tokens.length >= 2 && tokens.every((t) => NAME_RE.test(t));
}

/** Splits a dateline (`本报济南讯`) off the start of a paragraph. */
export function splitParagraphDateline(text: string): { dateline: string | null; rest: string } {
  const m = PARAGRAPH_DATELINE_RE.exec(text);
  if (!m) return { dateline: null, rest: text };
  return { dateline: m[1]!, rest: text.slice(m[0].length).trimStart() };
}
