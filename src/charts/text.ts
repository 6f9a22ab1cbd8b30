/**
 * Text measured without a browser: how wide a label will be and where it wraps. Chinese characters are square (one
 * em), digits and Latin letters about half an em; the estimate errs wide so labels never collide.
 */
import { isWide } from '../core/text.ts';

/** Estimated width in pixels of `text` set at `size` pixels. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : /[\s.,:;'|!()[\]]/u.test(ch) ? 0.32 : /[A-Z%@mwMW]/u.test(ch) ? 0.72 : 0.58;
  return em * size;
}

/** Characters that must not start a line (closing punctuation), per Chinese line-breaking rules. */
const NO_LINE_START = /^[，。、；：！？）》」』”’%…—·]/u;
/** Characters that must not end a line (opening punctuation). */
const NO_LINE_END = /[（《「『“‘]$/u;

/**
 * Splits `text` into lines no wider than `maxWidth` at `size`, breaking between any two characters except before
 * closing or after opening punctuation, and never inside a run of digits or Latin letters; at most `maxLines`
 * lines, the last ending in `…` when text was cut.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines = 3): string[] {
  const tokens = text.match(/[0-9A-Za-z.%+\-]+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line !== '' && textWidth(next, size) > maxWidth && !NO_LINE_START.test(token) && !NO_LINE_END.test(line)) {
      lines.push(line);
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && textWidth(`${last}…`, size) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
