/**
 * The chart review: `npm run review` prints every chart in `content/charts/` with the rule it satisfies (or breaks),
 * every candidate the proposer dropped with the rule it broke, and every figure whose frame is incomplete, so a
 * journalist can confirm a chart, drop it, or make one by hand. It reads the generated content; it writes nothing.
 * Exit 1 when a chart breaks a rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { planCharts, type ArticleInput } from '../ingest/charts/proposeCharts.ts';
import { reviewCharts } from '../ingest/review/reviewCharts.ts';
import { schemas } from '../../src/schemas.ts';

/** Frontmatter and body of every Markdown file of a collection, by id, in name order. */
function readCollection(dir: string): { id: string; front: unknown; body: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(text);
      if (!m) throw new Error(`${join(dir, name)}: no frontmatter`);
      return { id: name.slice(0, -3), front: parseYaml(m[1]!), body: m[2]! };
    });
}

const content = resolve(process.argv[2] ?? 'content');
const metrics = readCollection(join(content, 'metrics')).map((e) => ({ id: e.id, data: schemas.metrics.parse(e.front) }));
const charts = readCollection(join(content, 'charts')).map((e) => ({ id: e.id, data: schemas.charts.parse(e.front) }));
const articles: ArticleInput[] = readCollection(join(content, 'articles')).map((e) => {
  const a = schemas.articles.parse(e.front);
  return { slug: e.id, title: a.title, source: a.source, storyIndex: a.storyIndex, paragraphs: e.body.split(/\n{2,}/u) };
});
const initiatives = readCollection(join(content, 'initiatives')).map((e) => ({ slug: e.id, data: schemas.initiatives.parse(e.front) }));
const districts = readCollection(join(content, 'districts')).map((e) => {
  const d = schemas.districts.parse(e.front);
  return { slug: e.id, name: d.name, aliases: d.aliases };
});
const byId = new Map(metrics.map((m) => [m.id, m.data]));
const plan = planCharts({ metrics, articles, districts, initiatives, previous: charts });
const lines = reviewCharts(charts, (id) => byId.get(id), plan);
console.log(lines.join('\n'));
process.exitCode = lines.some((l) => l.startsWith('  ✗')) ? 1 : 0;
