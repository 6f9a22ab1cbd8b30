/**
 * rehype plugin: in each story, links the names of its places, officials and initiatives to their pages and
 * marks every figure where it is printed, as `<mark class="fig" id="fig-<id>">` inside a
 * `<span class="fig-sentence">` holding its sentence, so `/articles/<slug>/#fig-<id>` lands on it.
 * Placement is decided by `annotateText` (src/utils/annotate.ts); this file only reads the index and edits the tree.
 * The ids of the figures it marked are left in the rendered frontmatter as `figureAnchors`.
 */
import { districtPath, figureAnchorId, figurePath, initiativePath, officialPath } from '../core/routes.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { unescapeMarkdown } from '../core/markdown.ts';
import {
  annotateText,
  figureIdsIn,
  sentenceAround,
  urlLength,
  type Annotation,
  type EntityAnnotation,
  type FigureAnnotation,
  type InlineSegment,
  type Segment,
} from '../utils/annotate.ts';
import { entryIdFromPath } from '../core/entryId.ts';
import { loadContentIndex, type ContentIndex } from './contentIndex.ts';

/** Options of `rehypeAnnotate`. */
export interface RehypeAnnotateOptions {
  /** Folder holding the collections (`content/`); read once per process and digest, when the first story is annotated. */
  contentDir?: string;
  /** The collections already read; tests pass this instead of `contentDir`. */
  index?: ContentIndex;
  /** `contentDigest(contentDir)`: makes Astro's config digest change with the collections, and keys the index read here. */
  digest?: string;
}

/** Frontmatter keys of a story that list what it names. */
interface StoryLinks {
  districts?: unknown;
  officials?: unknown;
  initiatives?: unknown;
  metrics?: unknown;
}

/** Elements whose text is annotated; headings get figure marks but no links. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = /^h[1-6]$/u;
/** Bare place names this short (`槐荫`, `市中`) also occur inside ordinary words (`城市中心`), so they are not linked. */
const MIN_PLACE_NAME = 3;
/** Programme names this short (`三强`, `六进`, `342`) are linked only where printed in quotation marks. */
const MAX_QUOTED_ONLY = 3;

const slugs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const hanCount = (name: string): number => [...name].filter((ch) => /\p{Script=Han}/u.test(ch)).length;

/** The names a story may link: the places, officials and initiatives its frontmatter lists. */
export function entityAnnotations(index: ContentIndex, links: StoryLinks): EntityAnnotation[] {
  const out: EntityAnnotation[] = [];
  for (const slug of slugs(links.districts)) {
    const place = index.districts.get(slug);
    if (!place) continue;
    const names = [place.name, ...place.aliases].filter((name) => [...name].length >= MIN_PLACE_NAME);
    if (names.length > 0) out.push({ kind: 'entity', key: `districts/${slug}`, names, href: districtPath(slug) });
  }
  for (const slug of slugs(links.officials)) {
    const name = index.officials.get(slug);
    if (name) out.push({ kind: 'entity', key: `officials/${slug}`, names: [name], href: officialPath(slug) });
  }
  for (const slug of slugs(links.initiatives)) {
    const name = index.initiatives.get(slug);
    if (!name) continue;
    const quotedOnly = [...name].length <= MAX_QUOTED_ONLY || hanCount(name) === 0;
    out.push({ kind: 'entity', key: `initiatives/${slug}`, names: [name], href: initiativePath(slug), quotedOnly });
  }
  return out;
}

const byArticle = new WeakMap<ContentIndex, Map<string, string[]>>();

/** The figure ids of each story, in index order: grouped once per index, so each story looks up its own, not every figure. */
function figuresByArticle(index: ContentIndex): Map<string, string[]> {
  let map = byArticle.get(index);
  if (!map) {
    map = new Map();
    for (const [id, figure] of index.metrics) {
      const list = map.get(figure.article);
      if (list) list.push(id);
      else map.set(figure.article, [id]);
    }
    byArticle.set(index, map);
  }
  return map;
}

/** The story's figures, in the order its frontmatter lists them (printed order), then any others pointing at it. */
export function storyFigures(index: ContentIndex, article: string, links: StoryLinks): FigureAnnotation[] {
  const ids = [...slugs(links.metrics)];
  const listed = new Set(ids);
  for (const id of figuresByArticle(index).get(article) ?? []) if (!listed.has(id)) ids.push(id);
  return ids.flatMap((id) => {
    const figure = index.metrics.get(id);
    return figure ? [{ kind: 'figure' as const, id, quote: figure.quote, text: figure.text, href: figurePath(id) }] : [];
  });
}

function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');
}

/** The block elements of the tree whose text gets annotated, in document order. */
function collectBlocks(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (BLOCKS.has(child.tagName)) out.push(child);
    else collectBlocks(child, out);
  }
  return out;
}

/**
 * Decides which block each figure is annotated in: the first holding its quote (as stored, or with Markdown
 * escapes undone); failing that, the first holding the figure's printed form, with the sentence around it.
 */
function assignFigures(texts: readonly string[], figures: readonly FigureAnnotation[]): Map<number, FigureAnnotation[]> {
  const byBlock = new Map<number, FigureAnnotation[]>();
  const add = (block: number, figure: FigureAnnotation) => byBlock.set(block, [...(byBlock.get(block) ?? []), figure]);
  for (const figure of figures) {
    const variants: FigureAnnotation[] = [figure, { ...figure, quote: unescapeMarkdown(figure.quote), text: unescapeMarkdown(figure.text) }];
    const exact = variants
      .map((variant) => ({ variant, block: texts.findIndex((text) => text.includes(variant.quote) && variant.quote.includes(variant.text)) }))
      .find(({ block }) => block !== -1);
    if (exact) {
      add(exact.block, exact.variant);
      continue;
    }
    const loose = variants.map((variant) => ({ variant, block: texts.findIndex((text) => text.includes(variant.text)) })).find(({ block }) => block !== -1);
    if (!loose) continue;
    const text = texts[loose.block] ?? '';
    const at = text.indexOf(loose.variant.text);
    add(loose.block, { ...loose.variant, quote: sentenceAround(text, at, at + loose.variant.text.length) });
  }
  return byBlock;
}

function inlineNode(segment: InlineSegment): ElementContent {
  switch (segment.type) {
    case 'text':
      return { type: 'text', value: segment.text };
    case 'link':
      return {
        type: 'element',
        tagName: 'a',
        properties: { href: segment.href, className: ['ent', `ent--${segment.key.split('/')[0]}`] },
        children: [{ type: 'text', value: segment.text }],
      };
    case 'figure': {
      const text: ElementContent = { type: 'text', value: segment.text };
      const inner: ElementContent = segment.href
        ? { type: 'element', tagName: 'a', properties: { href: segment.href, className: ['fig__link'] }, children: [text] }
        : text;
      return { type: 'element', tagName: 'mark', properties: { className: ['fig'], id: figureAnchorId(segment.id) }, children: [inner] };
    }
  }
}

/** HAST for the segments of one paragraph. */
export function segmentsToHast(segments: readonly Segment[]): ElementContent[] {
  return segments.map((segment) =>
    segment.type === 'sentence'
      ? {
          type: 'element',
          tagName: 'span',
          properties: { className: ['fig-sentence'], dataFigures: segment.ids.join(' ') },
          children: segment.children.map(inlineNode),
        }
      : inlineNode(segment),
  );
}

/** The story's slug when `file` is a story under `<contentDir>/articles/`, else null. */
function storySlug(file: VFile, contentDir: string | undefined): string | null {
  const filePath = file.path ? (file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path) : '';
  if (!filePath) return null;
  // Stories may sit in sub-folders of `articles/` (entry ids are file names either way).
  const parts = (contentDir ? path.relative(contentDir, filePath) : filePath).split(/[\\/]/u);
  const inStories = contentDir ? parts[0] === 'articles' : parts.slice(0, -1).includes('articles');
  return inStories ? entryIdFromPath(filePath) : null;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The URL a bare-URL link was made from (its text), or null when the link's text is not its address. */
function autolinkText(node: Element): string | null {
  if (node.tagName !== 'a' || node.children.length !== 1 || node.children[0]!.type !== 'text') return null;
  const text = node.children[0]!.value;
  let href: string;
  try {
    href = decodeURI(String(node.properties.href ?? ''));
  } catch {
    return null;
  }
  return href === text || href === `http://${text}` || href === `mailto:${text}` ? text : null;
}

/**
 * Ends each bare-URL link of a block where its URL ends in Chinese text (`…/col/一览表。` links only `…/col/`): the
 * rest goes back into the running text, where names and figures can be annotated.
 */
export function trimBareUrls(block: Element): void {
  const children: ElementContent[] = [];
  for (const child of block.children) {
    const text = child.type === 'element' ? autolinkText(child) : null;
    const cut = text === null ? -1 : urlLength(text);
    if (child.type !== 'element' || text === null || cut >= text.length || cut <= 0) {
      children.push(child);
      continue;
    }
    const url = text.slice(0, cut);
    const prefix =
      String(child.properties.href).startsWith('http://') && !text.startsWith('http')
        ? 'http://'
        : String(child.properties.href).startsWith('mailto:')
          ? 'mailto:'
          : '';
    children.push({ ...child, properties: { ...child.properties, href: encodeURI(`${prefix}${url}`) }, children: [{ type: 'text', value: url }] });
    children.push({ type: 'text', value: text.slice(cut) });
  }
  // Adjacent text runs join again, so a sentence is one run wherever the link no longer cuts it.
  block.children = children.reduce<ElementContent[]>((out, child) => {
    const last = out.at(-1);
    if (last?.type === 'text' && child.type === 'text') last.value += child.value;
    else out.push(child);
    return out;
  }, []);
}

/** Annotates one story's tree with the given index; returns the ids of the figures it marked. */
export function annotateTree(tree: Root, index: ContentIndex, article: string, links: StoryLinks): string[] {
  const blocks = collectBlocks(tree);
  for (const block of blocks) trimBareUrls(block);
  const texts = blocks.map(textOf);
  const entities = entityAnnotations(index, links);
  const figuresByBlock = assignFigures(texts, storyFigures(index, article, links));
  const placed: string[] = [];
  blocks.forEach((block, i) => {
    const figures = figuresByBlock.get(i) ?? [];
    const annotations: Annotation[] = [...(HEADINGS.test(block.tagName) ? [] : entities), ...figures];
    if (annotations.length === 0) return;
    if (block.children.every((child) => child.type === 'text')) {
      const segments = annotateText(texts[i] ?? '', annotations);
      placed.push(...figureIdsIn(segments));
      block.children = segmentsToHast(segments);
      return;
    }
    // Inline markup (emphasis, code) splits the text: each plain run is annotated on its own, nested elements
    // are left alone, and an entity or figure already placed in an earlier run is not placed again.
    const linked = new Set<string>();
    block.children = block.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'text') return [child];
      const pending = annotations.filter((a) => (a.kind === 'entity' ? !linked.has(a.key) : !placed.includes(a.id)));
      const segments = annotateText(child.value, pending);
      placed.push(...figureIdsIn(segments));
      for (const key of linkKeysIn(segments)) linked.add(key);
      return segmentsToHast(segments);
    });
    // A figure whose sentence is cut by inline markup (a link to a web address) is marked in the run that prints it,
    // with that run's part of the sentence: its #fig- anchor must exist.
    for (const figure of figures.filter((f) => !placed.includes(f.id))) {
      const at = block.children.findIndex((child) => child.type === 'text' && child.value.includes(figure.text));
      if (at === -1) continue;
      const run = (block.children[at] as { value: string }).value;
      const start = run.indexOf(figure.text);
      const segments = annotateText(run, [{ ...figure, quote: sentenceAround(run, start, start + figure.text.length) }]);
      placed.push(...figureIdsIn(segments));
      block.children.splice(at, 1, ...segmentsToHast(segments));
    }
  });
  return placed;
}

function linkKeysIn(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) => (segment.type === 'link' ? [segment.key] : segment.type === 'sentence' ? linkKeysIn(segment.children) : []));
}

const loaded = new Map<string, ContentIndex>();

/**
 * The collections under `contentDir`, read once per process and content digest. Astro builds the Markdown processor
 * many times in one build: once per collection, and for each of the up to ten entries its glob loader reads at once
 * while the first processor is still being made; each build used to read every place, name and figure again.
 */
function indexFor(contentDir: string, digest = ''): ContentIndex {
  const key = `${contentDir}\0${digest}`;
  let index = loaded.get(key);
  if (!index) {
    index = loadContentIndex(contentDir);
    loaded.set(key, index);
  }
  return index;
}

/** The rehype plugin; register it in the Markdown processor's `rehypePlugins`. */
export default function rehypeAnnotate(options: RehypeAnnotateOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const article = storySlug(file, options.contentDir);
    if (!article) return;
    // Read when the first story is annotated: the other collections' Markdown never needs it.
    const index = options.index ?? (options.contentDir ? indexFor(options.contentDir, options.digest) : null);
    if (!index) return;
    const data = file.data as AstroData;
    const frontmatter = data.astro?.frontmatter ?? {};
    const placed = annotateTree(tree, index, article, frontmatter as StoryLinks);
    const expected = storyFigures(index, article, frontmatter as StoryLinks).map((f) => f.id);
    const missing = expected.filter((id) => !placed.includes(id));
    if (missing.length > 0) console.warn(`[annotate] ${article}: figure not found in the text: ${missing.join(', ')}`);
    data.astro = { ...data.astro, frontmatter: { ...frontmatter, figureAnchors: placed } };
  };
}
