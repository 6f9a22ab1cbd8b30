import { describe, expect, it } from 'vitest';
import * as routes from './routes.ts';

describe('routes', () => {
  it.each([
    // Folder URLs with the trailing slash the site always uses.
    [routes.homePath(), '/'],
    [routes.articlesPath(), '/articles/'],
    [routes.articlesPath(2024), '/articles/year/2024/'],
    [routes.articlePath('lixia-qu-xin-li-liang'), '/articles/lixia-qu-xin-li-liang/'],
    [routes.districtPath('shizhong-qu'), '/districts/shizhong-qu/'],
    [routes.officialPath('zhang-san'), '/officials/zhang-san/'],
    [routes.initiativePath('quan-cheng-yi-gong'), '/initiatives/quan-cheng-yi-gong/'],
    [routes.figuresPath(), '/figures/'],
    [routes.figuresPath(routes.yearFacet(2023)), '/figures/year/2023/'],
    [routes.figuresPath(routes.districtFacet('lixia-qu')), '/figures/district/lixia-qu/'],
    [routes.figurePath('shizhong-qu-a1'), '/figures/shizhong-qu-a1/'],
    // A figure's sentence is an anchor inside its story.
    [routes.figureInStoryPath('a-story', 'f1'), '/articles/a-story/#fig-f1'],
    [routes.chartPath('gdp'), '/charts/gdp/'],
    [routes.chartFilePath('gdp', 'png'), '/charts/gdp.png'],
    [routes.chartEmbedPath('gdp'), '/embed/gdp/'],
    [routes.figureEmbedPath('f1'), '/embed/figures/f1/'],
    [routes.SEARCH_PATH, '/search/'],
    [routes.SEARCH_INDEX_PATH, '/search-index.json'],
    [routes.rssPath(), '/rss.xml'],
  ])('%s is %s', (built, want) => {
    expect(built).toBe(want);
  });

  it('keeps a slug from breaking out of its folder', () => {
    expect(routes.articlePath('a/b')).toBe('/articles/a%2Fb/');
    expect(routes.figurePath('../x')).toBe('/figures/..%2Fx/');
  });
});
