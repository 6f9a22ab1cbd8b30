/**
 * What the front page shows: the counts, a strip of headline figures (one per kind, from different stories where
 * possible), the latest stories, the districts' tile map, and the ways in with their counts.
 */
import { chartsPath, districtsPath, figuresPath, initiativesPath, officialsPath, SEARCH_PATH } from '../core/routes.ts';
import { headlineFigures } from '../utils/figures.ts';
import type { TileMap } from '../utils/tileMap.ts';
import type { FigureRow, SiteData, Story } from './site.ts';
import { jinanTileMap } from './tiles.ts';

/** Stories shown under 最新报道; the rest are one click away. */
export const LATEST = 6;
/** Headline figures in the strip. */
export const KEY_FIGURES = 4;

/** One way into the site from the front page. */
export interface Way {
  /** Where it leads. */
  href: string;
  /** Its name. */
  title: string;
  /** What is there, with counts. */
  text: string;
}

/** What the front page shows. */
export interface HomePage {
  /** How many stories. */
  storyCount: number;
  /** How many newspaper files they come from. */
  sourceCount: number;
  /** How many figures. */
  figureCount: number;
  /** The headline figures. */
  keyFigures: FigureRow[];
  /** The newest stories. */
  latest: Story[];
  /** The districts and counties at a glance. */
  tiles: TileMap;
  /** The ways in. */
  ways: Way[];
}

/** The front page. */
export function homePage(site: SiteData): HomePage {
  const { stories, rows } = site;
  return {
    storyCount: stories.length,
    sourceCount: new Set(stories.map((story) => story.data.source)).size,
    figureCount: rows.length,
    keyFigures: headlineFigures(
      rows.map((row) => ({ ...row, article: row.article.id, row })),
      KEY_FIGURES,
    ).map((candidate) => candidate.row),
    latest: stories.slice(0, LATEST),
    tiles: jinanTileMap(site),
    ways: [
      { href: figuresPath(), title: '全部数字', text: `${rows.length} 个数字，可按地方、类型、年份筛选，可下载 CSV 与 JSON。` },
      { href: chartsPath(), title: '图表', text: '把同类数字画成图，可链接、嵌入、下载和引用。' },
      { href: districtsPath(), title: '地方', text: `${site.placeById.size} 个区县、街道、社区和村，各有报道、事项与数字。` },
      { href: officialsPath(), title: '人物', text: `${site.officialById.size} 位报道中具名的人物，附职务与原话。` },
      { href: initiativesPath(), title: '事项', text: `${site.initiativeById.size} 项行动、工程与品牌，附目标与进展。` },
      { href: SEARCH_PATH, title: '搜索', text: '用中文或拼音搜索报道、地方、人物与数字。' },
    ],
  };
}
