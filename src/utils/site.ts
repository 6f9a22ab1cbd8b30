import { articlesPath, chartsPath, districtsPath, figuresPath, homePath, initiativesPath, officialsPath } from '../core/routes.ts';

/** The site's name in Chinese, as printed in the header. */
export const SITE_NAME = '泉城数读';
/** The site's English name. */
export const SITE_NAME_EN = 'Jinan by the Numbers';
/** The front page's headline: what the site is, in one line. */
export const SITE_TAGLINE = '济南新闻里的数字，句句有出处';
/** What the site does, in one sentence: the meta description and the front page's standfirst. */
export const SITE_DESCRIPTION = '泉城数读把济南本地报纸的报道整理成可读的文本，并标出其中的人物、地方、事项和数字，每个数字都能追溯到原文的那一句话。';

/** The text of a page's `<title>`: the page's own title, then the site name; the home page is the site name alone. */
export function pageTitle(title?: string): string {
  const site = `${SITE_NAME} · ${SITE_NAME_EN}`;
  return title && title.trim() !== '' ? `${title.trim()} | ${site}` : site;
}

/** One entry of the main navigation. */
export interface NavLink {
  /** Path of the section. */
  href: string;
  /** Label. */
  label: string;
}

/** The main navigation, in order; a new section (search) is one more line here. */
export const NAV_LINKS: readonly NavLink[] = [
  { href: homePath(), label: '首页' },
  { href: articlesPath(), label: '报道' },
  { href: districtsPath(), label: '地方' },
  { href: officialsPath(), label: '人物' },
  { href: initiativesPath(), label: '事项' },
  { href: figuresPath(), label: '数字' },
  { href: chartsPath(), label: '图表' },
];

/** Whether the page at `pathname` belongs to the section at `href` (the home page only to itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === homePath() ? pathname === href : pathname.startsWith(href);
}
