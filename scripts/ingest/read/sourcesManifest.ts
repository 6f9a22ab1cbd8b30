/**
 * The sources manifest (`sources.yaml` beside the source files): where and when each source was printed, as a
 * journalist knows it — newspaper, date, page (版次) and the original's address. Every field but `file` is optional;
 * what the manifest does not say stays null and is never guessed. Pure: text in, entries out, or an `InputError`
 * naming `sources.yaml:LINE`.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { partialDateSchema } from '../../../src/schemas.ts';
import { InputError } from '../types.ts';

/** The manifest's file name, beside the source files. */
export const SOURCES_MANIFEST = 'sources.yaml';

/** What the manifest says about one source file; null where it says nothing. */
export interface SourceManifestEntry {
  /** Source file name (no folder), one of the `.txt` files beside the manifest. */
  file: string;
  /** Newspaper it was printed in, e.g. `济南日报`. */
  publication: string | null;
  /** Date of the edition: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string | null;
  /** Page (版次) as printed, e.g. `A3`. */
  page: string | null;
  /** Address of the original online (http or https). */
  url: string | null;
}

/** The article fields the manifest fills (names as in the `articles` schema). */
export interface ArticleSourceFields {
  /** Date of the edition, from the manifest. */
  published: string | null;
  /** Newspaper. */
  publication: string | null;
  /** Page (版次). */
  page: string | null;
  /** Address of the original. */
  url: string | null;
}

const KEYS = new Set(['file', 'publication', 'date', 'page', 'url']);

/** A manifest that says nothing: every article's source fields are null. */
export const NO_SOURCE_FIELDS: ArticleSourceFields = Object.freeze({ published: null, publication: null, page: null, url: null });

/** The article fields for a source file: the manifest's entry, or nulls when it has none. */
export function articleSourceFields(manifest: ReadonlyMap<string, SourceManifestEntry>, file: string): ArticleSourceFields {
  const entry = manifest.get(file);
  return entry ? { published: entry.date, publication: entry.publication, page: entry.page, url: entry.url } : { ...NO_SOURCE_FIELDS };
}

/** A calendar-valid partial date: `2023-02-30` is refused as well as `2023-13`. */
function isCalendarDate(text: string): boolean {
  if (!partialDateSchema.safeParse(text).success) return false;
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/**
 * Parses `sources.yaml`. `known` lists the source files beside it; an entry for any other file is an error (a
 * typo would otherwise silently leave a story undated). `name` is how errors name the manifest.
 */
export function parseSourcesManifest(text: string, known: readonly string[], name: string = SOURCES_MANIFEST): Map<string, SourceManifestEntry> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new InputError(
      name,
      yamlError.linePos?.[0]?.line ?? null,
      `not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`,
    );
  }
  const lineOf = (node: Node | null | undefined): number | null => (node?.range ? counter.linePos(node.range[0]).line : null);
  const out = new Map<string, SourceManifestEntry>();
  // An empty file (or only comments) is a manifest with no entries.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return out;
  if (!isSeq(doc.contents)) throw new InputError(name, lineOf(doc.contents) ?? 1, 'the manifest must be a list of entries (`- file: NAME.txt`)');
  const knownFiles = new Set(known);
  const firstLine = new Map<string, number | null>();
  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) throw new InputError(name, line, 'each entry must be a mapping with at least `file:`');
    const fields: Record<string, string | null> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const at = lineOf(pair.key as Node) ?? line;
      if (!KEYS.has(key)) throw new InputError(name, at, `unknown key \`${key}\` (allowed: ${[...KEYS].join(', ')})`);
      const value = isScalar(pair.value) ? pair.value.value : pair.value === null ? null : undefined;
      if (value === undefined || (value !== null && typeof value !== 'string' && typeof value !== 'number')) {
        throw new InputError(name, lineOf(pair.value as Node) ?? at, `\`${key}\` must be a single value`);
      }
      // Dates and pages such as 2023 or 3 read as numbers in YAML; they are text here. A YAML date type is never
      // produced (the core schema keeps 2023-04-24 a string).
      const textValue = value === null ? null : String(value).trim();
      fields[key] = textValue === '' ? null : textValue;
    }
    const file = fields.file;
    if (!file) throw new InputError(name, line, 'entry has no `file:`');
    if (!knownFiles.has(file)) throw new InputError(name, line, `\`${file}\` is not a source file in this folder`);
    if (firstLine.has(file)) throw new InputError(name, line, `\`${file}\` is listed twice (first on line ${firstLine.get(file)})`);
    firstLine.set(file, line);
    const date = fields.date ?? null;
    if (date !== null && !isCalendarDate(date)) throw new InputError(name, line, `date \`${date}\` of ${file} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    const url = fields.url ?? null;
    if (url !== null && !/^https?:\/\/[^\s/]+\S*$/u.test(url)) throw new InputError(name, line, `url \`${url}\` of ${file} is not an http(s) address`);
    out.set(file, { file, publication: fields.publication ?? null, date, page: fields.page ?? null, url });
  }
  return out;
}

/** The year of a manifest date (`2023-04-24` → 2023), for anchoring 今年/去年; null when the date is unknown. */
export function publishedYear(published: string | null): number | null {
  return published === null ? null : Number(published.slice(0, 4));
}
