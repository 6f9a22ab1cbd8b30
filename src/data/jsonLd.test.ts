import { describe, expect, it } from 'vitest';
import { chartLd, figureLd, figuresLd, personLd, placeLd, storyLd } from './jsonLd.ts';
import { buildSite } from './site.ts';
import { testCorpus } from './testCorpus.ts';

const site = buildSite(testCorpus());
const ORIGIN = 'https://news.example.org';
const entry = <T>(map: ReadonlyMap<string, T>, id: string): T => map.get(id)!;

describe('storyLd', () => {
  it('dates a story by its edition and names the printed original', () => {
    const ld = storyLd(entry(site.storyById, 'she-qu-shi-tang'), [entry(site.placeById, 'dongpo-shequ')], [], ORIGIN);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '东坡社区食堂开张',
      url: 'https://news.example.org/articles/she-qu-shi-tang/',
      datePublished: '2024-03-05',
      isBasedOn: { publisher: { '@type': 'Organization', name: '某城晚报' }, pagination: 'A03', identifier: '0002.txt' },
      about: [{ '@type': 'Place', name: '东坡社区', url: 'https://news.example.org/districts/dongpo-shequ/' }],
    });
    expect(ld).not.toHaveProperty('description');
  });

  it('falls back to the printed year, and credits the bylines', () => {
    const ld = storyLd(entry(site.storyById, 'lu-wang'), [], [entry(site.officialById, 'zhao-mingyuan')], ORIGIN);
    expect(ld.datePublished).toBe('2023');
    expect(ld.description).toBe('青石区新开公交线路12条。');
    expect(ld.author).toEqual([{ '@type': 'Person', name: '记者 甲乙' }]);
    expect(ld.mentions).toEqual([{ '@type': 'Person', name: '赵明远', url: 'https://news.example.org/officials/zhao-mingyuan/' }]);
  });
});

describe('placeLd', () => {
  it('calls a community a Place inside its street, a district an AdministrativeArea', () => {
    const community = placeLd(entry(site.placeById, 'dongpo-shequ'), site.placeNodes.get('liuan-jiedao'), ORIGIN);
    expect(community).toMatchObject({
      '@type': 'Place',
      alternateName: ['东坡'],
      containedInPlace: { '@type': 'AdministrativeArea', name: '柳岸街道', url: 'https://news.example.org/districts/liuan-jiedao/' },
    });
    const district = placeLd(entry(site.placeById, 'qingshi-qu'), undefined, ORIGIN);
    expect(district).toMatchObject({ '@type': 'AdministrativeArea', identifier: '379901' });
    expect(district).not.toHaveProperty('containedInPlace');
  });
});

describe('personLd', () => {
  it('leaves out the job title of someone printed without one', () => {
    const ld = personLd({ ...entry(site.officialById, 'qian-xiaoyu'), data: { ...entry(site.officialById, 'qian-xiaoyu').data, titles: [] } }, ORIGIN);
    expect(ld).not.toHaveProperty('jobTitle');
  });
});

describe('figureLd', () => {
  it('gives a range its upper bound and a dated figure its year', () => {
    const range = figureLd(entry(site.rowById, 'cha-ye-mu'), ORIGIN);
    expect(range.variableMeasured).toEqual({ '@type': 'PropertyValue', name: '茶园面积', value: 1.2, maxValue: 1.5, unitText: '万亩' });
    expect(range).not.toHaveProperty('temporalCoverage');
    const dated = figureLd(entry(site.rowById, 'xian-lu-12'), ORIGIN);
    expect(dated).toMatchObject({ temporalCoverage: '2023', spatialCoverage: { name: '青石区' }, isBasedOn: 'https://news.example.org/articles/lu-wang/' });
    expect(dated.variableMeasured).not.toHaveProperty('maxValue');
  });
});

describe('figuresLd and chartLd', () => {
  it('link the downloads absolutely', () => {
    expect(figuresLd('全部数字', ['数量'], ORIGIN).distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://news.example.org/figures/figures.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://news.example.org/figures/figures.json' },
    ]);
    const chart = chartLd({ slug: 'gong-jiao', title: '公交线路', finding: '青石区最多', articles: [{ slug: 'lu-wang' }] }, ORIGIN);
    expect(chart).toMatchObject({ image: 'https://news.example.org/charts/gong-jiao.png', isBasedOn: ['https://news.example.org/articles/lu-wang/'] });
    expect((chart.distribution as { encodingFormat: string }[]).map((d) => d.encodingFormat)).toEqual([
      'text/csv',
      'application/json',
      'image/svg+xml',
      'image/png',
    ]);
  });
});
