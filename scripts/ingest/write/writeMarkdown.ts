/**
 * write: typed records → Markdown files (YAML frontmatter + body), byte-for-byte deterministic.
 */
import { Document, stringify } from 'yaml';
import type { Block } from '../types.ts';

/** Serialises a record as YAML frontmatter followed by `body`; keys keep the record's order. */
export function toMarkdownFile(data: Record<string, unknown>, body: string): string {
  const yaml =
    plainYaml(data) ?? stringify(data, { lineWidth: 0, minContentWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', sortMapEntries: false });
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

/**
 * The tests by which the yaml package quotes a string that would read back as another type (`"4433"`, `"true"`,
 * `""`): the default tags of its core schema other than strings.
 */
const TYPED_SCALARS = new Document().schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test);

/** What the yaml package cannot print plain on one line: indicators first, `: ` and ` #` inside, a space or colon last. */
const NOT_PLAIN = /^[ ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-] |: | #|[ :]$/u;
/** Characters after which the yaml package picks block styles, escapes or document markers: left to it. */
const LEAVE_TO_YAML = /[\x00-\x1f\x7f-\x9f\u{D800}-\u{DFFF}"'\\]|^(?:---|\.\.\.)/u;

/** A scalar as the yaml package prints it with `toMarkdownFile`'s options, or null when this is not the simple case. */
function plainScalar(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? JSON.stringify(value) : null;
  if (typeof value !== 'string' || LEAVE_TO_YAML.test(value)) return null;
  if (NOT_PLAIN.test(value) || readsAsTyped(value)) return `"${value}"`;
  return value;
}

/**
 * Whether a string would read back as another type. Every such form of the core schema is ASCII from its first
 * character (`~`, `null`, `true`, `0x1F`, `-12.5`, `.inf`), so a string opening with anything past ASCII (most of
 * ours: Chinese text) needs no test.
 */
function readsAsTyped(value: string): boolean {
  return !(value.charCodeAt(0) > 0x7f) && TYPED_SCALARS.some((t) => t.test!.test(value));
}

/** Keys already found plain: a record's keys recur in every file of a collection. */
const plainKeys = new Set<string>();

/** Whether the yaml package prints `key` plain, unquoted. */
function isPlainKey(key: string): boolean {
  if (plainKeys.has(key)) return true;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(key) || readsAsTyped(key)) return false;
  plainKeys.add(key);
  return true;
}

/**
 * The YAML the yaml package writes for `toMarkdownFile` (block style, two-space indents, sequences indented under
 * their key), written directly for the records ingest makes: plain keys; strings, numbers, booleans and null; lists
 * and records of those. Anything else (a string with a quote, a line break or a control character, an object met
 * twice, which yaml would anchor) returns null and the whole record goes through the yaml package instead, so the
 * bytes are the same either way; this path only saves its time, which was a third of ingest's.
 */
function plainYaml(data: Record<string, unknown>): string | null {
  const lines: string[] = [];
  const seen = new Set<object>();
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  const map = (record: Record<string, unknown>, indent: string): boolean => {
    if (seen.has(record)) return false;
    seen.add(record);
    const start = lines.length;
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue;
      if (!isPlainKey(key)) return false;
      if (Array.isArray(value)) {
        if (value.length === 0) {
          if (seen.has(value)) return false;
          seen.add(value);
          lines.push(`${indent}${key}: []`);
        } else {
          lines.push(`${indent}${key}:`);
          if (!seq(value, `${indent}  `)) return false;
        }
      } else if (isRecord(value)) {
        lines.push(`${indent}${key}:`);
        if (!map(value, `${indent}  `) || lines.length === start + 1) return false;
      } else {
        const scalar = plainScalar(value);
        if (scalar === null) return false;
        lines.push(`${indent}${key}: ${scalar}`);
      }
    }
    return lines.length > start;
  };
  const seq = (list: unknown[], indent: string): boolean => {
    if (seen.has(list)) return false;
    seen.add(list);
    for (const item of list) {
      if (isRecord(item)) {
        // A record in a list: its first key on the dash's line, the others under it.
        const first = lines.length;
        if (!map(item, `${indent}  `)) return false;
        lines[first] = `${indent}- ${lines[first]!.slice(indent.length + 2)}`;
      } else {
        const scalar = item === undefined || Array.isArray(item) ? null : plainScalar(item);
        if (scalar === null) return false;
        lines.push(`${indent}- ${scalar}`);
      }
    }
    return true;
  };
  return map(data, '') ? `${lines.join('\n')}\n` : null;
}
