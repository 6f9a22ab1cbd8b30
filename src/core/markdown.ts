/**
 * The Markdown escaping ingest writes, undone: the site reads stories back as plain text with it (to place figures
 * and names, and to show search snippets and feed text without `&gt;` or `\[`); ingest uses it to check that quotes
 * are verbatim. Part of the core: imports nothing from ingest.
 */

/** Reverses `escapeMarkdown`: the plain text a reader sees, for checking that quotes are verbatim. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_[\]~|#+\-.)=])/gu, '$1')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

/**
 * A story's body as a reader sees it: the Markdown ingest wrote, trimmed, with its escapes undone (subheads keep their
 * `## `, so each block stands where it stands in the file). The offsets of an article's `mentions` index this text.
 */
export function storyText(body: string): string {
  return unescapeMarkdown(body.trim());
}
