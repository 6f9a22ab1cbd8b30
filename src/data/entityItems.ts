/**
 * People, places and programmes as the entries of a list on a page: the link, the name, and the note after it.
 */
import { districtPath, initiativePath, officialPath } from '../core/routes.ts';
import { PLACE_KIND_LABELS } from '../utils/places.ts';
import { hasOwnQuotes } from '../utils/programmes.ts';
import type { Initiative, Official, Place } from './site.ts';

/** One entry of a list of people, places or programmes. */
export interface EntityItem {
  /** Its page. */
  href: string;
  /** Its name. */
  name: string;
  /** True for a programme whose name is set in quotation marks (one that holds its own, `“342”现代化产业体系`, is not). */
  quoted: boolean;
  /** What follows the name (posts, owner, level), or null. */
  note: string | null;
}

/** A person with their posts. */
export const personItem = (o: Official): EntityItem => ({
  href: officialPath(o.id),
  name: o.data.name,
  quoted: false,
  note: o.data.titles.length > 0 ? o.data.titles.join('、') : null,
});

/** A programme, with who runs it when `withOwner`. */
export const programmeItem = (i: Initiative, withOwner = true): EntityItem => ({
  href: initiativePath(i.id),
  name: i.data.name,
  quoted: !hasOwnQuotes(i.data.name),
  note: withOwner ? i.data.owner : null,
});

/** A place with its level. */
export const placeItem = (p: Place): EntityItem => ({ href: districtPath(p.id), name: p.data.name, quoted: false, note: PLACE_KIND_LABELS[p.data.kind] });
