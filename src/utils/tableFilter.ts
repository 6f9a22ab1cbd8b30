/**
 * The figures table's filters and sort order, apart from the DOM: which rows a choice of place, kind, year and
 * target/result keeps, and how two cells compare. Used by the figures page's script.
 */

/** A choice in each filter; empty means any. */
export interface FigureFilter {
  /** Place id: keeps figures about the place or a place under it. */
  place: string;
  /** Kind of figure. */
  kind: string;
  /** Year, or `none` for figures with no year stated. */
  year: string;
  /** `target` or `result`. */
  status: string;
}

/** What a row carries in its `data-*` attributes. */
export interface FigureRowKeys {
  /** The figure's place followed by the places above it, space-separated. */
  places: string;
  /** Kind of figure. */
  kind: string;
  /** Year, or `none`. */
  year: string;
  /** `target` or `result`. */
  status: string;
}

/** The filter keys read from a query string (`?place=lixia-qu&year=2024`); unknown keys are ignored. */
export function filterFromQuery(query: string): FigureFilter {
  const params = new URLSearchParams(query);
  return { place: params.get('place') ?? '', kind: params.get('kind') ?? '', year: params.get('year') ?? '', status: params.get('status') ?? '' };
}

/** The query string for a filter, empty choices left out, so a filtered table can be shared by its URL. */
export function queryFromFilter(filter: FigureFilter): string {
  const params = new URLSearchParams();
  for (const key of ['place', 'kind', 'year', 'status'] as const) if (filter[key] !== '') params.set(key, filter[key]);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether a row passes every chosen filter. */
export function rowMatches(row: FigureRowKeys, filter: FigureFilter): boolean {
  return (
    (filter.place === '' || row.places.split(' ').includes(filter.place)) &&
    (filter.kind === '' || row.kind === filter.kind) &&
    (filter.year === '' || row.year === filter.year) &&
    (filter.status === '' || row.status === filter.status)
  );
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Compares two cells for sorting: as numbers for a numeric column (empty cells last), else in Chinese order. */
export function compareCells(a: string, b: string, type: 'number' | 'text'): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  if (type === 'number') return Number(a) - Number(b);
  return collator.compare(a, b);
}
