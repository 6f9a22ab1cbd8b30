import { describe, expect, it } from 'vitest';
import { chartStyle, contrastRatio, DARK, FILE, LIGHT, type Palette } from './colors.ts';

const palettes: [string, Palette][] = [
  ['light page', LIGHT],
  ['dark page', DARK],
  ['downloaded file', FILE],
];

describe('chart colours', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it.each(palettes)('%s: labels, values and axis text reach 4.5:1 on the paper', (_, p) => {
    expect(contrastRatio(p.ink, p.paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.muted, p.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(palettes)('%s: bars, targets and every stacked part reach 3:1 on the paper', (_, p) => {
    for (const c of [p.bar, p.target, ...p.segments]) expect(contrastRatio(c, p.paper), c).toBeGreaterThanOrEqual(3);
  });

  it.each(palettes)('%s: numbers printed inside stacked parts reach 4.5:1 on each part', (_, p) => {
    for (const c of p.segments) expect(contrastRatio(p.onSegment, c), c).toBeGreaterThanOrEqual(4.5);
  });

  it('styles a file with fixed colours and named fonts, and a page with its light and dark schemes', () => {
    const file = chartStyle('file');
    expect(file).toContain('Noto Sans S Chinese Regular');
    expect(file).not.toContain('var(');
    const page = chartStyle('page');
    expect(page).toContain('prefers-color-scheme: dark');
    expect(page).toContain(DARK.bar);
  });
});
