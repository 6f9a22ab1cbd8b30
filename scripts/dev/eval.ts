/**
 * `npm run eval`: how well ingest reads what figures mean, measured against hand annotations. For each annotated
 * figure it compares the frame ingest gives (basis, year, district, entity, measure) with what a careful reader
 * wrote down, and prints per-field accuracy (entity and measure both loosely, one phrase inside the other, and exactly): on the five sources (`tests/eval/annotations.yaml`) and, separately, on
 * made-up articles the rules were not written from (`tests/eval/unseen/`, dated by their `sources.yaml`).
 * A report, not a test: it exits 0 whatever the scores and lists annotations that match no figure (`--verbose`: every miss).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSourcesManifest } from '../ingest/read/sourcesManifest.ts';
import { runIngest } from '../ingest/pipeline.ts';

/** One hand-annotated figure. */
interface Annotation {
  article: string;
  text: string;
  quote?: string;
  basis: string | null;
  year: number | null;
  district: string | null;
  entity: string | null;
  measure: string | null;
}

const ROOT = join(import.meta.dirname, '..', '..');
const FIELDS = ['basis', 'year', 'district', 'entity', 'measure'] as const;

/** Text compared loosely: quotes, brackets and spaces do not count, and one phrase inside the other agrees. */
function agrees(expected: unknown, actual: unknown, loose: boolean): boolean {
  if (expected === null || actual === null || expected === undefined || actual === undefined)
    return expected === actual || (expected === null && actual === undefined);
  if (!loose) return expected === actual;
  const norm = (s: unknown) => String(s).replace(/[“”‘’"'()（）\s]/gu, '');
  const [e, a] = [norm(expected), norm(actual)];
  return e === a || (a.length >= 2 && e.includes(a)) || (e.length >= 2 && a.includes(e));
}

/** Scores one folder of sources against its annotations; returns the number of annotations that found no figure. */
function evaluate(label: string, sourcesDir: string, annotationsFile: string): number {
  const names = readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const manifestFile = join(sourcesDir, 'sources.yaml');
  const manifest = existsSync(manifestFile) ? parseSourcesManifest(readFileSync(manifestFile, 'utf8'), names) : new Map();
  const result = runIngest(
    names.map((name) => ({ name, bytes: readFileSync(join(sourcesDir, name)) })),
    { manifest },
  );
  const figures = [...result.files].filter(([p]) => p.startsWith('metrics/')).map(([, text]) => parse(text.split('---\n')[1]!) as Record<string, unknown>);
  const annotations = parse(readFileSync(annotationsFile, 'utf8')) as Annotation[];
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  // Entity and measure also counted exactly (after dropping quotes and brackets): containment alone would credit a
  // long phrase that merely includes the measure.
  const exact = { entity: 0, measure: 0 };
  let missing = 0;
  const misses: string[] = [];
  for (const a of annotations) {
    const found = figures.find((m) => m.article === a.article && m.text === a.text && (a.quote === undefined || String(m.quote).includes(a.quote)));
    if (!found) {
      missing++;
      misses.push(`  not found: ${a.article} ${a.text}`);
      continue;
    }
    for (const f of FIELDS) {
      const ok = agrees(a[f], found[f], f === 'entity' || f === 'measure');
      if (ok) right[f]++;
      const bare = (v: unknown) => String(v).replace(/[“”‘’"'()（）\s]/gu, '');
      if ((f === 'entity' || f === 'measure') && a[f] !== null && bare(a[f]) === bare(found[f])) exact[f]++;
      else misses.push(`  ${f.padEnd(8)} ${a.text.padEnd(10)} expected ${String(a[f])}, got ${String(found[f])}  (${a.article})`);
    }
  }
  const n = annotations.length;
  console.log(`\n${label}: ${n} annotated figures, ${figures.length} found by ingest`);
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  for (const f of FIELDS) {
    const strict = f === 'entity' || f === 'measure' ? `   exact ${String(exact[f]).padStart(3)}/${n}  ${pct(exact[f])}` : '';
    console.log(`  ${f.padEnd(8)} ${String(right[f]).padStart(3)}/${n}  ${pct(right[f])}${strict}`);
  }
  if (process.argv.includes('--verbose')) console.log(misses.join('\n'));
  return missing;
}

const missing =
  evaluate('five sources', join(ROOT, 'content/sources'), join(ROOT, 'tests/eval/annotations.yaml')) +
  evaluate('unseen articles', join(ROOT, 'tests/eval/unseen'), join(ROOT, 'tests/eval/unseen/annotations.yaml'));
if (missing > 0) console.log(`\n${missing} annotated figures were not found at all`);
process.exitCode = 0;
