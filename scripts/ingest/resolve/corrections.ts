/**
 * Hand corrections (`content/corrections.yaml`): a journalist fixes what extraction got wrong — renames or merges
 * a person, drops a false figure, fixes a subject or a title, adds a missed initiative. Ingest reads the file and
 * applies it on every run; it never writes it. A correction that no longer matches anything is reported, never
 * silently dropped (`applyCorrections` turns them into warnings). Corrections match entries by what they say (names, printed figures), never by generated ids,
 * so they survive re-ingest.
 */
import { LineCounter, parseDocument, isMap, isSeq, visit, type Node } from 'yaml';
import { z } from 'astro/zod';
import { ENTITY_KINDS, ENTITY_SOURCES, METRIC_BASES, METRIC_KINDS, OFFICIAL_CATEGORIES, YEAR_SOURCES } from '../../../src/schemas.ts';
import { InputError, type TextSpan, type Warning } from '../types.ts';
import { splitSentences } from '../../../src/core/sentences.ts';
import { printedAt } from '../../../src/core/text.ts';
import { placesByName } from '../extract/gazetteer.ts';
import { placesOfTexts } from '../extract/extract.ts';
import type { PlaceRef } from '../extract/extractPlaces.ts';
import { mergeTitles, placeKey, pushUnique, type Drafts, type InitiativeDraft, type MetricDraft, type OfficialDraft } from './drafts.ts';

/** Picks a figure: the story it is in (slug), the figure as printed, and optionally words of its sentence. */
const metricMatch = z.strictObject({
  /** Slug of the story. */
  article: z.string().min(1).optional(),
  /** The figure as printed, e.g. `45.3亿元`. */
  text: z.string().min(1),
  /** Words that must appear in the figure's sentence, to tell apart two equal figures. */
  quote: z.string().min(1).optional(),
});

/** What a figure's fix may set. */
const metricFields = z.strictObject({
  subject: z.string().min(1).optional(),
  kind: z.enum(METRIC_KINDS).optional(),
  unit: z.string().optional(),
  value: z.number().optional(),
  normalized: z.number().optional(),
  year: z.number().int().nullable().optional(),
  target: z.boolean().optional(),
  /** Name of the place, as printed or official; null for city-wide. */
  district: z.string().min(1).nullable().optional(),
  /** What the figure is about, as printed; null when unsaid. */
  entity: z.string().min(1).nullable().optional(),
  /** Kind of the entity. */
  entityKind: z.enum(ENTITY_KINDS).nullable().optional(),
  /** Where the entity comes from. */
  entitySource: z.enum(ENTITY_SOURCES).nullable().optional(),
  /** The quantity measured (`工业总产值`). */
  measure: z.string().min(1).nullable().optional(),
  /** Which way it is measured. */
  basis: z.enum(METRIC_BASES).nullable().optional(),
  /** Period as printed (`一季度`). */
  period: z.string().min(1).nullable().optional(),
  /** Where the year comes from. */
  yearSource: z.enum(YEAR_SOURCES).nullable().optional(),
  /** First and last year of a span. */
  yearFrom: z.number().int().nullable().optional(),
  /** Last year of a span. */
  yearTo: z.number().int().nullable().optional(),
  /** True for a count that only restates a list its sentence names. */
  enumerated: z.boolean().optional(),
  /** A size limit qualifying what is counted (`10亿元以上`). */
  threshold: z.string().min(1).nullable().optional(),
});

/** The file's schema: one section per collection, each a set of operations. */
export const correctionsSchema = z.strictObject({
  officials: z
    .strictObject({
      /** Renames a person (a misread name); merges into the target when it already exists. */
      rename: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).default([]),
      /** Merges several entries into one person. */
      merge: z.array(z.strictObject({ names: z.array(z.string().min(1)).min(2), into: z.string().min(1) })).default([]),
      /** Removes entries that are not officials. */
      drop: z.array(z.string().min(1)).default([]),
      /** Sets, adds or removes titles of a person. */
      titles: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            set: z.array(z.string().min(1)).optional(),
            add: z.array(z.string().min(1)).optional(),
            remove: z.array(z.string().min(1)).optional(),
          }),
        )
        .default([]),
      /** Sets a person's category where the posts do not tell it, or tell it wrong (`{ name: 某某, set: expert }`). */
      category: z.array(z.strictObject({ name: z.string().min(1), set: z.enum(OFFICIAL_CATEGORIES) })).default([]),
    })
    .default({ rename: [], merge: [], drop: [], titles: [], category: [] }),
  metrics: z
    .strictObject({
      /** Removes false figures. */
      drop: z.array(metricMatch).default([]),
      /** Fixes fields of a figure. */
      fix: z.array(z.strictObject({ match: metricMatch, set: metricFields })).default([]),
    })
    .default({ drop: [], fix: [] }),
  initiatives: z
    .strictObject({
      /** Adds an initiative extraction missed; its sentences are found in the named stories. */
      add: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            articles: z.array(z.string().min(1)).min(1),
            owner: z.string().min(1).nullable().optional(),
            years: z.tuple([z.number().int(), z.number().int()]).nullable().optional(),
          }),
        )
        .default([]),
      /** Removes entries that are not initiatives. */
      drop: z.array(z.string().min(1)).default([]),
      /** Renames an initiative. */
      rename: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).default([]),
      /** Gives an initiative other printed names; an entry found under one of them merges into it. */
      aliases: z.array(z.strictObject({ name: z.string().min(1), add: z.array(z.string().min(1)).min(1) })).default([]),
      /** Fixes owner or years. */
      fix: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            owner: z.string().min(1).nullable().optional(),
            years: z.tuple([z.number().int(), z.number().int()]).nullable().optional(),
          }),
        )
        .default([]),
    })
    .default({ add: [], drop: [], rename: [], aliases: [], fix: [] }),
  districts: z
    .strictObject({
      /** Removes places that extraction found by mistake (by name or printed form). */
      drop: z.array(z.string().min(1)).default([]),
    })
    .default({ drop: [] }),
});

/** Parsed corrections. */
export type Corrections = z.output<typeof correctionsSchema>;

/** A correction's place in the file, for reports: `section.operation[index]` → line. */
export type CorrectionLines = Map<string, number>;

/** Corrections with the line of each operation. */
export interface LoadedCorrections {
  /** The operations. */
  corrections: Corrections;
  /** Line of each operation, keyed `officials.rename.0`. */
  lines: CorrectionLines;
  /** The file name, for messages. */
  file: string;
}

/** No corrections at all. */
export function emptyCorrections(file = 'corrections.yaml'): LoadedCorrections {
  return { corrections: correctionsSchema.parse({}), lines: new Map(), file };
}

/** Parses the corrections file; a YAML or schema error throws `InputError` with the file and line. */
export function parseCorrections(text: string, file: string): LoadedCorrections {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? null;
    throw new InputError(file, line, `not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`);
  }
  const lines: CorrectionLines = new Map();
  const lineOf = (node: Node | null | undefined): number | null => (node?.range ? counter.linePos(node.range[0]).line : null);
  // Record the line of every operation so reports and errors can point at it.
  if (isMap(doc.contents)) {
    for (const section of doc.contents.items) {
      if (!isMap(section.value)) continue;
      for (const op of section.value.items) {
        if (!isSeq(op.value)) continue;
        op.value.items.forEach((item, i) => {
          const line = lineOf(item as Node);
          if (line !== null) lines.set(`${String(section.key)}.${String(op.key)}.${i}`, line);
        });
      }
    }
  }
  let raw: unknown;
  try {
    // A few aliases are handy; thousands expand into a "billion laughs" that would eat the memory.
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    let line: number | null = null;
    visit(doc, { Alias: (_key, node) => ((line ??= lineOf(node)), visit.BREAK) });
    throw new InputError(
      file,
      line,
      `too many YAML aliases (*name): they expand beyond ${MAX_ALIAS_COUNT} copies; write the corrections out (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const parsed = correctionsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.map(String);
    const line = lines.get(path.slice(0, 3).join('.')) ?? lineOf(doc.getIn(path.slice(0, 2), true) as Node | undefined) ?? null;
    throw new InputError(file, line, `invalid correction at ${path.join('.') || 'top level'}: ${issue.message}`);
  }
  checkRenames(parsed.data, lines, file);
  return { corrections: parsed.data, lines, file };
}

/** How many alias expansions a corrections file may use. */
const MAX_ALIAS_COUNT = 100;

/**
 * Refuses renames and merges that lead into one another: a cycle (甲→乙, 乙→甲) would silently merge two people, and
 * a chain (甲→乙, 乙→丙) gives a result that depends on the order of lines. The message lists the lines involved.
 */
function checkRenames(c: Corrections, lines: CorrectionLines, file: string): void {
  const sections: [string, { from: string; to: string; key: string }[]][] = [
    [
      'officials',
      [
        ...c.officials.rename.map((r, i) => ({ from: r.from, to: r.to, key: `officials.rename.${i}` })),
        ...c.officials.merge.flatMap((m, i) => m.names.filter((n) => n !== m.into).map((n) => ({ from: n, to: m.into, key: `officials.merge.${i}` }))),
      ],
    ],
    ['initiatives', c.initiatives.rename.map((r, i) => ({ from: r.from, to: r.to, key: `initiatives.rename.${i}` }))],
  ];
  for (const [section, edges] of sections) {
    const bySource = new Map<string, { from: string; to: string; key: string }>();
    for (const e of edges) {
      const earlier = bySource.get(e.from);
      if (earlier && earlier.to !== e.to) {
        throw new InputError(
          file,
          lines.get(e.key) ?? null,
          `${section}: ${e.from} is renamed twice, to ${earlier.to} (line ${lines.get(earlier.key) ?? '?'}) and to ${e.to}; keep one`,
        );
      }
      bySource.set(e.from, e);
    }
    for (const e of edges) {
      const next = bySource.get(e.to);
      if (!next || e.to === e.from) continue;
      // Follow the chain to its end or back to where it started.
      const path = [e];
      for (let step: typeof next | undefined = next; step && !path.includes(step); step = bySource.get(step.to)) path.push(step);
      const cycle = path.some((p) => p.to === e.from);
      const where = path.map((p) => `${p.from}→${p.to} (line ${lines.get(p.key) ?? '?'})`).join(', ');
      throw new InputError(
        file,
        lines.get(e.key) ?? null,
        cycle
          ? `${section}: renames form a cycle, which would merge different entries: ${where}; remove one`
          : `${section}: renames form a chain: ${where}; rename each straight to ${path.at(-1)!.to}`,
      );
    }
  }
}

/** Applies the hand corrections to the drafts; each correction that matches nothing becomes a warning. */
export function applyCorrections(loaded: LoadedCorrections, warnings: Warning[], d: Drafts): void {
  const c = loaded.corrections;
  const unmatched = (key: string, what: string): void => {
    const line = loaded.lines.get(key);
    warnings.push({ at: `${loaded.file}${line ? `:${line}` : ''}`, message: `correction matches nothing: ${what}` });
  };
  const mergeOfficial = (from: OfficialDraft, into: string): void => {
    d.officials.delete(from.name);
    const target = d.officials.get(into);
    if (!target) {
      d.officials.set(into, { ...from, name: into });
      return;
    }
    target.titles = mergeTitles(target.titles, from.titles);
    for (const a of from.articles) pushUnique(target.articles, a);
    for (const q of from.quotes) if (!target.quotes.some((x) => x.text === q.text && x.article === q.article)) target.quotes.push(q);
    for (const [slug, ps] of from.paragraphs) target.paragraphs.set(slug, [...(target.paragraphs.get(slug) ?? []), ...ps]);
    for (const [slug, spans] of from.spans) target.spans.set(slug, [...(target.spans.get(slug) ?? []), ...spans]);
  };

  c.officials.rename.forEach((r, i) => {
    const from = d.officials.get(r.from);
    if (!from) return unmatched(`officials.rename.${i}`, `official ${r.from}`);
    mergeOfficial(from, r.to);
  });
  c.officials.merge.forEach((m, i) => {
    const found = m.names.filter((n) => n !== m.into && d.officials.has(n));
    if (found.length === 0) return unmatched(`officials.merge.${i}`, `officials ${m.names.join(', ')}`);
    for (const n of found) mergeOfficial(d.officials.get(n)!, m.into);
  });
  c.officials.drop.forEach((name, i) => {
    if (!d.officials.delete(name)) unmatched(`officials.drop.${i}`, `official ${name}`);
  });
  c.officials.titles.forEach((t, i) => {
    const o = d.officials.get(t.name);
    if (!o) return unmatched(`officials.titles.${i}`, `official ${t.name}`);
    if (t.set) o.titles = [...t.set];
    if (t.add) for (const x of t.add) pushUnique(o.titles, x);
    if (t.remove) o.titles = o.titles.filter((x) => !t.remove!.includes(x));
  });
  c.officials.category.forEach((t, i) => {
    const o = d.officials.get(t.name);
    if (!o) return unmatched(`officials.category.${i}`, `official ${t.name}`);
    o.categorySet = t.set;
  });

  const metricMatches = (m: MetricDraft, match: { article?: string | undefined; text: string; quote?: string | undefined }): boolean =>
    m.mention.text === match.text &&
    (match.article === undefined || m.article === match.article) &&
    (match.quote === undefined || m.mention.quote.includes(match.quote));
  c.metrics.drop.forEach((match, i) => {
    const before = d.metrics.length;
    for (let k = d.metrics.length - 1; k >= 0; k--) if (metricMatches(d.metrics[k]!, match)) d.metrics.splice(k, 1);
    if (d.metrics.length === before) unmatched(`metrics.drop.${i}`, `figure ${match.text}${match.article ? ` in ${match.article}` : ''}`);
  });
  c.metrics.fix.forEach((fix, i) => {
    const hits = d.metrics.filter((m) => metricMatches(m, fix.match));
    if (hits.length === 0) return unmatched(`metrics.fix.${i}`, `figure ${fix.match.text}${fix.match.article ? ` in ${fix.match.article}` : ''}`);
    for (const m of hits) {
      const { district, ...fields } = fix.set;
      Object.assign(m.fixed, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      if (district !== undefined) m.placeFrom = district === null ? null : 'sentence';
      if (district === null) m.districtKey = null;
      else if (district !== undefined) {
        const place = placesByName(d.gazetteer, district)[0];
        const ref: PlaceRef = place
          ? { code: place.code, name: place.name, kind: place.kind, parentCode: place.parentCode }
          : { code: null, name: district, kind: 'functional-area', parentCode: null };
        const key = placeKey(ref);
        if (!d.places.has(key))
          d.places.set(key, {
            key,
            code: ref.code,
            name: ref.name,
            kind: ref.kind,
            parentKey: ref.parentCode,
            aliases: new Set([district]),
            articles: new Set(),
            slug: '',
          });
        m.districtKey = key;
      }
    }
  });

  const mergeInitiative = (from: InitiativeDraft, target: InitiativeDraft): void => {
    for (const p of from.printed) target.printed.add(p);
    for (const a of [from.name, ...from.aliases]) if (a !== target.name) target.aliases.add(a);
    for (const a of from.articles) pushUnique(target.articles, a);
    target.descriptions.push(...from.descriptions.filter((x) => !target.descriptions.some((y) => y.text === x.text)));
    for (const [slug, paras] of from.paragraphs)
      target.paragraphs.set(
        slug,
        [...new Set([...(target.paragraphs.get(slug) ?? []), ...paras])].sort((a, b) => a - b),
      );
    for (const [slug, spans] of from.spans) target.spans.set(slug, [...(target.spans.get(slug) ?? []), ...spans]);
    target.owner ??= from.owner;
    target.years ??= from.years;
  };
  c.initiatives.rename.forEach((r, i) => {
    const from = d.initiatives.get(r.from);
    if (!from) return unmatched(`initiatives.rename.${i}`, `initiative ${r.from}`);
    d.initiatives.delete(r.from);
    const target = d.initiatives.get(r.to);
    if (target) mergeInitiative(from, target);
    else d.initiatives.set(r.to, { ...from, name: r.to });
  });
  c.initiatives.drop.forEach((name, i) => {
    if (!d.initiatives.delete(name)) unmatched(`initiatives.drop.${i}`, `initiative ${name}`);
  });
  c.initiatives.add.forEach((a, i) => {
    const stories = d.extractions.filter((ex) => a.articles.includes(ex.story.slug));
    const sentences = stories.flatMap((ex) =>
      ex.texts.flatMap((t) =>
        t.includes(a.name)
          ? splitSentences(t)
              .filter((s) => s.includes(a.name))
              .map((s) => ({ text: s, article: ex.story.slug }))
          : [],
      ),
    );
    if (sentences.length === 0) return unmatched(`initiatives.add.${i}`, `initiative ${a.name} in ${a.articles.join(', ')}`);
    const paragraphs = new Map<string, number[]>();
    for (const ex of stories)
      paragraphs.set(
        ex.story.slug,
        ex.texts.flatMap((t, k) => (t.includes(a.name) ? [k] : [])),
      );
    // The journalist names the programme as printed: every place that name stands is where it is mentioned.
    const spans = new Map<string, TextSpan[]>();
    for (const ex of stories)
      spans.set(
        ex.story.slug,
        ex.texts.flatMap((t, paragraph) => printedAt(t, a.name).map((start) => ({ paragraph, start, end: start + a.name.length }))),
      );
    const existing = d.initiatives.get(a.name);
    d.initiatives.set(a.name, {
      name: a.name,
      aliases: existing?.aliases ?? new Set(),
      printed: new Set([a.name, ...(existing?.printed ?? [])]),
      owner: a.owner ?? existing?.owner ?? null,
      years: a.years ? { start: a.years[0], end: a.years[1] } : (existing?.years ?? null),
      articles: [...new Set([...(existing?.articles ?? []), ...sentences.map((s) => s.article)])],
      descriptions: existing?.descriptions.length ? existing.descriptions : sentences,
      paragraphs,
      spans,
      slug: '',
    });
  });
  // Aliases after additions, so an alias can name a programme added by hand.
  c.initiatives.aliases.forEach((a, i) => {
    const target = d.initiatives.get(a.name);
    if (!target) return unmatched(`initiatives.aliases.${i}`, `initiative ${a.name}`);
    for (const alias of a.add) {
      const other = d.initiatives.get(alias);
      if (other && other !== target) {
        d.initiatives.delete(alias);
        mergeInitiative(other, target);
      }
      target.aliases.add(alias);
    }
  });
  c.initiatives.fix.forEach((f, i) => {
    const it = d.initiatives.get(f.name);
    if (!it) return unmatched(`initiatives.fix.${i}`, `initiative ${f.name}`);
    if (f.owner !== undefined) it.owner = f.owner;
    if (f.years !== undefined) it.years = f.years ? { start: f.years[0], end: f.years[1] } : null;
  });

  c.districts.drop.forEach((name, i) => {
    const hits = [...d.places.values()].filter((p) => p.name === name || p.aliases.has(name));
    if (hits.length === 0) return unmatched(`districts.drop.${i}`, `place ${name}`);
    for (const p of hits) {
      d.places.delete(p.key);
      for (const m of d.metrics) if (m.districtKey === p.key) m.districtKey = null;
      for (const other of d.places.values()) if (other.parentKey === p.key) other.parentKey = null;
    }
  });

  // Titles, owners and descriptions a correction brought in were never read by extract: read their places now.
  placesOfTexts(
    [
      ...[...d.officials.values()].flatMap((o) => o.titles),
      ...[...d.initiatives.values()].flatMap((it) => [...(it.owner === null ? [] : [it.owner]), ...it.descriptions.map((x) => x.text)]),
    ],
    d.gazetteer,
    d.entityTextPlaces,
  );
}
