import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from './pngEncode.ts';

/** An RGBA image drawn pixel by pixel. */
function image(width: number, height: number, color: (x: number, y: number) => [number, number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(color(x, y), (y * width + x) * 4);
  return rgba;
}

/** The PNG decoded by libpng (through sharp) back to RGBA, and its colour type byte. */
async function decode(png: Uint8Array): Promise<{ rgba: Uint8Array; colorType: number; width: number; height: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { rgba: new Uint8Array(data), colorType: png[25]!, width: info.width, height: info.height };
}

// Like a chart: white paper, a teal bar whose right edge is anti-aliased into the paper, and a grey rule.
const chartLike = image(40, 12, (x, y) => {
  if (y === 10) return [91, 88, 83, 255];
  if (y < 2 || y > 8 || x > 30) return [255, 255, 255, 255];
  if (x === 30) return [134, 174, 179, 255];
  return [12, 93, 104, 255];
});
// A smooth ramp: 300 × 2 distinct colours, more than a palette holds.
const ramp = image(300, 2, (x, y) => [x % 256, Math.floor(x / 2), y * 200, 255]);

describe('encodeOpaquePng', () => {
  it('writes a few-coloured drawing as a palette image that decodes to the very same pixels', async () => {
    const png = encodeOpaquePng(chartLike, 40, 12)!;
    const back = await decode(png);
    expect(back.colorType).toBe(3);
    expect([back.width, back.height]).toEqual([40, 12]);
    expect(back.rgba).toEqual(chartLike);
  });

  it('writes a drawing of more than 256 colours as RGB, losslessly', async () => {
    const png = encodeOpaquePng(ramp, 300, 2)!;
    const back = await decode(png);
    expect(back.colorType).toBe(2);
    expect(back.rgba).toEqual(ramp);
  });

  it('reads pixels from a buffer that does not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(chartLike.length + 1).subarray(1);
    shifted.set(chartLike);
    expect(encodeOpaquePng(shifted, 40, 12)).toEqual(encodeOpaquePng(chartLike, 40, 12));
  });

  it.each([
    { what: 'a few colours', width: 4, height: 4, rgba: image(4, 4, (x) => (x === 2 ? [0, 0, 0, 128] : [255, 255, 255, 255])) },
    {
      what: 'many colours, the last pixel clear',
      width: 300,
      height: 2,
      rgba: image(300, 2, (x, y) => [x % 256, Math.floor(x / 2), y * 200, x === 299 && y === 1 ? 0 : 255]),
    },
  ])('declines a drawing with a see-through pixel ($what): it keeps no alpha', ({ width, height, rgba }) => {
    expect(encodeOpaquePng(rgba, width, height)).toBeNull();
  });

  it('refuses pixels that do not fill the stated size', () => {
    expect(() => encodeOpaquePng(chartLike, 41, 12)).toThrow(/RGBA/u);
  });
});
