/**
 * The front page's and the places index's tile map, joined to the site's place entries.
 */
import { JINAN_TILES, layoutTiles, type TileMap } from '../utils/tileMap.ts';
import type { SiteData } from './site.ts';

/** Lays out Jinan's districts and counties with the figures and stories the site has for each. */
export function jinanTileMap(data: SiteData): TileMap {
  const places = [...data.placeById.values()];
  return layoutTiles(JINAN_TILES, (code, name) => {
    const place = places.find((p) => p.data.code === code) ?? places.find((p) => p.data.name === name);
    return place ? { slug: place.id, figures: data.figuresUnder.get(place.id)?.length ?? 0, stories: place.data.articles.length } : undefined;
  });
}
