/**
 * rehype plugin: in each story, links the places, people and programmes ingest found to their pages and marks every
 * figure, each exactly where the story's `mentions` say it is printed: a figure as `<mark class="fig" id="fig-<id>">`
 * inside a `<span class="fig-sentence">` holding its sentence, so `/articles/<slug>/#fig-<id>` lands on it.
 * Placement is decided by `annotateText` (src/utils/annotate.ts); this file only maps the story's offsets onto the
 * tree's blocks and edits the tree. The ids of the figures it marked are left in the rendered frontmatter as
 * `figureAnchors`.
 */
import { districtPath, figureAnchorId, figurePath, initiativePath, officialPath } from '../core/routes.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { storyText } from '../core/markdown.ts';
import { mentionSchema, type MentionData } from '../schemas.ts';
import { annotateText, figureIdsIn, sentenceRange, urlLength, type Annotation, type InlineSegment, type Range, type Segment } from '../utils/annotate.ts';
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

/** Frontmatter keys of a story that say what it names and where. */
interface StoryLinks {
  metrics?: unknown;
  mentions?: unknown;
}

/** Elements whose text is annotated; headings get figure marks but no links. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = /^h[1-6]$/u;

const slugs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The mentions a story's frontmatter lists; an entry of another shape is skipped. */
export function storyMentions(value: unknown): MentionData[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = mentionSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Where each kind of named entry has its page. */
const ENTITY_PAGES = {
  place: { collection: 'districts', has: (index: ContentIndex, ref: string) => index.districts.has(ref), href: districtPath },
  official: { collection: 'officials', has: (index: ContentIndex, ref: string) => index.officials.has(ref), href: officialPath },
  initiative: { collection: 'initiatives', has: (index: ContentIndex, ref: string) => index.initiatives.has(ref), href: initiativePath },
} as const;

/** The occurrence of a figure's quote that holds the figure, else the sentence around it. */
function figureSentence(text: string, quote: string, start: number, end: number): Range {
  for (let at = quote === '' ? -1 : text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
    if (at <= start && end <= at + quote.length) return { start: at, end: at + quote.length };
  return sentenceRange(text, start, end);
}

/**
 * The annotations of the mentions printed inside one block, whose `text` starts at `offset` of the story's text:
 * offsets made local to the block. A mention not wholly inside the block, or of an entry with no page (a place
 * without one), is left out; `links` false (a subhead) keeps only the figures.
 */
export function blockAnnotations(index: ContentIndex, mentions: readonly MentionData[], offset: number, text: string, links = true): Annotation[] {
  const end = offset + text.length;
  return mentions.flatMap((m): Annotation[] => {
    if (m.start < offset || m.end > end) return [];
    const range = { start: m.start - offset, end: m.end - offset };
    if (m.kind === 'figure') {
      const figure = index.metrics.get(m.ref);
      return figure
        ? [{ kind: 'figure', id: m.ref, ...range, sentence: figureSentence(text, figure.quote, range.start, range.end), href: figurePath(m.ref) }]
        : [];
    }
    const page = ENTITY_PAGES[m.kind];
    return links && page.has(index, m.ref) ? [{ kind: 'entity', key: `${page.collection}/${m.ref}`, href: page.href(m.ref), ...range }] : [];
  });
}

/** The annotations inside `from`–`to` of a block, made local to that run; a figure's sentence is cut to the run. */
function runAnnotations(annotations: readonly Annotation[], from: number, to: number): Annotation[] {
  const local = (r: Range): Range => ({ start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from });
  return annotations.flatMap((a): Annotation[] => {
    if (a.start < from || a.end > to) return [];
    return [a.kind === 'figure' ? { ...a, ...local(a), sentence: local(a.sentence) } : { ...a, ...local(a) }];
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

/**
 * Annotates one story's tree with the given index; `body` is the story's Markdown, whose `storyText` the mentions'
 * offsets index. Each block is found in that text in order; returns the ids of the figures it marked.
 */
export function annotateTree(tree: Root, index: ContentIndex, links: StoryLinks, body: string): string[] {
  const blocks = collectBlocks(tree);
  for (const block of blocks) trimBareUrls(block);
  const story = storyText(body);
  // In reading order, so each block takes the next run of mentions: a long story stays linear.
  const mentions = storyMentions(links.mentions).sort((a, b) => a.start - b.start || a.end - b.end);
  const placed: string[] = [];
  let cursor = 0;
  let next = 0;
  for (const block of blocks) {
    const text = textOf(block);
    const offset = text === '' ? -1 : story.indexOf(text, cursor);
    if (offset === -1) continue;
    cursor = offset + text.length;
    while (next < mentions.length && mentions[next]!.start < offset) next += 1;
    let last = next;
    while (last < mentions.length && mentions[last]!.start < cursor) last += 1;
    const annotations = blockAnnotations(index, mentions.slice(next, last), offset, text, !HEADINGS.test(block.tagName));
    next = last;
    if (annotations.length === 0) continue;
    // Inline markup (a web address's link, emphasis) splits the text: each plain run gets the mentions inside it, a
    // figure's sentence cut to the run; nested elements are left alone, and an entity linked in an earlier run is
    // not linked again.
    const linked = new Set<string>();
    let at = 0;
    block.children = block.children.flatMap((child): ElementContent[] => {
      const from = at;
      at += child.type === 'text' ? child.value.length : child.type === 'element' ? textOf(child).length : 0;
      if (child.type !== 'text') return [child];
      const run = runAnnotations(annotations, from, at).filter((a) => a.kind === 'figure' || !linked.has(a.key));
      if (run.length === 0) return [child];
      const segments = annotateText(child.value, run);
      placed.push(...figureIdsIn(segments));
      for (const key of linkKeysIn(segments)) linked.add(key);
      return segmentsToHast(segments);
    });
  }
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
    const placed = annotateTree(tree, index, frontmatter as StoryLinks, String(file.value ?? ''));
    const missing = slugs((frontmatter as StoryLinks).metrics).filter((id) => index.metrics.has(id) && !placed.includes(id));
    if (missing.length > 0) console.warn(`[annotate] ${article}: figure not marked (no mention where it is printed): ${missing.join(', ')}`);
    data.astro = { ...data.astro, frontmatter: { ...frontmatter, figureAnchors: placed } };
  };
}
