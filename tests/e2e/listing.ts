/**
 * Shared helpers for the end-to-end tests: read the story list the built site shows, and judge paragraph text.
 */
import { expect, type Page } from '@playwright/test';

/** One story as the `/articles/` page lists it. */
export interface ListedStory {
  /** Headline text of the link. */
  headline: string;
  /** Path the link points to. */
  href: string;
}

/** Opens `/articles/` and returns every listed story, in page order, following its pages to the last. */
export async function listedStories(page: Page): Promise<ListedStory[]> {
  const stories: ListedStory[] = [];
  let next: string | null = '/articles/';
  while (next !== null) {
    await page.goto(next);
    const links = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link');
    await expect(links.first()).toBeVisible();
    for (const link of await links.all()) {
      stories.push({ headline: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' });
    }
    const nextPage = page.locator('a[rel="next"]');
    next = (await nextPage.count()) > 0 ? await nextPage.getAttribute('href') : null;
  }
  return stories;
}

const HAN = /\p{Script=Han}/u;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef“”‘’·…—]/u;

/** Share of a text's non-space characters that are Chinese characters or full-width punctuation. */
export function chineseShare(text: string): number {
  const chars = [...text.replace(/\s/g, '')];
  if (chars.length === 0) return 0;
  return chars.filter((ch) => HAN.test(ch) || CJK_PUNCTUATION.test(ch)).length / chars.length;
}

/** A space or line break between two Chinese characters: the trace of a newspaper column's line wrap. */
export const BROKEN_HAN = /\p{Script=Han}\s+\p{Script=Han}/u;
