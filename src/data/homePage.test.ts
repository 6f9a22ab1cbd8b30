import { describe, expect, it } from 'vitest';
import { homePage } from './homePage.ts';
import { storyPage } from './storyPage.ts';
import { buildSite } from './site.ts';
import { testCorpus } from './testCorpus.ts';

const site = buildSite(testCorpus());

describe('homePage', () => {
  it('counts stories, files and figures, and lists the newest stories first', () => {
    const view = homePage(site);
    expect([view.storyCount, view.sourceCount, view.figureCount]).toEqual([3, 2, 5]);
    expect(view.latest.map((s) => s.id)).toEqual(['bai-sha-cha-chan', 'she-qu-shi-tang', 'lu-wang']);
    expect(view.ways.find((w) => w.title === '地方')?.text).toMatch(/^4 个/);
    expect(view.ways.map((w) => w.href)).toContain('/search/');
  });
});

describe('storyPage', () => {
  it('links a marked figure to its sentence and an unmarked one to its own page', () => {
    expect(storyPage(site, 'she-qu-shi-tang', undefined).figures.map((f) => f.href)).toEqual(['#fig-yong-can-300']);
    expect(storyPage(site, 'lu-wang', undefined).figures.map((f) => f.href)).toEqual(['/figures/xian-lu-12/', '/figures/zhan-dian-40/']);
  });

  it('lists the places, people and programmes the story names', () => {
    const view = storyPage(site, 'she-qu-shi-tang', undefined);
    expect(view.places.map((p) => p.id)).toEqual(['dongpo-shequ', 'liuan-jiedao']);
    expect(view.initiatives.map((i) => i.id)).toEqual(['nuan-xin-fan-zhuo']);
    expect(view.printed).toMatchObject({ publication: '某城晚报', published: '2024-03-05', page: 'A03' });
  });
});
