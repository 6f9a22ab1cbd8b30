import { describe, expect, it } from 'vitest';
import { sortStories, type StoryOrderKey } from './stories.ts';

const story = (source: string, storyIndex: number) => ({ id: `${source}#${storyIndex}`, data: { source, storyIndex } satisfies StoryOrderKey });

describe('sortStories', () => {
  it.each([
    [
      // a later file comes first; stories inside a file keep their printed order
      'newest file first, printed order within',
      [story('000_a.txt', 1), story('001_b.txt', 2), story('001_b.txt', 1)],
      ['001_b.txt#1', '001_b.txt#2', '000_a.txt#1'],
    ],
    [
      // story 10 of a file follows story 9, not story 1
      'two-digit story numbers',
      [story('001_b.txt', 10), story('001_b.txt', 9), story('001_b.txt', 1)],
      ['001_b.txt#1', '001_b.txt#9', '001_b.txt#10'],
    ],
    [
      // file 10 is newer than file 9 even without zero padding
      'unpadded file numbers',
      [story('9_x.txt', 1), story('10_y.txt', 1)],
      ['10_y.txt#1', '9_x.txt#1'],
    ],
    ['empty list', [], []],
  ])('%s', (_label, input, ids) => {
    const before = input.map((s) => s.id);
    expect(sortStories(input).map((s) => s.id)).toEqual(ids);
    expect(input.map((s) => s.id)).toEqual(before);
  });
});
