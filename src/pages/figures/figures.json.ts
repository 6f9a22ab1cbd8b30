/**
 * `/figures/figures.json`: every figure with what it measures, its place, story and sentence, and absolute links.
 */
import type { APIRoute } from 'astro';
import { figuresJson } from '../../data/figurePages.ts';
import { siteData } from '../../data/load.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(figuresJson(await siteData(), site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
