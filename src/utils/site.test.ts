import { describe, expect, it } from 'vitest';
import { isCurrentSection, pageTitle } from './site.ts';

describe('pageTitle', () => {
  it.each([
    // the home page shows the site name alone
    [undefined, '泉城数读 · Jinan by the Numbers'],
    // a blank title is treated as none rather than leaving a dangling separator
    ['  ', '泉城数读 · Jinan by the Numbers'],
    // a story's headline comes first so browser tabs show it
    ['做好“三项重点”任务，升级泉城义工品牌', '做好“三项重点”任务，升级泉城义工品牌 | 泉城数读 · Jinan by the Numbers'],
  ])('%s', (title, expected) => {
    expect(pageTitle(title)).toBe(expected);
  });
});

describe('isCurrentSection', () => {
  it.each([
    // a place page belongs to the places section
    ['/districts/', '/districts/lixia-qu/', true],
    // the home link is current only on the home page itself
    ['/', '/districts/', false],
    ['/', '/', true],
    // a figure page is not in the stories section
    ['/articles/', '/figures/45-3-yi-yuan/', false],
  ])('%s on %s', (href, pathname, current) => {
    expect(isCurrentSection(href, pathname)).toBe(current);
  });
});
