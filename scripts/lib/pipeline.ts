/**
 * The whole ingest as one pure function: source files in, the generated collection files out (paths relative to the
 * output folder → file contents). No I/O here; `scripts/ingest.ts` reads and writes.
 */
import { decode } from './decode.ts';
import { clean } from './clean.ts';
import { splitStories } from './splitStories.ts';
import { SlugRegistry, titleSlug } from './slug.ts';
import { blocksToMarkdown, toMarkdownFile } from './writeMarkdown.ts';
import { InputError, type Story } from './types.ts';
import { schemas, type ArticleData } from '../../src/schemas.ts';

/** A source file as read from disk. */
export interface SourceFile {
  /** File name (no folder). */
  name: string;
  /** Raw bytes. */
  bytes: Uint8Array;
}

/** Something ingest noticed but could carry on past. */
export interface Warning {
  /** `file:line` where it was noticed. */
  at: string;
  /** What was noticed. */
  message: string;
}

/** What ingest produced. */
export interface IngestResult {
  /** Generated files: path relative to the output folder (`articles/<slug>.md`) → contents. */
  files: Map<string, string>;
  /** Entries per collection. */
  counts: Record<string, number>;
  /** Problems that did not stop the run. */
  warnings: Warning[];
}

/** A story with its slug, ready to write. */
export interface SluggedStory extends Story {
  /** Pinyin slug, unique across the corpus. */
  slug: string;
}

/** Reads, cleans and splits every source file (sorted by name) into slugged stories; throws `InputError`. */
export function readStories(sources: SourceFile[], warnings: Warning[]): SluggedStory[] {
  const slugs = new SlugRegistry();
  const seenBodies = new Map<string, string>();
  const out: SluggedStory[] = [];
  for (const source of [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const { text } = decode(source.bytes, source.name);
    const stories = splitStories(clean(text), source.name);
    if (stories.length === 0) throw new InputError(source.name, 1, 'no story found: the file has no paragraph of running text');
    for (const story of stories) {
      const key = story.blocks.map((b) => b.text).join('\n').replace(/\s+/gu, '');
      const earlier = seenBodies.get(key);
      if (earlier !== undefined) {
        warnings.push({ at: `${source.name}:${story.line}`, message: `same story as ${earlier}; skipped` });
        continue;
      }
      seenBodies.set(key, `${source.name}:${story.line}`);
      out.push({ ...story, slug: slugs.claim(titleSlug(story.title)) });
    }
  }
  return out;
}

/** The frontmatter of a story, before extraction links it to other collections. */
export function articleData(story: SluggedStory): ArticleData {
  return {
    title: story.title,
    titleGenerated: story.titleGenerated,
    kicker: story.kicker,
    subtitle: story.subtitle,
    column: story.column,
    source: story.source,
    storyIndex: story.index,
    sourceLine: story.line,
    bylines: story.credits.map((c) => c.name),
    credits: story.credits,
    dateline: story.dateline,
    year: story.year,
    summary: firstSentence(story),
    captions: story.captions,
    districts: [],
    officials: [],
    initiatives: [],
    metrics: [],
  };
}

function firstSentence(story: Story): string {
  const first = story.blocks.find((b) => b.type === 'paragraph')?.text ?? '';
  const m = /^[^。！？!?]*[。！？!?]+[”’」』]?/u.exec(first);
  return (m?.[0] ?? first).trim();
}

/** Validates a record with its collection's schema; a failure names the source file, line and field. */
export function validate<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, file: string, line: number | null): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputError(file, line, `invalid ${issue.path.map(String).join('.') || 'record'}: ${issue.message}`);
}

/** Runs the whole ingest over `sources`. */
export function runIngest(sources: SourceFile[]): IngestResult {
  const warnings: Warning[] = [];
  const stories = readStories(sources, warnings);
  const files = new Map<string, string>();
  for (const story of stories) {
    const data = validate(schemas.articles, articleData(story), story.source, story.line);
    files.set(`articles/${story.slug}.md`, toMarkdownFile(data, blocksToMarkdown(story.blocks)));
  }
  return { files, counts: { stories: stories.length }, warnings };
}
