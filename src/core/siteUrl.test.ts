import { describe, expect, it } from 'vitest';
import { isPlaceholderSite, normalizeBase, PLACEHOLDER_SITE, resolveSiteConfig, sitePath } from './siteUrl.ts';

describe('resolveSiteConfig', () => {
  const rows: { name: string; env: Record<string, string>; want: { site: string; base: string; placeholder: boolean } }[] = [
    // Nothing configured: the placeholder, flagged so the build and the pages can say so.
    { name: 'nothing set', env: {}, want: { site: PLACEHOLDER_SITE, base: '/', placeholder: true } },
    // An origin with a trailing slash.
    { name: 'an origin', env: { SITE_URL: 'https://news.example.org/' }, want: { site: 'https://news.example.org', base: '/', placeholder: false } },
    // A project page: origin and sub-path apart.
    {
      name: 'origin and BASE_PATH',
      env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/jinan' },
      want: { site: 'https://news.example.org', base: '/jinan/', placeholder: false },
    },
    // The sub-path given as part of SITE_URL, as GitHub prints a Pages address.
    {
      name: 'path inside SITE_URL',
      env: { SITE_URL: 'https://user.github.io/jinan/' },
      want: { site: 'https://user.github.io', base: '/jinan/', placeholder: false },
    },
    // Both, agreeing.
    {
      name: 'both agreeing',
      env: { SITE_URL: 'https://user.github.io/jinan', BASE_PATH: 'jinan/' },
      want: { site: 'https://user.github.io', base: '/jinan/', placeholder: false },
    },
  ];
  it.each(rows)('$name', ({ env, want }) => expect(resolveSiteConfig(env)).toEqual(want));

  it('refuses an address that is not one, naming the variable', () => {
    expect(() => resolveSiteConfig({ SITE_URL: 'news.example.org' })).toThrow(/SITE_URL `news\.example\.org`/);
    expect(() => resolveSiteConfig({ SITE_URL: 'ftp://news.example.org' })).toThrow(/https:\/\//);
    expect(() => resolveSiteConfig({ SITE_URL: 'https://user.github.io/a', BASE_PATH: '/b' })).toThrow(/one of them/);
  });
});

describe('normalizeBase', () => {
  it('gives every spelling of a sub-path both slashes', () => {
    expect(['', '/', 'jinan', '/jinan', '/jinan/', 'news/jinan/'].map(normalizeBase)).toEqual(['/', '/', '/jinan/', '/jinan/', '/jinan/', '/news/jinan/']);
  });
  it('refuses a path that would leave the site', () => {
    expect(() => normalizeBase('/../etc')).toThrow(/BASE_PATH/);
    expect(() => normalizeBase('/a b')).toThrow(/BASE_PATH/);
  });
});

describe('sitePath and the placeholder', () => {
  it('keeps root paths as they are when the site is at the root (unit tests build no sub-path)', () => {
    expect(sitePath('/articles/x/')).toBe('/articles/x/');
    expect(() => sitePath('articles/')).toThrow(/from the site's root/);
  });
  it('knows the placeholder from a real address', () => {
    expect(isPlaceholderSite(new URL(PLACEHOLDER_SITE))).toBe(true);
    expect(isPlaceholderSite('https://news.example.org')).toBe(false);
  });
});
