/**
 * The committed stories' `mentions`: every offset reads back, in the body as a reader sees it, exactly the name or
 * figure of the entry it points at. Ingest checks this before it writes; this holds the committed files to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyText } from '../../src/core/markdown.ts';
import { parseFrontmatter } from '../../src/core/frontmatter.ts';
import { schemas, type MentionData } from '../../src/schemas.ts';
import { parseCorrections } from '../../scripts/ingest/resolve/corrections.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Front matter and body of every file of a collection, by entry id. */
function collection(name: string): Map<string, { data: Record<string, unknown>; body: string }> {
  const out = new Map<string, { data: Record<string, unknown>; body: string }>();
  for (const file of readdirSync(join(CONTENT, name))
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const source = readFileSync(join(CONTENT, name, file), 'utf8');
    out.set(file.replace(/\.md$/u, ''), parseFrontmatter(source) ?? { data: {}, body: source });
  }
  return out;
}

const articles = collection('articles');
const entries = { place: collection('districts'), official: collection('officials'), initiative: collection('initiatives'), figure: collection('metrics') };

/** A journalist's renames and merges: the printed name stays in the story while the entry takes the corrected one. */
const corrected = parseCorrections(readFileSync(join(CONTENT, 'corrections.yaml'), 'utf8'), 'corrections.yaml').corrections;
const printedBefore = (name: string): string[] => [
  ...[...corrected.officials.rename, ...corrected.initiatives.rename].filter((r) => r.to === name).map((r) => r.from),
  ...corrected.officials.merge.filter((m) => m.into === name).flatMap((m) => m.names),
];

/** The forms an entry may be printed in: a figure's printed text, a name, its aliases and the names corrected into it. */
function printedForms(kind: MentionData['kind'], data: Record<string, unknown>): string[] {
  if (kind === 'figure') return [String(data.text)];
  const aliases = Array.isArray(data.aliases) ? data.aliases.map(String) : [];
  return [String(data.name), ...aliases, ...printedBefore(String(data.name))];
}

describe('mentions in the committed stories', () => {
  it('there are stories with mentions of every kind', () => {
    const kinds = new Set([...articles.values()].flatMap(({ data }) => schemas.articles.parse(data).mentions.map((m) => m.kind)));
    expect([...kinds].sort()).toEqual(['figure', 'initiative', 'official', 'place']);
  });

  it.each([...articles.keys()])('%s: each mention reads back the name or figure of its entry', (id) => {
    const { data, body } = articles.get(id)!;
    const story = schemas.articles.parse(data);
    const text = storyText(body);
    const wrong = story.mentions.flatMap((m) => {
      const entry = entries[m.kind].get(m.ref);
      const printed = text.slice(m.start, m.end);
      return entry && printedForms(m.kind, entry.data).includes(printed) ? [] : [`${m.kind} ${m.ref} at ${m.start}–${m.end}: ${printed}`];
    });
    expect(wrong).toEqual([]);
    // Every figure the story states is marked where it stands.
    const figures = new Set(story.mentions.filter((m) => m.kind === 'figure').map((m) => m.ref));
    expect(story.metrics.filter((ref) => !figures.has(ref))).toEqual([]);
  });
});
