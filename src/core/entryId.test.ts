import { describe, expect, it } from 'vitest';
import { entryIdFromPath } from './entryId.ts';

describe('entryIdFromPath', () => {
  it.each([
    // a plain file at the collection root keeps its pinyin slug
    ['lixia-qu.md', 'lixia-qu'],
    // a file in a sub-folder is still keyed by its own name, so URLs do not change when files move
    ['2024/xu-faxian.md', 'xu-faxian'],
    // Windows separators from a checkout on another OS
    ['2024\\xu-faxian.md', 'xu-faxian'],
    // digits inside the slug are kept (figure ids)
    ['001-03-45-3-yi-yuan.md', '001-03-45-3-yi-yuan'],
    // only the final extension is dropped
    ['md-gongzuo.md', 'md-gongzuo'],
  ])('%s → %s', (path, id) => {
    expect(entryIdFromPath(path)).toBe(id);
  });
});
