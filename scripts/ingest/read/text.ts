/**
 * Small text predicates shared by the cleaning and splitting stages: punctuation, widths, sentences.
 */
import { isWide } from '../../../src/core/text.ts';

export { isWide };

/** Characters that end a sentence. */
const TERMINALS = new Set(['。', '！', '？', '!', '?', '…']);
/** Closing quotes and brackets that may follow a sentence end. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);

/** Han characters (CJK unified ideographs, extension A and compatibility ideographs). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** True when `s`, ignoring trailing closing quotes and spaces, ends a sentence (an ASCII `.` counts after a
 * non-digit, as in text typed with ASCII punctuation). */
export function isTerminated(s: string): boolean {
  const chars = [...s.trimEnd()];
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i]!)) i--;
  if (i >= 0 && chars[i] === '.') return i > 0 && !/[0-9.]/u.test(chars[i - 1]!);
  return i >= 0 && TERMINALS.has(chars[i]!);
}

/** An ASCII full stop used as a sentence end: after a non-digit, before white space, a Han character or the end. */
const ASCII_STOP_RE = new RegExp(`(?<=[^0-9.\\s])\\.(?=$|\\s|[${HAN}“”])`, 'gu');

/** True when `s` ends with a colon: a kicker (`…，历下区：`) or a lead-in. */
export function endsWithColon(s: string): boolean {
  return /[：:]\s*$/.test(s);
}

/** Display width: 2 for wide (CJK, full-width) characters, 1 otherwise. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch) ? 2 : 1;
  return w;
}

/** Number of sentence ends in `s` (a run of terminals counts once). */
export function countSentences(s: string): number {
  let n = 0;
  let inRun = false;
  for (const ch of s.replace(ASCII_STOP_RE, '。')) {
    if (TERMINALS.has(ch)) {
      if (!inRun) n++;
      inRun = true;
    } else inRun = false;
  }
  return n;
}

/** True when `s` has clause punctuation (，、；：) before its last character. */
export function hasClausePunctuation(s: string): boolean {
  return /[，、；：,;]/.test(s.trimEnd().slice(0, -1));
}

/** Joins two pieces of a paragraph broken by a line or page break: no space between CJK, one between Latin words. */
export function joinBroken(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}

/** Splits text into sentences, each keeping its end punctuation and any closing quote after it. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[^。！？!?…]*(?:[。！？!?]+|…+)[”’」』）)]*|[^。！？!?…]+$/gu;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push(m[0]);
  return out;
}
