import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { PngCache, pngKey, renderOptions, startPng, svgToPng } from './png.ts';
import { svgCharacters } from './fontSubset.ts';
import { encodeOpaquePng } from './pngEncode.ts';
import { MAX_SUBSET_CHARACTERS } from './pngWorker.ts';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'png-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// A made-up chart fragment in the style of the real ones: a bar and a Chinese label in each of the two fonts.
const svg = (label: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="120"><rect x="10" y="40" width="300" height="30" fill="#1f5f8b"/>` +
  `<text x="10" y="24" font-family="Noto Sans S Chinese Bold">${label}</text><text x="320" y="60">12.5亿元</text></svg>`;

describe('svgToPng with fonts cut down to the chart', () => {
  it.each([
    // Chinese in both weights, digits, a unit, full-width punctuation
    { label: '某区一季度规上工业增加值（同比）' },
    // a character reference and an ampersand: decoded before the fonts are cut, or their glyphs would be missing
    { label: '产值&#x4EBF;元 &amp; 税收' },
    // Latin letters and an en dash, as in a programme's English abbreviation
    { label: 'AI+制造 2023–2025' },
  ])('draws the same pixels as resvg with the full fonts: $label', async ({ label }) => {
    // The encoder is deterministic, so the same PNG bytes mean the same pixels.
    const full = new Resvg(svg(label), renderOptions(2)).render();
    expect(await svgToPng(svg(label), 2, scratch())).toEqual(encodeOpaquePng(full.pixels, full.width, full.height));
  });

  it('draws charts one after another with the subsets grown, and started again, the same as with the full fonts', async () => {
    const dir = scratch();
    const full = (label: string): Uint8Array => {
      const image = new Resvg(svg(label), renderOptions(2)).render();
      return encodeOpaquePng(image.pixels, image.width, image.height)!;
    };
    // Each label has characters the ones before did not; the last uses only characters drawn before.
    const labels = ['某区二季度进出口总额', '某街道新增市场主体（户）', 'AI+制造 2023–2025', '某区市场主体总额'];
    for (const label of labels) expect(await svgToPng(svg(label), 2, dir), label).toEqual(full(label));
    // A chart with more characters than a worker's subsets may hold makes them start again from its own; the charts
    // drawn after it still get every glyph they need.
    const many = Array.from({ length: MAX_SUBSET_CHARACTERS }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    await Promise.all([svgToPng(svg(many), 2, dir), svgToPng(svg(many.slice(1)), 2, dir)]);
    for (const label of labels) expect(await svgToPng(svg(label), 2, dir), `${label} again`).toEqual(full(label));
  });

  it('reads every character the SVG can draw, references included', () => {
    expect(svgCharacters('<text>亿&#x5143;&#20013;</text>')).toContain('元');
    expect(svgCharacters('<text>亿&#x5143;&#20013;</text>')).toContain('中');
  });
});

describe('svgToPng and its cache', () => {
  it('draws the same bytes from the cache as afresh, and a second build draws nothing', async () => {
    const warm = scratch();
    const first = await svgToPng(svg('某区企业数量'), 2, warm);
    expect([...first.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const files = readdirSync(warm, { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(files).toHaveLength(1);
    expect(await svgToPng(svg('某区企业数量'), 2, warm)).toEqual(first);
    // Another build with an empty cache draws the very same bytes: the cache changes time, not output.
    expect(await svgToPng(svg('某区企业数量'), 2, scratch())).toEqual(first);
  });

  it('takes a cached drawing instead of drawing again when the SVG is unchanged', async () => {
    const dir = scratch();
    const first = await svgToPng(svg('某街道网格员人数'), 2, dir);
    const [file] = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.png'));
    // Plant a marker in the cached file: the next call returns it, so it did not call resvg.
    writeFileSync(path.join(dir, String(file)), Buffer.from('cached'));
    expect(Buffer.from(await svgToPng(svg('某街道网格员人数'), 2, dir)).toString()).toBe('cached');
    // A changed SVG misses the cache and is drawn.
    const changed = await svgToPng(svg('某街道网格员总数'), 2, dir);
    expect(changed).not.toEqual(first);
    expect(Buffer.from(changed).subarray(1, 4).toString()).toBe('PNG');
  });

  it.each([
    // the SVG's text changed
    { a: ['<svg>甲</svg>', 2, 'r'], b: ['<svg>乙</svg>', 2, 'r'] },
    // the same SVG at another scale
    { a: ['<svg>甲</svg>', 2, 'r'], b: ['<svg>甲</svg>', 1, 'r'] },
    // the same SVG drawn by another resvg or with other fonts
    { a: ['<svg>甲</svg>', 2, 'r'], b: ['<svg>甲</svg>', 2, 'r2'] },
  ] as const)('a key changes with whatever changes the bytes: $b', ({ a, b }) => {
    const key = (k: readonly [string, number, string]): string => pngKey(k[0], k[1], k[2]);
    expect(key(a)).not.toBe(key(b));
    expect(key(a)).toBe(key(a));
  });

  it('gives a chart started early the drawing under way, and its failure to the page that asks for it', async () => {
    const dir = scratch();
    startPng(svg('某区新开工项目个数'), 2, dir);
    expect(await svgToPng(svg('某区新开工项目个数'), 2, dir)).toEqual(await svgToPng(svg('某区新开工项目个数'), 2, scratch()));
    // A drawing that fails while nobody waits for it yet is not lost: the page asking for it fails with the reason.
    startPng('<svg', 2, dir);
    await expect(svgToPng('<svg', 2, dir)).rejects.toThrow(/chart PNG/u);
  });

  it('misses cleanly on an empty or missing cache folder', () => {
    expect(new PngCache(path.join(scratch(), 'never-made')).get(pngKey('<svg/>', 2, 'r'))).toBeNull();
  });
});
