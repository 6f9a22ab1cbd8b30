/**
 * The layers, checked: the site (`src/`) never imports ingest or dev tools (`scripts/`, `bench/`, `tests/`), the core
 * (`src/core/`) imports nothing but itself, the ingest stages (`scripts/ingest/`) import only each other and the core
 * (`src/core/`, `src/schemas.ts`), dev tools (`scripts/dev/`, `bench/`) may import anything, the site data (`src/data/`
 * and its helpers) imports no page, component or layout, and no module reaches itself through its imports (no cycles,
 * type-only imports included: they tie the modules' meanings together even when the compiler drops them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'scripts', 'bench', 'tests'];
const EXTENSIONS = ['.ts', '.mjs', '.astro'];

/** Every source file under `dir`, relative to the repository root. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(path.join(root, d)).sort()) {
      if (name === 'node_modules' || name.startsWith('.') || name === 'out') continue;
      const rel = path.join(d, name);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk(dir);
  return out;
}

/** Relative import specifiers in `code`: static imports and re-exports, and dynamic `import('…')`. */
export function relativeImports(code: string): string[] {
  const specs: string[] = [];
  for (const m of code.matchAll(
    /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gmu,
  )) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec !== undefined && spec.startsWith('.')) specs.push(spec);
  }
  return specs;
}

/** The import graph of the scanned folders: file → files it imports (both relative to the root). */
function importGraph(): Map<string, string[]> {
  const files = SCANNED.flatMap(sourceFiles);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(path.join(root, file), 'utf8'))
      .map((spec) => path.normalize(path.join(path.dirname(file), spec.replace(/\?.*$/u, ''))))
      .map((target) => (known.has(target) ? target : (EXTENSIONS.map((e) => target + e).find((t) => known.has(t)) ?? target)))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** One cycle per strongly connected group of modules, found with Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

describe('layers', () => {
  const graph = importGraph();

  it('scans the whole tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.keys()].some((f) => f.startsWith('src/core/'))).toBe(true);
  });

  it('keeps the site, its unit tests included, free of ingest, dev tools and tests', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      file.startsWith('src/') ? targets.filter((t) => !t.startsWith('src/')).map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the core free of everything else', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      file.startsWith('src/core/') ? targets.filter((t) => !t.startsWith('src/core/')).map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the ingest stages to themselves and the core', () => {
    const allowed = (t: string): boolean => t.startsWith('scripts/ingest/') || t.startsWith('src/core/') || t === 'src/schemas.ts';
    const wrong = [...graph].flatMap(([file, targets]) =>
      file.startsWith('scripts/ingest/') ? targets.filter((t) => !allowed(t)).map((t) => `${file} → ${t}`) : [],
    );
    expect([...graph.keys()].some((f) => f.startsWith('scripts/ingest/read/'))).toBe(true);
    expect(wrong).toEqual([]);
  });

  it('keeps everything in scripts/ in a stage folder or among the dev tools', () => {
    const loose = [...graph.keys()].filter((f) => f.startsWith('scripts/') && !f.startsWith('scripts/ingest/') && !f.startsWith('scripts/dev/'));
    expect(loose).toEqual([]);
  });

  it('keeps the site data free of pages, components and layouts', () => {
    const SITE_DATA = ['src/data/', 'src/utils/', 'src/search/', 'src/markdown/', 'src/core/'];
    const PAGES = ['src/pages/', 'src/components/', 'src/layouts/'];
    const wrong = [...graph].flatMap(([file, targets]) =>
      SITE_DATA.some((dir) => file.startsWith(dir))
        ? targets.filter((t) => PAGES.some((dir) => t.startsWith(dir)) || t.endsWith('.astro')).map((t) => `${file} → ${t}`)
        : [],
    );
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  // Rows: a cycle of two, a self-import, and a chain with no cycle.
  it.each([
    [{ a: ['b'], b: ['a'] }, [['a', 'b']]],
    [{ a: ['a'] }, [['a']]],
    [{ a: ['b'], b: ['c'], c: [] }, []],
  ])('finds the cycles of %j', (edges, expected) => {
    expect(cycles(new Map(Object.entries(edges)))).toEqual(expected);
  });

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const code = `import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nconst d = await import('./d.ts');\nimport 'node:fs';\nimport './e.css';`;
    expect(relativeImports(code)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.css']);
  });
});
