/**
 * The build's integrity check over `content/`: every collection folder is there, every file's frontmatter passes
 * its collection's schema, and every reference names an entry that exists. Astro only logs an invalid reference and
 * publishes the site anyway; the build calls this first (astro.config.mjs) so broken data fails it, naming the file.
 * It also finishes a swap an interrupted ingest left (swap.ts), under the ingest lock, before anything reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'astro/zod';
import { COLLECTIONS, makeSchemas, slugSchema, type CollectionName } from '../../../src/schemas.ts';
import { entryIdFromPath } from '../../../src/core/entryId.ts';
import { parseYaml } from '../../../src/core/frontmatter.ts';
import { acquireLock, JOURNAL_NAME, recover, releaseLock } from './swap.ts';
import { isProcessAlive, nodeOutputFs } from './outputFs.ts';
import { InputError } from '../types.ts';

/**
 * Finishes a swap an interrupted ingest left in `contentDir` (under the ingest lock), so nothing reads a folder that
 * is half old and half new; returns a notice of what it did, or null. Cheap when there is no journal.
 */
export function finishInterruptedIngest(contentDir: string, shown = 'content'): string | null {
  if (!existsSync(join(contentDir, JOURNAL_NAME))) return null;
  const me = { pid: process.pid, started: new Date().toISOString() };
  const lock = acquireLock(nodeOutputFs, contentDir, me, isProcessAlive);
  if (!lock.ok) throw new InputError(shown, null, lock.message);
  try {
    return recover(nodeOutputFs, contentDir);
  } finally {
    releaseLock(nodeOutputFs, contentDir, me);
  }
}

/** A reference met while validating one file. */
interface Reference {
  collection: CollectionName;
  id: string;
}

/** Lists `.md` files under `dir`, relative, sorted. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/**
 * Checks `contentDir` (`shown` names it in messages); throws `InputError` naming the first broken file and line.
 * Returns a notice when it finished an interrupted ingest, else null. `onParsed` receives each valid file's parsed
 * frontmatter (the build gives it to the story annotator, which would otherwise parse the same files again) and the
 * schema's output for it, links as slugs (the build starts its search index from those).
 */
export function checkContent(
  contentDir: string,
  shown = 'content',
  onParsed?: (collection: CollectionName, file: string, source: string, data: unknown, checked: unknown) => void,
): string | null {
  const notice = finishInterruptedIngest(contentDir, shown);
  // References are recorded while parsing (the schema's link type is a slug that notes itself) and checked once
  // every collection's ids are known.
  let refs: Reference[] = [];
  const schemas = makeSchemas((collection) => slugSchema.superRefine((id) => void refs.push({ collection, id })));
  const ids = new Map<CollectionName, Set<string>>();
  // Only what a broken reference's message needs is kept per file (its frontmatter is parsed again for the line):
  // holding every parsed document until the end cost more time in garbage collection than the parsing itself.
  const pending: { file: string; refs: Reference[]; yaml: string }[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir) || !statSync(dir).isDirectory())
      throw new InputError(`${shown}/${collection}/`, null, `the ${collection} collection is missing; run npm run ingest`);
    ids.set(collection, new Set());
    for (const name of markdownFiles(dir)) {
      const file = `${shown}/${collection}/${name}`;
      ids.get(collection)!.add(entryIdFromPath(name));
      const text = readFileSync(join(dir, name), 'utf8');
      const front = /^---\n([\s\S]*?\n)?---(?:\n|$)/u.exec(text);
      if (!front) throw new InputError(file, 1, 'no frontmatter (a --- block at the top)');
      const yaml = front[1] ?? '';
      let data: unknown;
      try {
        data = parseYaml(yaml);
      } catch (error) {
        throw yamlError(file, yaml, error);
      }
      refs = [];
      const parsed = (schemas[collection] as z.ZodType).safeParse(data ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const { doc: counted, counter } = withLines(yaml);
        throw new InputError(file, lineOf(counted, counter, issue.path), `invalid ${issue.path.map(String).join('.') || 'frontmatter'}: ${issue.message}`);
      }
      // The story annotator reads four of these collections again later in the build: the build hands them over.
      onParsed?.(collection, name, text, data, parsed.data);
      pending.push({ file, refs, yaml });
    }
  }
  for (const { file, refs: found, yaml } of pending) {
    const broken = found.find((r) => !ids.get(r.collection)!.has(r.id));
    if (broken) {
      const { doc, counter } = withLines(yaml);
      throw new InputError(file, lineOfValue(doc, counter, broken.id), `refers to ${broken.collection} entry ${broken.id}, which does not exist`);
    }
  }
  return notice;
}

/**
 * The error for frontmatter that does not parse: the `yaml` package's first error and line when it finds one (its
 * messages say more), else the fast parser's.
 */
function yamlError(file: string, yaml: string, thrown: unknown): InputError {
  const { doc } = withLines(yaml);
  const error = doc.errors[0];
  if (error) return new InputError(file, (error.linePos?.[0]?.line ?? 0) + 1, `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
  const mark = (thrown as { mark?: { line?: number } }).mark;
  const reason = (thrown as { reason?: string }).reason ?? (thrown instanceof Error ? thrown.message : String(thrown));
  // The file's line: the opening --- is line 1, the frontmatter's first line is line 2.
  return new InputError(file, (mark?.line ?? 0) + 2, `frontmatter is not valid YAML: ${reason.split('\n')[0]}`);
}

/** Frontmatter parsed again with line positions, for an error message. */
function withLines(yaml: string): { doc: ReturnType<typeof parseDocument>; counter: LineCounter } {
  const counter = new LineCounter();
  return { doc: parseDocument(yaml, { lineCounter: counter }), counter };
}

/** The frontmatter line of the field at `path` (1-based in the file: the opening --- is line 1). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(
      path.slice(0, n).map((p) => (typeof p === 'symbol' ? String(p) : p)),
      true,
    ) as Node | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line + 1;
  }
  return 1;
}

/** The frontmatter line where a scalar `value` first appears (for a broken reference). */
function lineOfValue(doc: ReturnType<typeof parseDocument>, counter: LineCounter, value: string): number {
  let line = 1;
  const find = (node: unknown): boolean => {
    if (node && typeof node === 'object' && 'items' in node) return (node as { items: unknown[] }).items.some((item) => find(item));
    if (node && typeof node === 'object' && 'value' in node && 'key' in node) return find((node as { value: unknown }).value);
    if (node && typeof node === 'object' && 'value' in node && (node as { value: unknown }).value === value && 'range' in node) {
      line = counter.linePos((node as { range: [number] }).range[0]).line + 1;
      return true;
    }
    return false;
  };
  find(doc.contents);
  return line;
}
