/**
 * What the page of one place, one person and one programme shows, each from the joined collections: the entry, the
 * stories, people, programmes and places tied to it, its figures, the lines under its name and its JSON-LD.
 */
import { ancestorsOf, PLACE_KIND_LABELS, type PlaceNode } from '../utils/places.ts';
import { categoryLabel } from '../utils/people.ts';
import { displayProgrammeName } from '../utils/programmes.ts';
import { yearSpan } from '../core/numbers.ts';
import { personLd, placeLd, type JsonLd, type Origin } from './jsonLd.ts';
import { inRankOrder, resolve, type FigureRow, type Initiative, type Official, type Place, type SiteData, type Story } from './site.ts';

/** A quote or a sentence about a programme, with the story it is from. */
export interface Attributed {
  /** The words as printed. */
  text: string;
  /** The story's id. */
  article: string;
  /** The story's headline (its id when the story is missing). */
  articleTitle: string;
}

/** The entry of `map` with this id, or an error naming what is missing (a page for an id that does not exist). */
function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const entry = map.get(id);
  if (entry === undefined) throw new Error(`no ${what} \`${id}\``);
  return entry;
}

/** The stories an entry names, in listing order. */
const storiesOf = (site: SiteData, refs: readonly { id: string }[]): Story[] =>
  inRankOrder(
    site.storyById,
    site.storyRank,
    refs.map((ref) => ref.id),
  );

/** The figure rows with these ids, in table order. */
const rowsOf = (site: SiteData, ids: Iterable<string>): FigureRow[] => inRankOrder(site.rowById, site.rowRank, ids);

/** Each text with its story's headline. */
const attributed = (site: SiteData, items: readonly { text: string; article: { id: string } }[]): Attributed[] =>
  items.map((item) => ({ text: item.text, article: item.article.id, articleTitle: site.storyById.get(item.article.id)?.data.title ?? item.article.id }));

/** The entries named in `own` first, then those that name the entry back, each once. */
function both<T extends { id: string }>(map: ReadonlyMap<string, T>, own: readonly { id: string }[], back: readonly T[] = []): T[] {
  const ids = new Set([...own.map((ref) => ref.id), ...back.map((entry) => entry.id)]);
  return resolve(
    map,
    [...ids].map((id) => ({ id })),
  );
}

/** What a place's page shows. */
export interface DistrictPage {
  /** The place. */
  place: Place;
  /** Its level in Chinese (`市辖区`, `街道` …). */
  kindLabel: string;
  /** The places above it, the top first. */
  ancestors: PlaceNode[];
  /** The place directly above it. */
  parent: PlaceNode | undefined;
  /** The places directly under it. */
  children: PlaceNode[];
  /** Stories naming it, in listing order. */
  stories: Story[];
  /** Its people: those it names, then those naming it. */
  officials: Official[];
  /** Its programmes: those it names, then those naming it. */
  initiatives: Initiative[];
  /** Its figures and those of every place under it, in table order. */
  rows: FigureRow[];
  /** For each place id, the places above it (the figure table's filter). */
  within: ReadonlyMap<string, readonly string[]>;
  /** The meta description. */
  description: string;
  /** schema.org metadata. */
  jsonLd: JsonLd;
}

/** The page of the place `id`. */
export function districtPage(site: SiteData, id: string, origin: Origin): DistrictPage {
  const place = must(site.placeById, id, 'place');
  const { data } = place;
  const ancestors = ancestorsOf(id, site.placeNodes).reverse();
  const parent = ancestors.at(-1);
  const rows = rowsOf(site, site.figuresUnder.get(id) ?? []);
  const stories = storiesOf(site, data.articles);
  const initiatives = both(site.initiativeById, data.initiatives, site.initiativesByPlace.get(id));
  const officials = both(site.officialById, data.officials, site.officialsByPlace.get(id));
  const kindLabel = PLACE_KIND_LABELS[data.kind];
  return {
    place,
    kindLabel,
    ancestors,
    parent,
    children: site.childrenOf.get(id) ?? [],
    stories,
    officials,
    initiatives,
    rows,
    within: site.ancestorIds,
    description: `${data.name}（${kindLabel}）：泉城数读收录的 ${stories.length} 篇报道、${rows.length} 个数字、${initiatives.length} 项事项。`,
    jsonLd: placeLd(place, parent, origin),
  };
}

/** What a person's page shows. */
export interface OfficialPage {
  /** The person. */
  person: Official;
  /** Their kind (`党委`, `企业` …). */
  categoryLabel: string;
  /** Places their entry names. */
  places: Place[];
  /** What they said, each with its story. */
  quotes: Attributed[];
  /** Stories naming them, in listing order. */
  stories: Story[];
  /** Programmes naming them. */
  initiatives: Initiative[];
  /** Figures they state, in table order. */
  rows: FigureRow[];
  /** The meta description. */
  description: string;
  /** schema.org metadata. */
  jsonLd: JsonLd;
}

/** The page of the person `id`. */
export function officialPage(site: SiteData, id: string, origin: Origin): OfficialPage {
  const person = must(site.officialById, id, 'person');
  const { data } = person;
  return {
    person,
    categoryLabel: categoryLabel(data.category),
    places: resolve(site.placeById, data.districts),
    quotes: attributed(site, data.quotes),
    stories: storiesOf(site, data.articles),
    initiatives: site.initiativesByOfficial.get(id) ?? [],
    rows: site.rowsByOfficial.get(id) ?? [],
    description: `${data.name}${data.titles.length > 0 ? `，${data.titles.join('、')}` : ''}：泉城数读收录的原话与报道。`,
    jsonLd: personLd(person, origin),
  };
}

/** What a programme's page shows. */
export interface InitiativePage {
  /** The programme. */
  programme: Initiative;
  /** Its name as shown (in quotation marks unless it holds its own). */
  name: string;
  /** Its other names, as shown. */
  aliases: string[];
  /** The years it spans (`2023—2025年`), null when the stories do not say. */
  years: string | null;
  /** Places its entry names. */
  places: Place[];
  /** People its entry names. */
  officials: Official[];
  /** The sentences describing it, each with its story. */
  descriptions: Attributed[];
  /** Its figures: those its entry lists and those tied to it, in table order. */
  rows: FigureRow[];
  /** Stories naming it, in listing order. */
  stories: Story[];
  /** The meta description. */
  description: string;
}

/** The page of the programme `id`. */
export function initiativePage(site: SiteData, id: string): InitiativePage {
  const programme = must(site.initiativeById, id, 'programme');
  const { data } = programme;
  const figureIds = [...data.metrics.map((ref) => ref.id), ...(site.rowsByInitiative.get(id) ?? []).map((row) => row.id)];
  const name = displayProgrammeName(data.name);
  const years = data.years ? yearSpan(data.years.start, data.years.end) : null;
  return {
    programme,
    name,
    aliases: data.aliases.map(displayProgrammeName),
    years,
    places: resolve(site.placeById, data.districts),
    officials: resolve(site.officialById, data.officials),
    descriptions: attributed(site, data.descriptions),
    rows: rowsOf(site, figureIds),
    stories: storiesOf(site, data.articles),
    description: `${name}${data.owner ? `，${data.owner}` : ''}${years ? `，${years}` : ''}：目标、做法、相关数字与报道。`,
  };
}
