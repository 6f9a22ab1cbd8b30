/**
 * The districts-at-a-glance tile map: Jinan's twelve districts and counties as equal squares placed roughly as
 * they lie (商河 at the top, the old city in the middle, 平阴 and 钢城 at the bottom corners), shaded by the number
 * of figures. No geodata: positions are a hand-made grid keyed by GB/T 2260 code.
 */

/** One district's square: its code, names and grid cell (0-based; column left to right, row top to bottom). */
export interface TileCell {
  /** GB/T 2260 code, the key that joins a tile to a place entry. */
  code: string;
  /** Official name. */
  name: string;
  /** Name on the tile, without the 区/县 suffix. */
  short: string;
  /** Grid column, west to east. */
  col: number;
  /** Grid row, north to south. */
  row: number;
}

/** Jinan's districts and counties laid out like the city: north at the top, west on the left. */
export const JINAN_TILES: readonly TileCell[] = [
  { code: '370126', name: '商河县', short: '商河', col: 3, row: 0 },
  { code: '370115', name: '济阳区', short: '济阳', col: 3, row: 1 },
  { code: '370105', name: '天桥区', short: '天桥', col: 2, row: 2 },
  { code: '370112', name: '历城区', short: '历城', col: 3, row: 2 },
  { code: '370114', name: '章丘区', short: '章丘', col: 4, row: 2 },
  { code: '370104', name: '槐荫区', short: '槐荫', col: 1, row: 3 },
  { code: '370103', name: '市中区', short: '市中', col: 2, row: 3 },
  { code: '370102', name: '历下区', short: '历下', col: 3, row: 3 },
  { code: '370113', name: '长清区', short: '长清', col: 1, row: 4 },
  { code: '370116', name: '莱芜区', short: '莱芜', col: 4, row: 4 },
  { code: '370124', name: '平阴县', short: '平阴', col: 0, row: 5 },
  { code: '370117', name: '钢城区', short: '钢城', col: 5, row: 5 },
];

/** What the site has about one district. */
export interface TileStat {
  /** Slug of the place's page. */
  slug: string;
  /** Figures about the place and the places under it. */
  figures: number;
  /** Stories naming it. */
  stories: number;
}

/** A tile ready to draw. */
export interface Tile extends TileCell {
  /** Slug of the place's page; null when the site has no entry for the place yet. */
  slug: string | null;
  /** Figures about the place. */
  figures: number;
  /** Stories naming it. */
  stories: number;
  /** Shade step: 0 for no figures, up to the number of steps. */
  step: number;
}

/** One step of the legend: the figure counts it covers. */
export interface LegendStep {
  /** Shade step. */
  step: number;
  /** Smallest count in the step. */
  from: number;
  /** Largest count in the step. */
  to: number;
}

/** The whole map: tiles, grid size and legend. */
export interface TileMap {
  /** Tiles in reading order (row by row). */
  tiles: Tile[];
  /** Number of grid columns. */
  columns: number;
  /** Number of grid rows. */
  rows: number;
  /** Legend, from no figures up. */
  legend: LegendStep[];
}

/**
 * Splits 1…max into at most `steps` equal bands of whole numbers (0 is a step of its own), e.g.
 * max 31, 4 steps → 0 · 1–8 · 9–16 · 17–24 · 25–32.
 */
export function shadeLegend(max: number, steps: number): LegendStep[] {
  const legend: LegendStep[] = [{ step: 0, from: 0, to: 0 }];
  if (max <= 0 || steps <= 0) return legend;
  const width = Math.ceil(max / steps);
  for (let step = 1; (step - 1) * width + 1 <= max; step += 1) legend.push({ step, from: (step - 1) * width + 1, to: step * width });
  return legend;
}

/** The shade step of a count within a legend. */
export function shadeStep(count: number, legend: readonly LegendStep[]): number {
  return legend.find((s) => count >= s.from && count <= s.to)?.step ?? (count <= 0 ? 0 : (legend.at(-1)?.step ?? 0));
}

/**
 * Joins the tiles to what the site has (`statOf` looks a district up by code, then by name) and shades them
 * by figure count in `steps` bands.
 */
export function layoutTiles(cells: readonly TileCell[], statOf: (code: string, name: string) => TileStat | undefined, steps = 4): TileMap {
  const joined = cells.map((cell) => ({ cell, stat: statOf(cell.code, cell.name) }));
  const legend = shadeLegend(Math.max(0, ...joined.map(({ stat }) => stat?.figures ?? 0)), steps);
  const tiles = joined
    .map(({ cell, stat }) => ({
      ...cell,
      slug: stat?.slug ?? null,
      figures: stat?.figures ?? 0,
      stories: stat?.stories ?? 0,
      step: shadeStep(stat?.figures ?? 0, legend),
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return {
    tiles,
    columns: Math.max(0, ...cells.map((c) => c.col)) + 1,
    rows: Math.max(0, ...cells.map((c) => c.row)) + 1,
    legend,
  };
}
