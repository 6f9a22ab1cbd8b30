/**
 * Story text as a reader sees it: ingest escapes source text for Markdown (`&lt;`, `\[`), and whatever shows or
 * compares that text outside the Markdown renderer (search snippets, figure quotes) must undo it.
 */

/** Reverses ingest's `escapeMarkdown`: the plain text a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_[\]~|#+\-.)=])/gu, '$1')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}
