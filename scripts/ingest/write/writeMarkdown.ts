/**
 * write: typed records → Markdown files (YAML frontmatter + body), byte-for-byte deterministic.
 */
import { stringify } from 'yaml';
import type { Block } from '../types.ts';

export { storyText, unescapeMarkdown } from '../../../src/core/markdown.ts';

/** Serialises a record as YAML frontmatter followed by `body`; keys keep the record's order. */
export function toMarkdownFile(data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', sortMapEntries: false });
  const trimmedBody = body.trim();
  return `---\n${yaml}---\n${trimmedBody === '' ? '' : `\n${trimmedBody}\n`}`;
}

/**
 * Escapes text from a source file for Markdown: `<`, `>` and `&` become entities (so no markup from a source reaches a
 * page) and Markdown's inline markers are backslash-escaped so they print as themselves.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/([\\`*_[\]~|])/gu, '\\$1');
  // A paragraph must not open a heading, list or block quote.
  return escaped.replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s|=+\s*$|-{3,}\s*$)/u, '\\$1');
}

const HEADING_MARK = '## ';
const BLOCK_SEPARATOR = '\n\n';

/** Turns a story's blocks into its Markdown body: subheads become `##` headings, paragraphs are separated by a blank line. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks.map((b) => (b.type === 'heading' ? `${HEADING_MARK}${escapeMarkdown(b.text)}` : escapeMarkdown(b.text))).join(BLOCK_SEPARATOR);
}

/** Where each block's text starts in `storyText` of the body `blocksToMarkdown` writes (escapes undone, so offsets
 * in a block's cleaned text carry over unchanged). */
export function blockOffsets(blocks: readonly Block[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.type === 'heading') at += HEADING_MARK.length;
    out.push(at);
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  return out;
}
