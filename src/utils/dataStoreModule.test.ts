import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE_ID, splitDataStoreLiteral, splitStoreLiteral } from './dataStoreModule.ts';

/** Runs a module body of the form Astro writes and returns its default export. */
const evaluate = (code: string): unknown => new Function(code.replace('export default ', 'return '))();

/** Astro's store module for a value: the JSON text as one string literal. */
const storeModule = (value: unknown): string => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

describe('splitStoreLiteral', () => {
  const value = [['Map', 1, 2], 'articles', { title: '泉城“数读”：济南市\\历下区', emoji: '😀😀😀', quote: 'a\nb\u2028c' }];

  it('gives back the same value from pieces no longer than asked', () => {
    const code = storeModule(value);
    const split = splitStoreLiteral(code, 7)!;
    expect(split).not.toBeNull();
    expect(evaluate(split)).toEqual(value);
    const pieces = split.slice(split.indexOf('[') + 1, split.lastIndexOf(']')).split(',\n');
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect((JSON.parse(piece) as string).length).toBeLessThanOrEqual(7);
  });

  it('rejoins a surrogate pair cut between two pieces', () => {
    const code = storeModule(['😀']);
    // `["` is two code units, so a piece of three ends after the pair's first half.
    expect(evaluate(splitStoreLiteral(code, 3)!)).toEqual(['😀']);
  });

  it('leaves a short store, an empty one and other code alone', () => {
    expect(splitStoreLiteral(storeModule(value))).toBeNull();
    expect(splitStoreLiteral('export default new Map()', 2)).toBeNull();
    expect(splitStoreLiteral('export default{"articles":[(await import("astro:data-layer-content-chunk:a.txt"))]}', 2)).toBeNull();
    expect(splitStoreLiteral('export default JSON.parse(someVariable)', 2)).toBeNull();
  });
});

describe('splitDataStoreLiteral', () => {
  it('rewrites only the content store module', () => {
    const plugin = splitDataStoreLiteral();
    const code = storeModule({ body: 'x'.repeat(3 << 20) });
    expect(plugin.transform(code, '/src/pages/index.astro')).toBeNull();
    const out = plugin.transform(code, DATA_STORE_MODULE_ID);
    expect(out?.code).toContain('].join("")');
    expect(evaluate(out!.code)).toEqual({ body: 'x'.repeat(3 << 20) });
  });
});
