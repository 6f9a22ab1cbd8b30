/**
 * Scores a generated content folder's people, programmes and places against a hand annotation:
 *
 *   npx tsx scripts/dev/evalEntities.ts [--content content] [--annotation tests/eval/entities.yaml]
 *
 * Prints precision and recall, then what was missed or wrong.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { scoreEntities, type EntityAnnotation, type GeneratedEntities, type Ratio } from './scoreEntities.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, annotation: { type: 'string', default: 'tests/eval/entities.yaml' } },
});

/** Frontmatter of every file in a collection folder, with its slug. */
function frontmatter(folder: string): (Record<string, unknown> & { slug: string })[] {
  const dir = join(values.content!, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ ...(parse(readFileSync(join(dir, f), 'utf8').split('---\n')[1]!) as Record<string, unknown>), slug: f.replace(/\.md$/u, '') }));
}

const generated: GeneratedEntities = {
  officials: frontmatter('officials').map((o) => ({
    name: String(o.name),
    titles: (o.titles as string[]) ?? [],
    category: (o.category as string | null) ?? null,
  })),
  initiatives: frontmatter('initiatives').map((i) => ({ name: String(i.name), aliases: (i.aliases as string[] | undefined) ?? [] })),
  districts: frontmatter('districts').map((d) => ({
    slug: d.slug,
    name: String(d.name),
    aliases: (d.aliases as string[]) ?? [],
    parent: (d.parent as string | null) ?? null,
  })),
};
const s = scoreEntities(parse(readFileSync(values.annotation!, 'utf8')) as EntityAnnotation, generated);
const pct = (r: Ratio): string => `${r.hit}/${r.of} (${r.of === 0 ? '—' : `${Math.round((100 * r.hit) / r.of)}%`})`;
console.log(
  [
    `people       precision ${pct(s.peoplePrecision)}  recall ${pct(s.peopleRecall)}  category ${pct(s.categoryCorrect)}  posts with their place ${pct(s.titlesWithPlace)}`,
    `programmes   precision ${pct(s.programmePrecision)}  recall ${pct(s.programmeRecall)}`,
    `places       list items ${pct(s.listPlaces)}  parents ${pct(s.parents)}`,
    ...s.notes.map((n) => `  ${n}`),
  ].join('\n'),
);
