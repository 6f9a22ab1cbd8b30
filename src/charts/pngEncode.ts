/**
 * A PNG encoder for opaque drawings, faster and smaller than resvg's own: a chart is a few flat colours and their
 * anti-aliased edges, so most charts have at most 256 distinct colours and are written as an indexed (palette) image,
 * one byte a pixel instead of four; the rest as RGB without the alpha channel. Rows are left unfiltered (flat
 * colours compress best that way) and deflated by Node's zlib. Lossless: the decoded pixels are exactly the input's.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** What decides the bytes besides the pixels: this encoder's layout and zlib's version (part of the PNG cache key). */
export const ENCODER_ID = `indexed-or-rgb/level-4/zlib-${process.versions.zlib}`;

/** zlib's level: measured on the charts, 4 writes files within 4 % of level 6's size in about 60 % of its time. */
const LEVEL = 4;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const COLOR_INDEXED = 3;
const COLOR_RGB = 2;
/** Slots of the colour table's hash: four times the palette's 256 entries keeps probes short. */
const SLOTS = 1024;

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The PNG file: signature, header, palette if any, the deflated rows and the end. */
function file(width: number, height: number, colorType: number, rows: Uint8Array, palette?: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per sample (or per palette index)
  header[9] = colorType;
  const parts = [Buffer.from(SIGNATURE), chunk('IHDR', header)];
  if (palette) parts.push(chunk('PLTE', palette));
  parts.push(chunk('IDAT', deflateSync(rows, { level: LEVEL, strategy: constants.Z_DEFAULT_STRATEGY })), chunk('IEND', new Uint8Array(0)));
  const png = Buffer.concat(parts);
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength));
}

/**
 * The rows as palette indexes (each row led by filter type 0) and the palette in order of first appearance; 'many'
 * when the image has more than 256 colours, 'transparent' when a colour is not fully opaque. Colours are looked up in
 * an open-addressing table, and only when a pixel differs from the one before it: most pixels continue a run.
 */
function indexed(rgba: Uint8Array, pixels: Uint32Array, width: number, height: number): { rows: Uint8Array; palette: Uint8Array } | 'many' | 'transparent' {
  const rows = new Uint8Array((width + 1) * height);
  const keys = new Float64Array(SLOTS).fill(-1);
  const slots = new Uint8Array(SLOTS);
  const palette = new Uint8Array(256 * 3);
  let colors = 0;
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, at = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, at++) {
      const pixel = pixels[at]!;
      if (pixel !== last) {
        let slot = Math.imul(pixel, 0x9e3779b1) >>> 22;
        while (keys[slot] !== pixel && keys[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
        if (keys[slot] === -1) {
          if (rgba[at * 4 + 3] !== 255) return 'transparent';
          if (colors === 256) return 'many';
          keys[slot] = pixel;
          slots[slot] = colors;
          palette.set(rgba.subarray(at * 4, at * 4 + 3), colors * 3);
          colors++;
        }
        last = pixel;
        lastIndex = slots[slot]!;
      }
      rows[out++] = lastIndex;
    }
  }
  return { rows, palette: palette.subarray(0, colors * 3) };
}

/** The rows as RGB bytes, each row led by filter type 0; null when a pixel is not fully opaque. */
function rgb(rgba: Uint8Array, width: number, height: number): Uint8Array | null {
  const rows = new Uint8Array((width * 3 + 1) * height);
  for (let y = 0, at = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, at += 4) {
      if (rgba[at + 3] !== 255) return null;
      rows[out++] = rgba[at]!;
      rows[out++] = rgba[at + 1]!;
      rows[out++] = rgba[at + 2]!;
    }
  }
  return rows;
}

/**
 * The PNG of an opaque RGBA image (`width × height` pixels, four bytes each, as resvg renders them on a background),
 * indexed when it has at most 256 colours, else RGB; null when some pixel is not fully opaque (this encoder keeps
 * no alpha: the caller then uses another).
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> | null {
  if (rgba.length !== width * height * 4) throw new Error(`PNG: ${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  // Each pixel read as one 32-bit word, to compare and look up colours at once; the view needs 4-byte alignment.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const palette = indexed(aligned, words, width, height);
  if (palette === 'transparent') return null;
  if (palette !== 'many') return file(width, height, COLOR_INDEXED, palette.rows, palette.palette);
  const rows = rgb(aligned, width, height);
  return rows && file(width, height, COLOR_RGB, rows);
}
