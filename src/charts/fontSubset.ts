/**
 * The chart fonts cut down to the characters one chart uses. resvg re-reads its fonts for every run of text it lays
 * out, and the two Noto Sans Hans OTFs are 8.5 MB each (65,535 glyphs): most of a chart's drawing time went there.
 * Here each font is loaded once, into HarfBuzz's subsetter (WebAssembly, from the harfbuzzjs package), and each chart
 * gets fonts holding only its own glyphs (a few dozen KB) with the same outlines, metrics, layout tables and names,
 * so resvg draws the very same pixels (a unit test compares the bytes with a drawing from the full fonts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The subsetter's exports used here (the C API of hb-subset). */
interface HbSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/**
 * Name records kept: the default 0–6 and the typographic family and subfamily (16, 17). resvg matches the SVG's
 * `font-family` against these; without 16 and 17 it picks faces differently and the pixels change.
 */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 16, 17];

let hb: HbSubset | undefined;
const faces = new Map<string, number>();

function subsetter(): HbSubset {
  if (!hb) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), {});
    hb = instance.exports as unknown as HbSubset;
    hb._initialize();
  }
  return hb;
}

/** The font at `file` as a HarfBuzz face, read and parsed once per process. */
function face(file: string): number {
  let f = faces.get(file);
  if (f === undefined) {
    const h = subsetter();
    const bytes = readFileSync(file);
    const ptr = h.malloc(bytes.byteLength);
    new Uint8Array(h.memory.buffer).set(bytes, ptr);
    // The font's bytes stay in the wasm heap for the life of the process: every subset reads from them.
    const blob = h.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    f = h.hb_face_create(blob, 0);
    h.hb_blob_destroy(blob);
    faces.set(file, f);
  }
  return f;
}

/** The font at `file` cut down to the glyphs of `text`'s characters (plus .notdef), every layout feature and the names kept. */
export function subsetFont(file: string, text: string): Buffer {
  const h = subsetter();
  const source = face(file);
  const input = h.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error(`font subset: HarfBuzz could not start a subset of ${file}`);
  try {
    const features = h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    h.hb_set_clear(features);
    h.hb_set_invert(features);
    const names = h.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    for (const id of NAME_IDS) h.hb_set_add(names, id);
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) h.hb_set_add(unicodes, ch.codePointAt(0)!);
    const subset = h.hb_subset_or_fail(source, input);
    if (subset === 0) throw new Error(`font subset: HarfBuzz could not subset ${file}`);
    const blob = h.hb_face_reference_blob(subset);
    try {
      const ptr = h.hb_blob_get_data(blob, 0);
      const length = h.hb_blob_get_length(blob);
      if (length === 0) throw new Error(`font subset: HarfBuzz returned an empty font for ${file}`);
      return Buffer.from(new Uint8Array(h.memory.buffer, ptr, length));
    } finally {
      h.hb_blob_destroy(blob);
      h.hb_face_destroy(subset);
    }
  } finally {
    h.hb_subset_input_destroy(input);
  }
}

/**
 * Every character an SVG document may draw: its text with character references (`&#x4E2D;`, `&#20013;`) and the
 * predefined entities decoded. Markup characters come along too; an unused glyph costs a few bytes, a missing one
 * would change the drawing.
 */
export function svgCharacters(svg: string): string {
  const decoded = svg
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)));
  return [...new Set(decoded)].join('');
}
