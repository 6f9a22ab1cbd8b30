/**
 * The place hierarchy for the district pages: levels (区县 · 功能区 · 街道和镇 · 社区和村), parents and
 * descendants, and counts rolled up from a place to the places above it.
 */
import type { DISTRICT_KINDS } from '../schemas.ts';

/** One kind of place. */
export type PlaceKind = (typeof DISTRICT_KINDS)[number];

/** The fields of a place the hierarchy needs. */
export interface PlaceNode {
  /** Slug. */
  id: string;
  /** Official name. */
  name: string;
  /** Administrative level. */
  kind: PlaceKind;
  /** Slug of the place it belongs to, null at the top. */
  parent: string | null;
  /** GB/T 2260 code, where there is one. */
  code: string | null;
}

/** A level of the index page and the kinds it holds. */
export interface PlaceLevel {
  /** Anchor id of the level's section. */
  key: string;
  /** Heading. */
  label: string;
  /** Kinds of place in it. */
  kinds: readonly PlaceKind[];
}

/** The levels, top down. */
export const PLACE_LEVELS: readonly PlaceLevel[] = [
  { key: 'counties', label: '区县', kinds: ['district', 'county'] },
  { key: 'areas', label: '功能区', kinds: ['functional-area'] },
  { key: 'streets', label: '街道和镇', kinds: ['street', 'town'] },
  { key: 'communities', label: '社区和村', kinds: ['community', 'village'] },
];

/** Chinese name of each kind of place. */
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  district: '市辖区',
  county: '县',
  'functional-area': '功能区',
  street: '街道',
  town: '镇',
  community: '社区',
  village: '村',
};

const byCodeThenName = (a: PlaceNode, b: PlaceNode): number =>
  (a.code ?? '\uffff').localeCompare(b.code ?? '\uffff') || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** Places of one level grouped under their parents (null first: places with no parent), each group ordered by code. */
export function groupByParent(places: readonly PlaceNode[]): { parent: string | null; places: PlaceNode[] }[] {
  const groups = new Map<string | null, PlaceNode[]>();
  for (const place of [...places].sort(byCodeThenName)) {
    const group = groups.get(place.parent);
    if (group) group.push(place);
    else groups.set(place.parent, [place]);
  }
  return [...groups].map(([parent, members]) => ({ parent, places: members }));
}

/** The places above `id`, nearest first; stops at a loop rather than running forever. */
export function ancestorsOf(id: string, places: ReadonlyMap<string, PlaceNode>): PlaceNode[] {
  const chain: PlaceNode[] = [];
  const seen = new Set([id]);
  for (let parent = places.get(id)?.parent ?? null; parent !== null && !seen.has(parent); parent = places.get(parent)?.parent ?? null) {
    const node = places.get(parent);
    if (!node) break;
    chain.push(node);
    seen.add(parent);
  }
  return chain;
}

/** Every place below `id`, at any depth. */
export function descendantsOf(id: string, places: ReadonlyMap<string, PlaceNode>): PlaceNode[] {
  return [...places.values()].filter((place) => place.id !== id && ancestorsOf(place.id, places).some((a) => a.id === id));
}

/** For each place, the union of its own items and those of every place below it (figures of a street count for its district). */
export function rollUp(places: ReadonlyMap<string, PlaceNode>, own: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  // Each place hands its own items up its chain of ancestors: time grows with places × depth, not places².
  // Places are visited in map order, so each place's list is its own items, then those below in map order.
  const below = new Map<string, string[]>();
  for (const id of places.keys()) {
    const items = own.get(id);
    if (!items || items.length === 0) continue;
    for (const ancestor of ancestorsOf(id, places)) {
      const list = below.get(ancestor.id);
      if (list) list.push(...items);
      else below.set(ancestor.id, [...items]);
    }
  }
  const out = new Map<string, string[]>();
  for (const id of places.keys()) out.set(id, [...new Set([...(own.get(id) ?? []), ...(below.get(id) ?? [])])]);
  return out;
}
