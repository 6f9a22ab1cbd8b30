/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so Excel reads Chinese text
 * as UTF-8 instead of the system code page.
 */

/** One cell's value; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, quoted when it holds a comma, quote or line break; quotes inside are doubled. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: byte-order mark, header row, then one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
