/**
 * What a journalist should check about people, programmes and places after a run, each with a ready-to-paste
 * `corrections.yaml` entry: people whose category is read from a role or nickname (or not at all), programmes joined
 * under one name by an alias, and places taken from bare list items.
 */
import { OFFICIAL_CATEGORIES } from '../../../src/schemas.ts';
import { officialCategory } from '../extract/officialCategory.ts';

/** What the review reads about the run's people, programmes and listed places. */
export interface EntityReviewInput {
  /** Every person: name, posts, the category written, and whether a correction set it. */
  officials: { name: string; titles: string[]; category: string | null; corrected: boolean }[];
  /** Every programme with the other names it was joined under. */
  initiatives: { name: string; aliases: string[] }[];
  /** Places taken from bare list items: the story, the item as printed, the place's name. */
  listedPlaces: { article: string; printed: string; name: string }[];
}

/** YAML flow scalar: quoted when it holds characters YAML would read otherwise. */
function scalar(text: string): string {
  return /^[\p{Script=Han}\w·-]+$/u.test(text) ? text : JSON.stringify(text);
}

/** The review lines (empty when there is nothing to check). */
export function reviewEntities(input: EntityReviewInput): string[] {
  const lines: string[] = [];
  const people = input.officials.filter((o) => !o.corrected && !officialCategory(o.titles).certain);
  if (people.length > 0) {
    lines.push('review: people whose category is read from a role or a nickname, or not known (corrections.yaml → officials: category:)');
    for (const o of people) {
      const reading = officialCategory(o.titles);
      const why = reading.from === null ? 'no post tells' : `from ${reading.from}`;
      const set = o.category ?? OFFICIAL_CATEGORIES.join('|');
      lines.push(`  ${o.name}: ${o.category ?? 'unknown'} (${why})  →  - { name: ${scalar(o.name)}, set: ${set} }`);
    }
  }
  const merged = input.initiatives.filter((i) => i.aliases.length > 0);
  if (merged.length > 0) {
    lines.push('review: programmes joined under one name by an alias (to name it otherwise: corrections.yaml → initiatives: rename:)');
    for (const i of merged) {
      for (const alias of i.aliases) lines.push(`  ${i.name} = ${alias}  →  - { from: ${scalar(i.name)}, to: ${scalar(alias)} }`);
    }
  }
  if (input.listedPlaces.length > 0) {
    lines.push('review: places taken from bare list items (if wrong: corrections.yaml → districts: drop:)');
    for (const p of input.listedPlaces) lines.push(`  ${p.printed} → ${p.name} in ${p.article}  →  - ${scalar(p.printed)}`);
  }
  return lines;
}
