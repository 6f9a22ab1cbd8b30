/**
 * Text facts both halves need: ingest cleans and splits stories with these predicates (punctuation, widths) and
 * measures headline widths, the charts measure label widths. Part of the core: it imports nothing from ingest
 * (`scripts/`) or from pages. Sentences are split in `sentences.ts`.
 */

/** True for East Asian wide and full-width characters, and the punctuation Chinese text sets one em wide (“”‘’—…). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2026
  );
}

/** Characters that end a sentence. */
const TERMINALS = new Set(['。', '！', '？', '!', '?', '…']);
const TERMINAL_CODES = new Set([...TERMINALS].map((ch) => ch.charCodeAt(0)));
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
  // Read by code unit: no terminal is outside the BMP, and neither half of a surrogate pair is one.
  const text = s.includes('.') ? s.replace(ASCII_STOP_RE, '。') : s;
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    if (TERMINAL_CODES.has(text.charCodeAt(i))) {
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

/** Offsets where `name` is printed in `text`, left to right, none overlapping the one before. */
export function printedAt(text: string, name: string): number[] {
  const out: number[] = [];
  if (name === '') return out;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) out.push(i);
  return out;
}
