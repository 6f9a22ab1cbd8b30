/**
 * Scores generated people, programmes and places against a hand annotation: precision and recall of people and
 * programmes, category accuracy, posts that must name their place, list places found, functional areas' parents.
 */

/** The hand annotation (`tests/eval/*.yaml`). */
export interface EntityAnnotation {
  /** Every person who should have a page, with their category and optionally words their posts must contain. */
  people: { name: string; category: string; title?: string }[];
  /** Each programme once, as the printed names that may stand for it. */
  programmes: string[][];
  /** Names of places printed only as bare list items. */
  listPlaces: string[];
  /** Places with the name of the district they lie in. */
  parents: { name: string; parent: string }[];
}

/** What ingest wrote, as read from the generated frontmatter. */
export interface GeneratedEntities {
  officials: { name: string; titles: string[]; category: string | null }[];
  initiatives: { name: string; aliases: string[] }[];
  districts: { slug: string; name: string; aliases: string[]; parent: string | null }[];
}

/** A found / expected count with its ratio. */
export interface Ratio {
  hit: number;
  of: number;
}

/** The scores. */
export interface EntityScores {
  peoplePrecision: Ratio;
  peopleRecall: Ratio;
  categoryCorrect: Ratio;
  titlesWithPlace: Ratio;
  programmePrecision: Ratio;
  programmeRecall: Ratio;
  listPlaces: Ratio;
  parents: Ratio;
  /** What was missed or wrong, for the report. */
  notes: string[];
}

/** Scores `generated` against `annotation`. */
export function scoreEntities(annotation: EntityAnnotation, generated: GeneratedEntities): EntityScores {
  const notes: string[] = [];
  const expected = new Map(annotation.people.map((p) => [p.name, p]));
  const foundPeople = generated.officials.filter((o) => expected.has(o.name));
  for (const o of generated.officials) if (!expected.has(o.name)) notes.push(`person not expected: ${o.name}`);
  for (const p of annotation.people) if (!generated.officials.some((o) => o.name === p.name)) notes.push(`person missed: ${p.name}`);
  const categoryOk = foundPeople.filter((o) => o.category === expected.get(o.name)!.category);
  for (const o of foundPeople)
    if (o.category !== expected.get(o.name)!.category) notes.push(`category: ${o.name} ${o.category} (expected ${expected.get(o.name)!.category})`);
  const withTitle = annotation.people.filter((p) => p.title !== undefined);
  const titleOk = withTitle.filter((p) => generated.officials.some((o) => o.name === p.name && o.titles.some((t) => t.includes(p.title!))));

  const groupOf = (names: string[]): number => annotation.programmes.findIndex((g) => names.some((n) => g.includes(n)));
  const matched = new Set<number>();
  let programmeHits = 0;
  for (const i of generated.initiatives) {
    const g = groupOf([i.name, ...i.aliases]);
    if (g === -1) notes.push(`programme not expected: ${i.name}`);
    else if (matched.has(g)) notes.push(`programme twice: ${i.name}`);
    else {
      matched.add(g);
      programmeHits++;
    }
  }
  annotation.programmes.forEach((g, k) => {
    if (!matched.has(k)) notes.push(`programme missed: ${g[0]}`);
  });

  const placeNamed = (name: string) => generated.districts.find((d) => d.name === name || d.aliases.includes(name));
  const listFound = annotation.listPlaces.filter((n) => placeNamed(n) !== undefined);
  for (const n of annotation.listPlaces) if (!listFound.includes(n)) notes.push(`list place missed: ${n}`);
  const parentsOk = annotation.parents.filter((p) => {
    const parentSlug = placeNamed(p.name)?.parent ?? null;
    return generated.districts.find((d) => d.slug === parentSlug)?.name === p.parent;
  });
  for (const p of annotation.parents) if (!parentsOk.includes(p)) notes.push(`parent wrong: ${p.name}`);

  return {
    peoplePrecision: { hit: foundPeople.length, of: generated.officials.length },
    peopleRecall: { hit: foundPeople.length, of: annotation.people.length },
    categoryCorrect: { hit: categoryOk.length, of: foundPeople.length },
    titlesWithPlace: { hit: titleOk.length, of: withTitle.length },
    programmePrecision: { hit: programmeHits, of: generated.initiatives.length },
    programmeRecall: { hit: matched.size, of: annotation.programmes.length },
    listPlaces: { hit: listFound.length, of: annotation.listPlaces.length },
    parents: { hit: parentsOk.length, of: annotation.parents.length },
    notes,
  };
}
