import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreTerms } from './engine.ts';
import { firstOf, listOfRuns, listOfScores, scoreLists } from './keyLists.ts';
import { decodeList, encodeList, forEachListed } from './shardKeys.ts';

const TOTAL = 300;
/** A term's documents: distinct positions below `TOTAL`, each with a Fuse score. */
const termScores = fc.dictionary(fc.integer({ min: 0, max: TOTAL - 1 }).map(String), fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 60 });
const asMap = (scores: Record<string, number>): Map<number, number> => new Map(Object.entries(scores).map(([id, s]) => [Number(id), s]));

describe('key lists', () => {
  it('reads a list as encodeList wrote it', () => {
    for (const list of [[], [0], [7], [3, 4, 10, 400, 401, 46655, 46656]]) {
      const read: number[] = [];
      forEachListed(encodeList(list), (v) => read.push(v));
      expect(read).toEqual(list);
      expect(read).toEqual(decodeList(encodeList(list)));
    }
  });

  it('puts runs of any order into one list by position, short or long', () => {
    const runs: [number, number, string][] = [
      [3, 0.5, encodeList([5, 9, 200])],
      [0, 0.01, encodeList([1, 7])],
      [4, 0.9, encodeList([2, 250])],
    ];
    for (const total of [1000, 260]) {
      const list = listOfRuns(runs, total);
      expect([...list.ids]).toEqual([1, 2, 5, 7, 9, 200, 250]);
      expect([...list.tiers]).toEqual([0, 4, 3, 0, 3, 3, 4]);
      expect([...list.scores]).toEqual([0.01, 0.9, 0.5, 0.01, 0.5, 0.5, 0.9]);
    }
  });

  it('scores the documents holding every term exactly as scoreTerms does', () => {
    fc.assert(
      fc.property(fc.array(termScores, { minLength: 1, maxLength: 4 }), (terms) => {
        const perTerm = terms.map((scores, t) => ({ term: `t${t}`, scores: asMap(scores) }));
        const expected = scoreTerms(perTerm, TOTAL);
        const most = expected.reduce((best, m) => Math.max(best, m.terms), 0);
        const kept = expected.filter((m) => m.terms === most);
        const scored = scoreLists(
          perTerm.map((t) => listOfScores(t.scores)),
          TOTAL,
        );
        expect(scored.most).toBe(most);
        expect([...scored.ids]).toEqual(kept.map((m) => m.ref));
        // Bit for bit: the order of the hits depends on it.
        expect([...scored.scores]).toEqual(kept.map((m) => m.score));
        expect(scored.held).toEqual(perTerm.map((t) => kept.some((m) => m.held.includes(t.term))));
      }),
    );
  });

  it('picks the first of a ranking as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 1, max: 30 }), (keys, k) => {
        const before = (a: number, b: number): number => keys[a]! - keys[b]! || a - b;
        const sorted = keys.map((_, i) => i).sort(before);
        expect(firstOf(0, keys.length, k, before)).toEqual(sorted.slice(0, k));
      }),
    );
  });
});
