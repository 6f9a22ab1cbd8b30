/**
 * Chart colours for light and dark pages and for the standalone SVG/PNG files, the contrast maths that keeps them
 * readable (WCAG 2: text 4.5:1, bars and marks 3:1 against the background), and the `<style>` every chart SVG carries.
 */
import { NARROW_SCREEN } from './layout.ts';

/** One set of chart colours. */
export interface Palette {
  /** Background behind the chart. */
  paper: string;
  /** Labels and values. */
  ink: string;
  /** Axis ticks, units, source line. */
  muted: string;
  /** Gridlines (decoration only: they carry no data, so no contrast minimum). */
  grid: string;
  /** Bars of results. */
  bar: string;
  /** Outline and hatching of targets and plans. */
  target: string;
  /** Parts of a stacked bar, in order; a part beyond the last reuses the list. */
  segments: readonly string[];
  /** Numbers printed inside a stacked bar's parts. */
  onSegment: string;
}

/** Colours on the light page (and in the downloaded files, on white). */
export const LIGHT: Palette = {
  paper: '#fbfaf7',
  ink: '#1b1b1a',
  muted: '#5b5853',
  grid: '#d8d3c8',
  bar: '#0c5d68',
  target: '#9b2c1f',
  segments: ['#0c5d68', '#b45309', '#6d28d9', '#1d4ed8', '#be185d', '#4d7c0f'],
  onSegment: '#ffffff',
};

/** Colours on the dark page. */
export const DARK: Palette = {
  paper: '#131312',
  ink: '#ebe8e2',
  muted: '#a8a39a',
  grid: '#393732',
  bar: '#6cc4cf',
  target: '#f0937f',
  segments: ['#6cc4cf', '#f59e0b', '#c4b5fd', '#93c5fd', '#f9a8d4', '#a3e635'],
  onSegment: '#131312',
};

/** Colours of the standalone SVG and PNG: the light palette on white paper. */
export const FILE: Palette = { ...LIGHT, paper: '#ffffff' };

/** Fonts named in every chart: Simplified Chinese faces a reader is likely to have, then the OTF face the PNG is drawn with. */
export const CHART_FONTS = `'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans S Chinese Regular', sans-serif`;
/** Fonts of bold text: the bold OTF face before the regular one, so the PNG renderer finds a real bold. */
export const CHART_FONTS_BOLD = `'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans S Chinese Bold', sans-serif`;

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Colour of stacked part `i`. */
export function segmentColor(palette: Palette, i: number): string {
  return palette.segments[i % palette.segments.length]!;
}

/** Class names of the chart elements, shared by every chart type. */
function rules(p: Palette, vars: boolean): string {
  const v = (name: string, value: string) => (vars ? `var(--qc-${name}, ${value})` : value);
  const segments = p.segments.map((c, i) => `.qc-seg-${i}{fill:${v(`seg-${i}`, c)}}`).join('');
  return [
    `.qc-paper{fill:${v('paper', p.paper)}}`,
    `.qc-text{fill:${v('ink', p.ink)}}`,
    `.qc-muted{fill:${v('muted', p.muted)}}`,
    `.qc-grid{stroke:${v('grid', p.grid)};stroke-width:1}`,
    `.qc-axis{stroke:${v('muted', p.muted)};stroke-width:1}`,
    `.qc-bar{fill:${v('bar', p.bar)}}`,
    `.qc-target{stroke:${v('target', p.target)};stroke-width:1.5}`,
    `.qc-hatch{stroke:${v('target', p.target)};stroke-width:2}`,
    `.qc-rest-hatch{stroke:${v('muted', p.muted)};stroke-width:2}`,
    `.qc-rest{stroke:${v('muted', p.muted)};stroke-width:1.5}`,
    `.qc-line{stroke:${v('bar', p.bar)};stroke-width:2;fill:none}`,
    `.qc-dot{fill:${v('bar', p.bar)};stroke:${v('paper', p.paper)};stroke-width:2}`,
    `.qc-dot-target{fill:${v('paper', p.paper)};stroke:${v('target', p.target)};stroke-width:2}`,
    `.qc-on-seg{fill:${v('on-seg', p.onSegment)}}`,
    `.qc-sep{stroke:${v('paper', p.paper)};stroke-width:2}`,
    // A number on hatching gets a ring of paper around its strokes so the hatch lines do not cut through it.
    `.qc-halo{stroke:${v('paper', p.paper)};stroke-width:4;paint-order:stroke;stroke-linejoin:round}`,
    segments,
  ].join('');
}

/** Custom properties of one palette, for the page's light or dark scheme. */
function customProperties(p: Palette): string {
  const entries: [string, string][] = [
    ['paper', p.paper],
    ['ink', p.ink],
    ['muted', p.muted],
    ['grid', p.grid],
    ['bar', p.bar],
    ['target', p.target],
    ['on-seg', p.onSegment],
    ...p.segments.map((c, i): [string, string] => [`seg-${i}`, c]),
  ];
  return entries.map(([k, c]) => `--qc-${k}:${c}`).join(';');
}

/**
 * The `<style>` text of a chart SVG. On a page it follows the reader's light or dark scheme through custom
 * properties; in a file it names fixed colours and the fonts, since a standalone SVG has no page around it.
 */
export function chartStyle(mode: 'page' | 'file'): string {
  const text = (fonts: string) => `font-family:${fonts}`;
  if (mode === 'file') {
    return `svg{${text(CHART_FONTS)}}.qc-bold{${text(CHART_FONTS_BOLD)};font-weight:700}${rules(FILE, false)}`;
  }
  return (
    `.qc-chart{${customProperties(LIGHT)};font-family:inherit}` +
    `@media (prefers-color-scheme: dark){.qc-chart{${customProperties(DARK)}}}` +
    `.qc-bold{font-weight:700}${rules(LIGHT, true)}` +
    `.qc-chart{display:block}.qc-chart.qc-narrow{display:none}` +
    `@media (max-width: ${NARROW_SCREEN}px){.qc-chart.qc-wide{display:none}.qc-chart.qc-narrow{display:block}}`
  );
}
