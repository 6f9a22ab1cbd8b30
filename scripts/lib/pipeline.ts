/**
 * The whole ingest as one pure function: source files in, the generated collection files out (paths relative to the
 * output folder → file contents). No I/O here; `scripts/ingest.ts` reads and writes.
 */
import { decode } from './decode.ts';
import { clean } from './clean.ts';
import { splitStories } from './splitStories.ts';
import { SlugRegistry, titleSlug } from './slug.ts';
import { blocksToMarkdown, escapeMarkdown, toMarkdownFile } from './writeMarkdown.ts';
import { extractStory } from './extract.ts';
import { resolve } from './resolve.ts';
import { jinanGazetteer, type Gazetteer } from './gazetteer.ts';
import { emptyCorrections, type LoadedCorrections } from './corrections.ts';
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

/** Options of a run. */
export interface IngestOptions {
  /** Hand corrections to apply (none by default). */
  corrections?: LoadedCorrections;
  /** The gazetteer (the Jinan one by default; tests pass a small one). */
  gazetteer?: Gazetteer;
}

const quoteBlock = (text: string): string => `> ${escapeMarkdown(text)}`;

/** Runs the whole ingest over `sources`: read, extract, resolve, validate, and render every file. */
export function runIngest(sources: SourceFile[], options: IngestOptions = {}): IngestResult {
  const warnings: Warning[] = [];
  const gazetteer = options.gazetteer ?? jinanGazetteer();
  const corrections = options.corrections ?? emptyCorrections();
  const stories = readStories(sources, warnings);
  const extractions = stories.map((story) => extractStory(story, gazetteer));
  const corpus = resolve(extractions, gazetteer, corrections, warnings);
  const files = new Map<string, string>();
  const storyBySlug = new Map(stories.map((s) => [s.slug, s]));

  for (const story of stories) {
    const links = corpus.articleLinks.get(story.slug)!;
    const data = validate(schemas.articles, { ...articleData(story), ...links }, story.source, story.line);
    files.set(`articles/${story.slug}.md`, toMarkdownFile(data, blocksToMarkdown(story.blocks)));
  }
  const where = (article: string): [string, number] => {
    const story = storyBySlug.get(article);
    return story ? [story.source, story.line] : [article, 1];
  };
  for (const [slug, { data }] of corpus.officials) {
    const valid = validate(schemas.officials, data, ...where(data.articles[0] ?? ''));
    files.set(`officials/${slug}.md`, toMarkdownFile(valid, valid.quotes.map((q) => quoteBlock(`“${q.text}”`)).join('\n\n')));
  }
  for (const [slug, { data }] of corpus.districts) {
    files.set(`districts/${slug}.md`, toMarkdownFile(validate(schemas.districts, data, ...where(data.articles[0] ?? '')), ''));
  }
  for (const [slug, { data }] of corpus.initiatives) {
    const valid = validate(schemas.initiatives, data, ...where(data.articles[0] ?? ''));
    files.set(`initiatives/${slug}.md`, toMarkdownFile(valid, valid.descriptions.map((x) => escapeMarkdown(x.text)).join('\n\n')));
  }
  for (const [id, { data }] of corpus.metrics) {
    const story = storyBySlug.get(data.article);
    const valid = validate(schemas.metrics, data, ...where(data.article));
    const body = story?.blocks.map((b) => b.text).join('\n') ?? '';
    if (!body.includes(valid.quote)) throw new InputError(story?.source ?? data.article, story?.line ?? null, `figure ${valid.text}: its sentence is not verbatim in the story`);
    files.set(`metrics/${id}.md`, toMarkdownFile(valid, quoteBlock(valid.quote)));
  }
  return {
    files,
    counts: {
      stories: stories.length,
      officials: corpus.officials.size,
      districts: corpus.districts.size,
      initiatives: corpus.initiatives.size,
      figures: corpus.metrics.size,
    },
    warnings,
  };
}
