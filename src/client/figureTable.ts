/**
 * Progressive enhancement of the figures table: shows the filter form, hides rows that do not match, keeps the
 * choice in the URL, and makes the column heads sort buttons. Without it the table lists every figure.
 */
import { compareCells, filterFromQuery, queryFromFilter, rowMatches, type FigureFilter } from '../utils/tableFilter.ts';

const FILTER_KEYS = ['place', 'kind', 'year', 'status'] as const;

/** Wires the form `formId` to the table `tableId`. */
export function enhanceFigureTable(tableId: string, formId: string, statusId: string): void {
  const table = document.getElementById(tableId);
  const form = document.getElementById(formId);
  const status = document.getElementById(statusId);
  if (!(table instanceof HTMLTableElement) || !(form instanceof HTMLFormElement) || !status) return;
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const select = (key: string) => form.elements.namedItem(key);

  const read = (): FigureFilter => {
    const value = (key: (typeof FILTER_KEYS)[number]) => {
      const el = select(key);
      return el instanceof HTMLSelectElement ? el.value : '';
    };
    return { place: value('place'), kind: value('kind'), year: value('year'), status: value('status') };
  };

  const apply = () => {
    const filter = read();
    let shown = 0;
    for (const row of rows) {
      const keep = rowMatches(
        { places: row.dataset.places ?? '', kind: row.dataset.kind ?? '', year: row.dataset.year ?? '', status: row.dataset.status ?? '' },
        filter,
      );
      row.hidden = !keep;
      if (keep) shown += 1;
    }
    status.textContent = shown === rows.length ? `共 ${rows.length} 个数字` : `显示 ${shown} 个，共 ${rows.length} 个数字`;
    history.replaceState(null, '', `${location.pathname}${queryFromFilter(filter)}${location.hash}`);
  };

  const initial = filterFromQuery(location.search);
  for (const key of FILTER_KEYS) {
    const el = select(key);
    if (el instanceof HTMLSelectElement && [...el.options].some((o) => o.value === initial[key])) el.value = initial[key];
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // The form's values change only after the reset event has run, so read them on the next task.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.hidden = false;

  table.classList.add('is-sortable');
  const heads = [...(table.tHead?.rows[0]?.cells ?? [])];
  heads.forEach((th, column) => {
    const type = th.dataset.sort;
    if (type !== 'number' && type !== 'text') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of heads) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sortValue ?? '';
      const sorted = [...body.rows].sort((a, b) => {
        const order = compareCells(key(a), key(b), type);
        // Empty cells stay last whichever way the column is sorted.
        return key(a) === '' || key(b) === '' ? order : ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });
  apply();
}
