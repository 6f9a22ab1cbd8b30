import { describe, expect, it } from 'vitest';
import { editionMoment, shanghaiDate } from './editionDate.ts';

describe('editionMoment', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const cases: { name: string; env: Record<string, string | undefined>; commit: number | null; date: string }[] = [
    // SOURCE_DATE_EPOCH wins, as reproducible builds expect.
    { name: 'SOURCE_DATE_EPOCH', env: { SOURCE_DATE_EPOCH: '1700000000' }, commit: 1600000000, date: '2023-11-15' },
    // Without it, the commit date: two builds of one commit agree.
    { name: 'the commit date', env: {}, commit: 1600000000, date: '2020-09-13' },
    // Outside a checkout, today.
    { name: 'today', env: {}, commit: null, date: '2026-11-21' },
    // A malformed SOURCE_DATE_EPOCH is ignored.
    { name: 'not a malformed epoch', env: { SOURCE_DATE_EPOCH: 'yesterday' }, commit: 1600000000, date: '2020-09-13' },
  ];
  for (const c of cases) it(`uses ${c.name}`, () => expect(shanghaiDate(editionMoment(c.env, c.commit, now))).toBe(c.date));

  it('dates in Shanghai time: 20:00 UTC is the next day there', () => expect(shanghaiDate(new Date('2024-01-01T20:00:00Z'))).toBe('2024-01-02'));
});
