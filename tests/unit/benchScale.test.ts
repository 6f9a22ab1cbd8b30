import { describe, expect, it } from 'vitest';
import {
  estimateBuildSeconds,
  fastGrowers,
  functionTimes,
  indexPagesMarkdown,
  linearityVerdict,
  parseSummary,
  resultsMarkdown,
  stageMarkdown,
  type CpuProfile,
  type SizeResult,
} from '../../bench/scale.ts';

describe('linearityVerdict', () => {
  it.each([
    // cost per story flat across tenfold steps: linear
    {
      sizes: [
        [100, 1],
        [1000, 10],
        [10000, 100],
      ],
      linear: true,
    },
    // start-up time dominates the small size, so the cost per story falls: still linear
    {
      sizes: [
        [100, 1.2],
        [1000, 6.5],
        [10000, 60],
      ],
      linear: true,
    },
    // per-story cost ×1.2 for a tenfold corpus: within tolerance
    {
      sizes: [
        [1000, 5],
        [10000, 60],
      ],
      linear: true,
    },
    // per-story cost ×1.4 for a tenfold corpus: a quadratic term is showing
    {
      sizes: [
        [1000, 5],
        [10000, 70],
      ],
      linear: false,
    },
    // per-story cost ×10 for a tenfold corpus: quadratic
    {
      sizes: [
        [100, 1],
        [1000, 100],
      ],
      linear: false,
    },
    // linear at first, then per-story cost doubles: super-linear at the large end
    {
      sizes: [
        [100, 1],
        [1000, 10],
        [10000, 200],
      ],
      linear: false,
    },
  ])('$sizes → linear: $linear', ({ sizes, linear }) => {
    const verdict = linearityVerdict(sizes.map(([articles, seconds]) => ({ articles: articles!, seconds: seconds! })));
    expect(verdict.linear).toBe(linear);
    expect(verdict.text.startsWith(linear ? 'linear' : 'super-linear')).toBe(true);
  });

  it('names the cost per story at each step', () => {
    const { text } = linearityVerdict([
      { articles: 1000, seconds: 5 },
      { articles: 100, seconds: 1 },
    ]);
    expect(text).toContain('100 → 1000: 10.00 → 5.00 ms/story');
  });
});

describe('parseSummary', () => {
  it('reads the counts ingest prints, ignoring warnings', () => {
    const out = 'stories        100\nofficials       31\nfigures        585\nwarnings         1\nwarning: a.txt:3: same story as b.txt:1; skipped\n';
    expect(parseSummary(out)).toEqual({ stories: 100, officials: 31, figures: 585, warnings: 1 });
  });
});

describe('resultsMarkdown', () => {
  const base: SizeResult = {
    articles: 1000,
    files: 273,
    corpusBytes: 2.3 * 1024 * 1024,
    counts: { stories: 1000, officials: 266, districts: 889, initiatives: 392, figures: 6392, charts: 965 },
    ingestSeconds: 8.1,
    ingestCpuSeconds: 6.5,
    ingestPeakBytes: 280 * 1024 * 1024,
    build: { seconds: 31.6, cpuSeconds: 30.2, peakBytes: 1237 * 1024 * 1024, pages: 15339, distBytes: 178.7 * 1024 * 1024, distFiles: 16000 },
    search: null,
  };
  const machine = { cpus: 2, model: 'AMD EPYC', memory: 23.5 * 1024 ** 3, node: 'v24.21.0' };

  it('states the machine and date, and one row per size with CPU time per story and pages per second', () => {
    const md = resultsMarkdown([base], machine, '2025-01-02');
    expect(md).toContain('2 CPUs (AMD EPYC), 23.5 GB memory, Node v24.21.0');
    expect(md).toContain('2025-01-02');
    expect(md).toContain(
      '| 1,000 | 273 | 2.3 | 1000 / 266 / 889 / 392 / 6392 / 965 | 8.1 (6.5) | 6.50 | 280 | 31.6 (30.2) | 15339 | 485 | 1237 | 178.7 (16000 files) | n/a | n/a | n/a |',
    );
  });

  it('marks a skipped build and says why in the notes', () => {
    const md = resultsMarkdown([{ ...base, articles: 10000, build: { skipped: 'estimated 25 min' } }], machine, '2025-01-02', [
      '10000-story build skipped: estimated 25 min.',
    ]);
    expect(md).toMatch(/\| 10,000 \|.*\| skipped \| skipped \|/u);
    expect(md).toContain('- 10000-story build skipped: estimated 25 min.');
  });
});

describe('estimateBuildSeconds', () => {
  const counts = (stories: number) => ({ stories, figures: stories * 6 });
  it.each([
    // nothing measured yet: no estimate, the build runs
    { measured: [], size: 1000, expected: 0 },
    // one build measured: scaled by the number of entries
    { measured: [{ counts: counts(100), seconds: 6 }], size: 1000, expected: 60 },
    // two builds that grew more slowly than their pages (start-up time): still scaled linearly
    {
      measured: [
        { counts: counts(100), seconds: 6 },
        { counts: counts(1000), seconds: 30 },
      ],
      size: 10000,
      expected: 300,
    },
    // two builds where ten times the pages took a hundred times as long: quadratic, so ×100 again
    {
      measured: [
        { counts: counts(100), seconds: 1 },
        { counts: counts(1000), seconds: 100 },
      ],
      size: 10000,
      expected: 10000,
    },
  ])('$measured.length builds measured → $expected s for $size stories', ({ measured, size, expected }) => {
    expect(estimateBuildSeconds(measured, counts(size))).toBeCloseTo(expected, 6);
  });
});

describe('functionTimes', () => {
  // main → link → (filter callback); main → scan; a library frame under link and an unrelated node_modules frame
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2] },
      { id: 2, callFrame: { functionName: 'main', url: 'file:///work/main/scripts/ingest/cli.ts' }, children: [3, 5] },
      { id: 3, callFrame: { functionName: 'link', url: 'file:///work/main/scripts/ingest/resolve/link.ts?tsx' }, children: [4, 6] },
      { id: 4, callFrame: { functionName: '', url: 'file:///work/main/scripts/ingest/resolve/link.ts' } },
      { id: 5, callFrame: { functionName: 'scan', url: 'file:///work/main/scripts/ingest/extract/extractPlaces.ts' } },
      { id: 6, callFrame: { functionName: 'stringify', url: 'file:///work/main/node_modules/yaml/dist/index.js' } },
      { id: 7, callFrame: { functionName: '', url: 'file:///tmp/site/dist/.prerender/chunks/_id__DBsNrW-m.mjs' } },
    ],
    samples: [4, 4, 3, 5, 6, 1, 7],
    timeDeltas: [1000, 1000, 500, 2000, 250, 9000, 300],
  };

  it('charges each function with its own time and its callees, in project code only, named without chunk hashes', () => {
    const times = functionTimes(profile);
    expect(times.get('main (scripts/ingest/cli.ts)')).toBe(4.75);
    expect(times.get('link (scripts/ingest/resolve/link.ts)')).toBe(2.75);
    expect(times.get('(anonymous) (scripts/ingest/resolve/link.ts)')).toBe(2);
    expect(times.get('scan (scripts/ingest/extract/extractPlaces.ts)')).toBe(2);
    expect(times.get('(anonymous) (chunk _id_)')).toBe(0.3);
    expect([...times.keys()].some((k) => k.includes('yaml') || k.includes('root'))).toBe(false);
  });
});

describe('stageMarkdown', () => {
  it('ranks functions by time at the largest size and flags those growing faster than the corpus', () => {
    const md = stageMarkdown({
      step: 'ingest',
      sizes: [1000, 10000],
      times: new Map([
        // ten times the stories, ten times the time: linear
        ['scan (scripts/ingest/extract/extractPlaces.ts)', [1000, 10000]],
        // ten times the stories, a hundred times the time: quadratic
        ['link (scripts/ingest/resolve/link.ts)', [300, 30000]],
      ]),
    });
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows[0]).toBe('| `link (scripts/ingest/resolve/link.ts)` | 0.300 | 3.000 | 2.00 **super-linear** |');
    expect(rows[1]).toBe('| `scan (scripts/ingest/extract/extractPlaces.ts)` | 1.000 | 1.000 | 1.00 |');
  });
});

describe('fastGrowers', () => {
  it('names the parts that grow faster than the corpus and matter, biggest share first', () => {
    const growers = fastGrowers({
      step: 'ingest',
      sizes: [1000, 10000],
      times: new Map([
        // the whole run: stands for the total
        ['main (scripts/ingest/cli.ts)', [5000, 80000]],
        // linear: not named
        ['scan (scripts/ingest/extract/extractPlaces.ts)', [1000, 10000]],
        // quadratic and 37.5 % of the run: named
        ['link (scripts/ingest/resolve/link.ts)', [300, 30000]],
        // quadratic but 0.1 % of the run: not worth naming
        ['pushUnique (scripts/ingest/resolve/link.ts)', [1, 80]],
      ]),
    });
    expect(growers.map((g) => g.name)).toEqual(['main (scripts/ingest/cli.ts)', 'link (scripts/ingest/resolve/link.ts)']);
    expect(growers[1]!.exponent).toBeCloseTo(2, 6);
    expect(growers[1]!.share).toBeCloseTo(0.375, 6);
  });
});

describe('indexPagesMarkdown', () => {
  const base: SizeResult = {
    articles: 10000,
    files: 2928,
    corpusBytes: 23 * 1024 * 1024,
    counts: { stories: 10000 },
    ingestSeconds: 30,
    ingestCpuSeconds: 30,
    ingestPeakBytes: 700 * 1024 * 1024,
    build: { seconds: 500, cpuSeconds: 900, peakBytes: 2e9, pages: 160000, distBytes: 4e9, distFiles: 200000 },
    search: null,
  };

  it('weighs each index first page against the 30 KB budget and flags the one over it', () => {
    const md = indexPagesMarkdown([{ ...base, indexPages: { figures: 40 * 1024, articles: 12 * 1024 } }]).join('\n');
    expect(md).toContain('| 10,000 | 40.0 KB | 12.0 KB | n/a | n/a | n/a | n/a | 40.0 KB (**over**) |');
    expect(indexPagesMarkdown([{ ...base, indexPages: { figures: 20 * 1024 } }]).join('\n')).toContain('20.0 KB (within)');
  });

  it('says nothing when no site was built, and reports a warm rebuild in pages per second', () => {
    expect(indexPagesMarkdown([{ ...base, build: null }])).toEqual([]);
    const md = indexPagesMarkdown([{ ...base, indexPages: { figures: 1024 }, rebuild: { seconds: 400, cpuSeconds: 500 } }]).join('\n');
    expect(md).toContain('10,000 stories 400.0 s (CPU 500.0 s), 400 pages/s');
  });
});
