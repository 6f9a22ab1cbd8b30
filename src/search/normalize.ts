/**
 * Text normalisation shared by the index (at build time) and the query (in the browser), so that
 * `５Ａ级` typed with a Chinese keyboard finds `5A级` and the other way round.
 */

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/**
 * Folds full-width letters and digits to ASCII and the ideographic space to a space. One character in,
 * one out, so offsets into the normalised text are offsets into the printed text; full-width punctuation
 * is kept because snippets show this text.
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** A query as the engine sees it: widths folded, lower-case, runs of spaces collapsed, trimmed. */
export function normalizeQuery(query: string): string {
  return foldWidth(query).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Letters and digits only, lower-case: the form in which a query is compared with a name (`新力量·益满格` = `新力量益满格`). */
export function compact(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
