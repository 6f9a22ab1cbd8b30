/**
 * The whole ingest as one pure function: source files in, the generated collection files out (paths relative to the
 * output folder → file contents). No I/O here; `scripts/ingest/cli.ts` reads and writes.
 */
import { sourceStories } from './read/sourceStories.ts';
import { SlugRegistry, titleSlug } from './resolve/slug.ts';
import { blockOffsets, blocksToMarkdown, escapeMarkdown, toMarkdownFile } from './write/writeMarkdown.ts';
import { storyText } from '../../src/core/markdown.ts';
import { extractStory, type StoryDating, type StoryExtraction } from './extract/extract.ts';
import { pageYearsOf } from './extract/anchorYear.ts';
import { reviewFigures } from './review/review.ts';
import { buildEntities } from './resolve/entities.ts';
import { jinanGazetteer, type Gazetteer } from './extract/gazetteer.ts';
import { emptyCorrections, type LoadedCorrections } from './resolve/corrections.ts';
import { planCharts, chartToMarkdown, parseSlugRegistry, slugRegistryText, SLUG_REGISTRY_FILE, type ChartPlan } from './charts/proposeCharts.ts';
import { checkHandMadeChart } from './review/reviewCharts.ts';
import type { EntityReviewInput } from './review/reviewEntities.ts';
import { InputError, type SluggedStory, type SourceFile, type Story, type StoryMention, type Warning } from './types.ts';
import { articleSourceFields, NO_SOURCE_FIELDS, type ArticleSourceFields, type SourceManifestEntry } from './read/sourcesManifest.ts';

export type { SluggedStory, SourceFile, Warning } from './types.ts';
import { schemas, type ArticleData, type ChartData, type MentionData } from '../../src/schemas.ts';
import { splitSentences } from '../../src/core/sentences.ts';
import { parseFrontmatter } from '../../src/core/frontmatter.ts';

/** What ingest produced. */
export interface IngestResult {
  /** Generated files: path relative to the output folder (`articles/<slug>.md`) → contents. */
  files: Map<string, string>;
  /** Entries per collection. */
  counts: Record<string, number>;
  /** Problems that did not stop the run. */
  warnings: Warning[];
  /** What the chart proposer decided (charts, dropped candidates with the rule broken, figures without a frame), for the review. */
  chartPlan: ChartPlan;
  /** What a journalist should check, each a ready-to-paste `corrections.yaml` line (see `reviewFigures`). */
  review: string[];
  /** People, programmes and listed places for the end-of-run review (`reviewEntities`). */
  entities: EntityReviewInput;
}

/** Source files in the order ingest reads them: by name. */
export function sortedSources<T extends { name: string }>(sources: readonly T[]): T[] {
  return [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Reads, cleans and splits every source file (sorted by name) into slugged stories; throws `InputError`. */
export function readStories(sources: SourceFile[], warnings: Warning[]): SluggedStory[] {
  return slugStories(
    sortedSources(sources).map((source) => sourceStories(source)),
    warnings,
  );
}

/**
 * Gives every story its slug, file by file in the order read (`storiesByFile`: each file's stories), and skips a
 * story printed before in the same words (with a warning naming both places).
 */
export function slugStories(storiesByFile: readonly (readonly Story[])[], warnings: Warning[]): SluggedStory[] {
  const slugs = new SlugRegistry();
  const seenBodies = new Map<string, string>();
  const out: SluggedStory[] = [];
  for (const stories of storiesByFile) {
    for (const story of stories) {
      const key = story.blocks
        .map((b) => b.text)
        .join('\n')
        .replace(/\s+/gu, '');
      const earlier = seenBodies.get(key);
      if (earlier !== undefined) {
        warnings.push({ at: `${story.source}:${story.line}`, message: `same story as ${earlier}; skipped` });
        continue;
      }
      seenBodies.set(key, `${story.source}:${story.line}`);
      out.push({ ...story, slug: slugs.claim(titleSlug(story.title)) });
    }
  }
  return out;
}

/** The frontmatter of a story, before extraction links it to other collections; `source` is what the sources
 * manifest says of its file (all null when it says nothing). */
export function articleData(story: SluggedStory, source: ArticleSourceFields = NO_SOURCE_FIELDS): ArticleData {
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
    published: source.published,
    publication: source.publication,
    page: source.page,
    url: source.url,
    summary: firstSentence(story),
    captions: story.captions,
    districts: [],
    officials: [],
    initiatives: [],
    metrics: [],
    mentions: [],
  };
}

/** The first sentence of a story's first paragraph. */
function firstSentence(story: Story): string {
  const first = story.blocks.find((b) => b.type === 'paragraph')?.text ?? '';
  return splitSentences(first)[0] ?? '';
}

/**
 * A story's mentions as offsets into the text a reader sees (`storyText` of its written body). Each is checked there
 * before anything is written: a name or figure that does not read back exactly at its offsets stops the run.
 */
export function mentionsInBody(story: Story, body: string, mentions: readonly StoryMention[]): MentionData[] {
  const text = storyText(body);
  const offsets = blockOffsets(story.blocks);
  return mentions.map((m) => {
    const start = (offsets[m.paragraph] ?? Number.NaN) + m.start;
    const end = start + (m.end - m.start);
    if (text.slice(start, end) !== m.text || m.text === '')
      throw new InputError(
        story.source,
        story.blocks[m.paragraph]?.line ?? story.line,
        `${m.kind} ${m.text}: not printed at ${start}–${end} of the written story`,
      );
    return { kind: m.kind, ref: m.ref, start, end };
  });
}

/** Validates a record with its collection's schema; a failure names the source file, line and field. */
export function validate<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
  file: string,
  line: number | null,
): T {
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
  /** The chart files already in the output folder (`charts/<slug>.md` → text): published slugs stay put, and a
   * chart marked `handMade: true` is kept exactly as the journalist wrote it. */
  charts?: Map<string, string>;
  /** The sources manifest (`sources.yaml`), by file name: newspaper, date, page and url of each source; the date
   * also anchors a story's `今年`/`一季度`. */
  manifest?: ReadonlyMap<string, SourceManifestEntry>;
}

/** A chart file already published, read back. */
interface PublishedChart {
  id: string;
  data: ChartData;
  text: string;
}

/** Reads the published chart files; a hand-made one that does not parse is an error naming its file. */
function readPublishedCharts(files: Map<string, string>): PublishedChart[] {
  const out: PublishedChart[] = [];
  for (const [name, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!name.endsWith('.md')) continue;
    const id = name.replace(/\.md$/u, '');
    let raw: unknown = null;
    try {
      raw = parseFrontmatter(text)?.data ?? null;
    } catch {
      raw = null;
    }
    const handMade = typeof raw === 'object' && raw !== null && (raw as { handMade?: unknown }).handMade === true;
    const parsed = schemas.charts.safeParse(raw);
    if (!parsed.success) {
      // A generated chart that no longer parses is simply replaced; a journalist's chart must be fixed by hand.
      if (handMade)
        throw new InputError(`charts/${name}`, 1, `hand-made chart is invalid: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
      continue;
    }
    out.push({ id, data: parsed.data, text });
  }
  return out;
}

const quoteBlock = (text: string): string => `> ${escapeMarkdown(text)}`;

/** Runs the whole ingest over `sources`: read, extract, merge and link, validate, and render every file. */
export function runIngest(sources: SourceFile[], options: IngestOptions = {}): IngestResult {
  const warnings: Warning[] = [];
  const gazetteer = options.gazetteer ?? jinanGazetteer();
  const stories = readStories(sources, warnings);
  const dating = storyDatings(stories, options.manifest ?? new Map());
  const extractions = stories.map((story, i) => extractStory(story, gazetteer, dating[i]));
  return linkAndWrite(stories, extractions, warnings, options);
}

/** How each of `stories` is dated from outside its text: its file's printed date (the manifest's) and page year. */
export function storyDatings(stories: readonly Story[], manifest: ReadonlyMap<string, SourceManifestEntry>): StoryDating[] {
  const pageYears = pageYearsOf(stories);
  return stories.map((story) => ({ published: articleSourceFields(manifest, story.source).published, pageYear: pageYears.get(story.source) ?? null }));
}

/**
 * The rest of the ingest once every story is read and extracted (`extractions[i]` is `stories[i]`'s): merge and
 * link, validate, propose charts, and render every file. `warnings` holds the reading's warnings and gains the rest.
 */
export function linkAndWrite(stories: SluggedStory[], extractions: StoryExtraction[], warnings: Warning[], options: IngestOptions = {}): IngestResult {
  const gazetteer = options.gazetteer ?? jinanGazetteer();
  const corrections = options.corrections ?? emptyCorrections();
  const manifest = options.manifest ?? new Map();
  const corpus = buildEntities(extractions, gazetteer, corrections, warnings);
  const files = new Map<string, string>();
  const storyBySlug = new Map(stories.map((s) => [s.slug, s]));

  for (const story of stories) {
    const links = corpus.articleLinks.get(story.slug)!;
    const body = blocksToMarkdown(story.blocks);
    const mentions = mentionsInBody(story, body, corpus.mentions.get(story.slug) ?? []);
    const data = validate(
      schemas.articles,
      { ...articleData(story, articleSourceFields(manifest, story.source)), ...links, mentions },
      story.source,
      story.line,
    );
    files.set(`articles/${story.slug}.md`, toMarkdownFile(data, body));
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
  // The verbatim check looks in the figure's own paragraph (linear in the story), and falls back on the whole story's
  // text, joined once per story: rebuilding it for every figure made one long story quadratic.
  const joined = new Map<string, string>();
  const storyText = (story: SluggedStory): string => {
    let text = joined.get(story.slug);
    if (text === undefined) joined.set(story.slug, (text = story.blocks.map((b) => b.text).join('\n')));
    return text;
  };
  for (const [id, { data }] of corpus.metrics) {
    const story = storyBySlug.get(data.article);
    const valid = validate(schemas.metrics, data, ...where(data.article));
    const block = story?.blocks[corpus.positions.get(id)?.block ?? -1];
    const verbatim = story !== undefined && (block?.text.includes(valid.quote) === true || storyText(story).includes(valid.quote));
    if (!verbatim) throw new InputError(story?.source ?? data.article, story?.line ?? null, `figure ${valid.text}: its sentence is not verbatim in the story`);
    files.set(`metrics/${id}.md`, toMarkdownFile(valid, quoteBlock(valid.quote)));
  }
  const published = readPublishedCharts(options.charts ?? new Map());
  // Slugs of charts published before, even of charts that no longer exist, so a surviving chart gets its slug back.
  const onDisk = new Set(published.map((p) => p.id));
  const registered = parseSlugRegistry(options.charts?.get(SLUG_REGISTRY_FILE) ?? '').filter((p) => !onDisk.has(p.id));
  const plan = planCharts({
    metrics: [...corpus.metrics].map(([id, { data }]) => ({ id, data })),
    articles: stories.map((s) => {
      const { publication, published, page } = articleSourceFields(manifest, s.source);
      return {
        slug: s.slug,
        title: s.title,
        source: s.source,
        storyIndex: s.index,
        paragraphs: s.blocks.map((b) => b.text),
        printed: { publication, published, page },
      };
    }),
    districts: [...corpus.districts].map(([slug, { data }]) => ({ slug, name: data.name, aliases: data.aliases })),
    initiatives: [...corpus.initiatives].map(([slug, { data }]) => ({ slug, data })),
    previous: [...published.map(({ id, data }) => ({ id, data })), ...registered],
  });
  const charts = plan.charts;
  files.set(`charts/${SLUG_REGISTRY_FILE}`, slugRegistryText([...registered, ...published.map(({ id, data }) => ({ id, data }))], charts));
  for (const c of charts)
    files.set(`charts/${c.id}.md`, chartToMarkdown({ id: c.id, data: validate(schemas.charts, c.data, ...where(c.data.articles[0] ?? '')) }));
  // Hand-made charts are kept byte for byte; each must still point at figures and programmes that exist.
  for (const chart of published.filter((p) => p.data.handMade)) {
    const missing = [...chart.data.metrics.filter((id) => !corpus.metrics.has(id)), ...chart.data.initiatives.filter((id) => !corpus.initiatives.has(id))];
    if (missing.length > 0)
      throw new InputError(`charts/${chart.id}.md`, 1, `hand-made chart refers to ${missing.join(', ')}, which ingest no longer finds; fix the chart by hand`);
    // A journalist's chart passes the same comparability rules as a proposed one.
    const broken = checkHandMadeChart(chart.data, (id) => corpus.metrics.get(id)?.data);
    if (broken) throw new InputError(`charts/${chart.id}.md`, 1, `hand-made chart ${broken}; fix or drop the chart`);
    files.set(`charts/${chart.id}.md`, chart.text);
  }
  return {
    files,
    counts: {
      stories: stories.length,
      officials: corpus.officials.size,
      districts: corpus.districts.size,
      initiatives: corpus.initiatives.size,
      figures: corpus.metrics.size,
      charts: charts.length + published.filter((p) => p.data.handMade).length,
    },
    warnings,
    chartPlan: plan,
    review: reviewFigures([...corpus.metrics].map(([id, { data }]) => ({ data, placeGuessed: corpus.guessedPlaces.has(id) }))),
    entities: {
      officials: [...corpus.officials.values()].map(({ data }) => ({
        name: data.name,
        titles: data.titles,
        category: data.category,
        corrected: corrections.corrections.officials.category.some((c) => c.name === data.name),
      })),
      initiatives: [...corpus.initiatives.values()].map(({ data }) => ({ name: data.name, aliases: data.aliases })),
      listedPlaces: extractions.flatMap((ex) => [
        ...new Map(
          ex.places
            .flat()
            .filter((m) => m.via === 'list')
            .map((m) => [m.text, { article: ex.story.slug, printed: m.text, name: m.place.name }]),
        ).values(),
      ]),
    },
  };
}
