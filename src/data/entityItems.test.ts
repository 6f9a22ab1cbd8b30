import { describe, expect, it } from 'vitest';
import { programmeItem } from './entityItems.ts';
import { programme } from './testCorpus.ts';

describe('programmeItem', () => {
  it('sets a programme name in quotation marks, with its owner', () => {
    expect(programmeItem(programme('quan-cheng-yi-gong', '泉城义工', { owner: '某区文明办' }))).toMatchObject({
      name: '泉城义工',
      quoted: true,
      note: '某区文明办',
    });
  });

  it('does not quote a name that holds its own quotation marks again (no ““123”行动”)', () => {
    expect(programmeItem(programme('123-xing-dong', '“123”产业体系'), false)).toMatchObject({ name: '“123”产业体系', quoted: false, note: null });
  });
});
