/**
 * What a story's page shows beside its text: the figures it states (in printed order), the people, places and
 * programmes it names, the printed original's line, and its JSON-LD.
 */
import { figureAnchorId, figurePath } from '../core/routes.ts';
import { printedSource, type PrintedSource } from '../utils/citation.ts';
import { storyLd, type JsonLd, type Origin } from './jsonLd.ts';
import { resolve, type FigureRow, type Initiative, type Official, type Place, type SiteData, type Story } from './site.ts';

/** What a story's page shows. */
export interface StoryPage {
  /** The story (rendered by the page). */
  story: Story;
  /** Its figures in printed order, each linked to its mark in the text (to its own page when it has no mark). */
  figures: { row: FigureRow; href: string }[];
  /** People it names. */
  officials: Official[];
  /** Places it names. */
  places: Place[];
  /** Programmes it names. */
  initiatives: Initiative[];
  /** Where and when it was printed. */
  printed: PrintedSource;
  /** schema.org metadata. */
  jsonLd: JsonLd;
}

/** The page of the story `id`. */
export function storyPage(site: SiteData, id: string, origin: Origin): StoryPage {
  const story = site.storyById.get(id);
  if (!story) throw new Error(`no story \`${id}\``);
  const { data } = story;
  const officials = resolve(site.officialById, data.officials);
  const places = resolve(site.placeById, data.districts);
  return {
    story,
    figures: data.metrics
      .flatMap((ref) => site.rowById.get(ref.id) ?? [])
      .map((row) => ({ row, href: site.anchored.has(row.id) ? `#${figureAnchorId(row.id)}` : figurePath(row.id) })),
    officials,
    places,
    initiatives: resolve(site.initiativeById, data.initiatives),
    printed: printedSource(data),
    jsonLd: storyLd(story, places, officials, origin),
  };
}
