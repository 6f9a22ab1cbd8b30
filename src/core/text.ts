/**
 * Text facts both halves need: ingest measures headline widths with them, the charts measure label widths. Part of
 * the core: it imports nothing from ingest (`scripts/`) or from pages.
 */

/** True for East Asian wide and full-width characters, and the punctuation Chinese text sets one em wide (“”‘’—…). */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2026
  );
}

/** Offsets where `name` is printed in `text`, left to right, none overlapping the one before. */
export function printedAt(text: string, name: string): number[] {
  const out: number[] = [];
  if (name === '') return out;
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) out.push(i);
  return out;
}
