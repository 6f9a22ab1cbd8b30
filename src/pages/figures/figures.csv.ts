/**
 * `/figures/figures.csv`: every figure, one row each, UTF-8 with a byte-order mark so Excel opens the Chinese text.
 */
import type { APIRoute } from 'astro';
import { FIGURES_CSV_HEADER, figuresCsvRows } from '../../data/figurePages.ts';
import { siteData } from '../../data/load.ts';
import { toCsv } from '../../utils/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(FIGURES_CSV_HEADER, figuresCsvRows(await siteData(), site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
