/** The fields that place a story in the site's listings. */
export interface StoryOrderKey {
  /** Source file name; files are numbered in the order they were received, later numbers newer. */
  source: string;
  /** 1-based position of the story within its file. */
  storyIndex: number;
}

const byName = new Intl.Collator('en', { numeric: true });

/** Orders stories newest file first, then in printed order within a file. */
export function compareStories(a: StoryOrderKey, b: StoryOrderKey): number {
  return byName.compare(b.source, a.source) || a.storyIndex - b.storyIndex;
}

/** Returns a copy of `entries` in listing order (see `compareStories`); the input is left untouched. */
export function sortStories<T extends { data: StoryOrderKey }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareStories(a.data, b.data));
}
