/**
 * The collection schemas: one definition used by `src/content.config.ts` (where links are Astro
 * `reference()`s) and by `scripts/ingest/cli.ts` before it writes (where links are plain slugs), so a bad
 * parse fails in the script with the file and field, never later in `astro build`.
 *
 * Field names marked "contract" are read by checks outside the project (see ARCHITECTURE.md, "The collections — the contract"): never
 * rename or drop them.
 */
import { z } from 'astro/zod';

/** The collections, by folder name under `content/`. */
export const COLLECTIONS = ['articles', 'officials', 'districts', 'initiatives', 'metrics', 'charts'] as const;
/** One collection's name. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** Builds the zod type of a link to an entry of `collection` (a slug in ingest, a reference in Astro). */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A slug: lower-case ASCII words joined by hyphens (pinyin of the name), stable once published. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case ASCII words joined by hyphens');

/** Links in ingest are slugs checked for shape; ingest's link step makes them and the build's content check follows them. */
export const slugRef: RefFactory<typeof slugSchema> = () => slugSchema;

/** Kinds of place, from city district down to village (contract). */
export const DISTRICT_KINDS = ['district', 'county', 'functional-area', 'street', 'town', 'community', 'village'] as const;

/** Kinds of figure (contract: count · amount · growth · share · rank …). */
export const METRIC_KINDS = ['count', 'amount', 'growth', 'share', 'rank', 'rate', 'area', 'weight', 'volume', 'duration', 'other'] as const;

/** What a figure is about (contract): a place, a company or organisation, a programme, or the city as a whole. */
export const ENTITY_KINDS = ['place', 'organisation', 'programme', 'city'] as const;

/**
 * Which way a figure measures (contract): `level` an amount or count as it stands, `change` an increase or decrease by
 * an amount (`增加`, `同比增长6.8亿元`), `growth-rate` a rate of change (`增长16.6%`, `个百分点`), `share` a part of a
 * whole (`占…比重`), `multiple` a ratio (`…倍`), `rank` a place in an order.
 */
export const METRIC_BASES = ['level', 'change', 'growth-rate', 'share', 'multiple', 'rank'] as const;

/** Where a figure's year comes from (contract): `text` printed in its clause, `story` anchored on the story's date. */
export const YEAR_SOURCES = ['text', 'story'] as const;
/** Where a figure's entity comes from: its own sentence (`text`) or the subject of an earlier sentence of its paragraph (`paragraph`). */
export const ENTITY_SOURCES = ['text', 'paragraph'] as const;

/** Kinds of people (contract): party and government posts, community and village cadres, business people, experts. */
export const OFFICIAL_CATEGORIES = ['party', 'government', 'community', 'village', 'enterprise', 'expert'] as const;

/** What a mention in a story names: a place, a person, a programme or a figure (entries of `districts`, `officials`,
 * `initiatives` and `metrics`). */
export const MENTION_KINDS = ['place', 'official', 'initiative', 'figure'] as const;

/** A date as far as it is known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u, 'a date is YYYY-MM-DD, YYYY-MM or YYYY');

/**
 * The comparability rule a chart satisfies: `compare` one measure across entities of one kind; `parts-of-whole` the
 * parts a sentence states of a whole it states; `over-time` one entity's measure across years; `indicators-of-one-place` several
 * growth rates of one place in one period; `programme-timeline` a programme's phases by year (no figures).
 */
export const CHART_RULES = ['compare', 'parts-of-whole', 'over-time', 'indicators-of-one-place', 'programme-timeline'] as const;

/** Chart types the site can draw. */
export const CHART_TYPES = ['bar', 'grouped-bar', 'stacked-bar', 'timeline'] as const;

/**
 * One name or figure printed in a story's body: what it names and where. Offsets count UTF-16 code units (as JavaScript
 * strings index them) into the body as a reader sees it, `storyText(body)`: the written Markdown with its escapes undone.
 */
export const mentionSchema = z
  .object({
    /** What is named: a place, person, programme or figure. */
    kind: z.enum(MENTION_KINDS),
    /** The entry named: the slug of the place, person or programme, or the figure's id. */
    ref: slugSchema,
    /** Offset of the first character of the printed name or figure. */
    start: z.number().int().nonnegative(),
    /** Offset just past its last character. */
    end: z.number().int().positive(),
  })
  .refine((m) => m.end > m.start, { message: 'a mention ends after it starts', path: ['end'] });

/** Builds every collection's schema with the given way of linking entries. */
export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const articles = z.object({
    /** Headline as printed (contract); generated from the first sentence when `titleGenerated`. */
    title: z.string().min(1),
    /** True when the story was printed without a headline and `title` is its first sentence, shortened. */
    titleGenerated: z.boolean(),
    /** Kicker (引题) printed above the headline, e.g. `强基层、强作风、强能力，天桥区：`. */
    kicker: z.string().nullable(),
    /** Subhead (副题) printed below the headline. */
    subtitle: z.string().nullable(),
    /** Column or special-section label printed with the story, e.g. `一把手访谈`. */
    column: z.string().nullable(),
    /** The source file's name in `content/sources/` (contract). */
    source: z.string().min(1),
    /** 1-based position of the story within its source file. */
    storyIndex: z.number().int().positive(),
    /** Line in the source file where the story's text starts, for provenance. */
    sourceLine: z.number().int().positive(),
    /** Names of reporters, correspondents and photographers credited (contract). */
    bylines: z.array(z.string().min(1)),
    /** Each credited person with the role printed before the name (`记者`, `通讯员`, `文/片 记者`). */
    credits: z.array(z.object({ role: z.string(), name: z.string().min(1) })),
    /** Dateline as printed, e.g. `济南报道`, `本报济南讯`. */
    dateline: z.string().nullable(),
    /** The year the story is dated in, where the page states it (e.g. a `2024济南市两会` column). */
    year: z.number().int().nullable(),
    /** Date of the printed edition from the sources manifest (contract); null when unknown, never guessed. */
    published: partialDateSchema.nullable().default(null),
    /** Newspaper the story was printed in, from the sources manifest (contract); null when unknown. */
    publication: z.string().min(1).nullable().default(null),
    /** Page (版次) it was printed on, from the sources manifest, e.g. `A3`; null when unknown. */
    page: z.string().min(1).nullable().default(null),
    /** Address of the original online, from the sources manifest; null when unknown. */
    url: z.string().url().nullable().default(null),
    /** The story's first sentence. */
    summary: z.string(),
    /** Image captions printed with the story, pulled out of the text they interrupted. */
    captions: z.array(z.string().min(1)),
    /** Places the story is about (contract). */
    districts: z.array(ref('districts')),
    /** People holding a post who are named in the story (contract). */
    officials: z.array(ref('officials')),
    /** Programmes, campaigns and brands named in the story (contract). */
    initiatives: z.array(ref('initiatives')),
    /** Figures stated in the story. */
    metrics: z.array(ref('metrics')),
    /** Where each name and figure ingest found is printed in the body, in reading order (added beside the contract). */
    mentions: z.array(mentionSchema).default([]),
  });

  const officials = z.object({
    /** Full name (contract). */
    name: z.string().min(2),
    /** Each post as printed, organisation included (contract). */
    titles: z.array(z.string().min(1)),
    /** What kind of person (contract): party or government post, community or village cadre, enterprise, expert. */
    category: z.enum(OFFICIAL_CATEGORIES).nullable().default(null),
    /** Stories that name the person (contract). */
    articles: z.array(ref('articles')),
    /** Places whose posts the person holds or where the person is quoted. */
    districts: z.array(ref('districts')),
    /** Sentences in quotation marks attributed to the person. */
    quotes: z.array(z.object({ text: z.string().min(1), article: ref('articles') })),
  });

  const districts = z.object({
    /** Official full name (contract), e.g. `济南高新技术产业开发区`. */
    name: z.string().min(2),
    /** Every form the stories use, e.g. `高新区` (contract). */
    aliases: z.array(z.string().min(1)),
    /** Administrative level (contract). */
    kind: z.enum(DISTRICT_KINDS),
    /** GB/T 2260 code (12 digits below county level), null where the dataset has none (contract). */
    code: z
      .string()
      .regex(/^\d{6}(\d{3}(\d{3})?)?$/)
      .nullable(),
    /** The place this one belongs to; null for the districts and counties (contract). */
    parent: ref('districts').nullable(),
    /** Stories that name the place. */
    articles: z.array(ref('articles')),
    /** People whose posts belong to the place. */
    officials: z.array(ref('officials')),
    /** Programmes run in the place. */
    initiatives: z.array(ref('initiatives')),
    /** Figures about the place. */
    metrics: z.array(ref('metrics')),
  });

  const initiatives = z.object({
    /** Name as printed, without the surrounding quotes (contract). */
    name: z.string().min(2),
    /** Other printed names of the same programme (`优环境、优服务、优作风、优效能` for `“四优”行动`). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Who runs it: a department, place or person as printed; null when the story does not say (contract). */
    owner: z.string().nullable(),
    /** Places where it runs (contract). */
    districts: z.array(ref('districts')),
    /** Stories that name it (contract). */
    articles: z.array(ref('articles')),
    /** First and last year it spans, where stated. */
    years: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
    /** Figures that belong to it. */
    metrics: z.array(ref('metrics')),
    /** Officials who speak about or run it. */
    officials: z.array(ref('officials')),
    /** Sentences that describe it, verbatim from the stories. */
    descriptions: z.array(z.object({ text: z.string().min(1), article: ref('articles') })),
  });

  const metrics = z.object({
    /** The number as printed, read as a number: `45.3` (contract). */
    value: z.number(),
    /** Upper bound where the text states a range (`3至5个`). */
    valueMax: z.number().nullable(),
    /** Unit as printed: `亿元`, `%`, `个`, `家`, `万吨` (contract). */
    unit: z.string(),
    /** Value in base units: `45.3亿元` → 4530000000 (contract). */
    normalized: z.number(),
    /** The base unit of `normalized`: `元`, `%`, `个`, `吨` … */
    baseUnit: z.string(),
    /** What kind of quantity (contract). */
    kind: z.enum(METRIC_KINDS),
    /** True for a target, plan or forecast rather than a result (`计划`, `力争`, `到2025年`). */
    target: z.boolean(),
    /** Qualifier printed with the number: `以上`, `余`, `超`, `约`, `近`, `突破` … */
    qualifier: z.string().nullable(),
    /** Readable label made from the frame, readable alone (contract): `三一重工5G超级工厂年产值`, `一季度工业总产值同比增速`. */
    subject: z.string().min(1),
    /** What the number is about, as printed: a place, an organisation, a programme or the city (contract); null when unsaid. */
    entity: z.string().min(1).nullable().default(null),
    /** Kind of `entity` (contract). */
    entityKind: z.enum(ENTITY_KINDS).nullable().default(null),
    /** Where `entity` comes from: its own sentence, or inferred from the subject an earlier sentence of its paragraph carries on (zero anaphora); null when `entity` is null. */
    entitySource: z.enum(ENTITY_SOURCES).nullable().default(null),
    /** The quantity measured, a short noun phrase from the sentence: `工业总产值`, `签约项目` (contract); null when unsaid. */
    measure: z.string().min(1).nullable().default(null),
    /** Which way it is measured (contract); null when the text does not say. */
    basis: z.enum(METRIC_BASES).nullable().default(null),
    /** Where `year` comes from (contract): printed in the clause, or anchored on the story; null when `year` is null. */
    yearSource: z.enum(YEAR_SOURCES).nullable().default(null),
    /** First year of a span the figure covers (`2013—2022年`, `十年来`); null for a single year. */
    yearFrom: z.number().int().nullable().default(null),
    /** Last year of a span the figure covers; null for a single year. */
    yearTo: z.number().int().nullable().default(null),
    /** True for a count that only counts things the same sentence names (`三个组织：…`): not a finding of its own. */
    enumerated: z.boolean().default(false),
    /** A size limit qualifying what is counted, as printed (`10亿元以上` in `10亿元以上项目34个`); null when none. */
    threshold: z.string().min(1).nullable().default(null),
    /** The place measured, null for the city as a whole or where unstated (contract). */
    district: ref('districts').nullable(),
    /** True when `district` is the story's place rather than one the figure's sentence names: a guess to check. */
    placeGuessed: z.boolean().default(false),
    /** The year the figure is for, null where unstated (contract). */
    year: z.number().int().nullable(),
    /** Period as printed: `一季度`, `1-8月份`, `上半年`, `十年来` (contract); null where unstated. */
    period: z.string().nullable(),
    /** The story stating it (contract). */
    article: ref('articles'),
    /** Exact substring of the story's cleaned text that states the figure (contract). */
    quote: z.string().min(1),
    /** The figure as printed inside `quote`, e.g. `45.3亿元`. */
    text: z.string().min(1),
    /** The programme it belongs to, where the sentence says. */
    initiative: ref('initiatives').nullable(),
    /** The official who states it, where the sentence says. */
    official: ref('officials').nullable(),
  });

  const charts = z
    .object({
      /** Title saying what and where (contract). */
      title: z.string().min(1),
      /** Figures charted, in order (contract); empty only for a timeline of programmes. */
      metrics: z.array(ref('metrics')),
      /** Chart type (contract). */
      type: z.enum(CHART_TYPES),
      /** Source line: the stories and newspaper the figures come from (contract). */
      source: z.string().min(1),
      /** True for a chart a journalist made or edited; ingest never overwrites it. */
      handMade: z.boolean(),
      /** The main finding in one sentence: the chart's description for screen readers and its standfirst. */
      finding: z.string().default(''),
      /** Unit the values are drawn in (`亿元`, `%`, `个`); the figures' own unit when empty. */
      unit: z.string().default(''),
      /** Label of each figure, parallel to `metrics`; the figure's subject where empty or missing. */
      labels: z.array(z.string()).default([]),
      /** Series of each figure, parallel to `metrics` (`2024年`, `2025年目标`); null in a one-series chart. */
      series: z.array(z.string().nullable()).default([]),
      /** The figure that is the whole in a stacked bar; the other figures are its parts. */
      total: ref('metrics').nullable().default(null),
      /** Programmes drawn on a timeline by their years. */
      initiatives: z.array(ref('initiatives')).default([]),
      /** The place the chart is about, null for the city or several places. */
      district: ref('districts').nullable().default(null),
      /** Stories the figures come from. */
      articles: z.array(ref('articles')).default([]),
      /** The frame every figure shares, shown under the title: unit, basis and period (`单位：% · 同比增速 · 2023年一季度`). */
      subtitle: z.string().default(''),
      /** The comparability rule the chart satisfies (checked by ingest); null only in a hand-made chart that names none. */
      rule: z.enum(CHART_RULES).nullable().default(null),
    })
    .refine((c) => c.metrics.length + c.initiatives.length >= 1, { message: 'a chart draws at least one figure or programme', path: ['metrics'] })
    .refine((c) => c.labels.length === 0 || c.labels.length === c.metrics.length, { message: 'labels must be parallel to metrics', path: ['labels'] })
    .refine((c) => c.series.length === 0 || c.series.length === c.metrics.length, { message: 'series must be parallel to metrics', path: ['series'] });

  return { articles, officials, districts, initiatives, metrics, charts };
}

/** Schemas as ingest uses them: links are slugs. */
export const schemas = makeSchemas(slugRef);

/** A name or figure printed in a story, where it stands. */
export type MentionData = z.output<typeof mentionSchema>;
/** Frontmatter of a story, as ingest writes it. */
export type ArticleData = z.output<typeof schemas.articles>;
/** Frontmatter of an official. */
export type OfficialData = z.output<typeof schemas.officials>;
/** Frontmatter of a place. */
export type DistrictData = z.output<typeof schemas.districts>;
/** Frontmatter of an initiative. */
export type InitiativeData = z.output<typeof schemas.initiatives>;
/** Frontmatter of a figure. */
export type MetricData = z.output<typeof schemas.metrics>;

/** The fields that say what a figure reads as (value, unit, scaling, kind, what and when it counts): what a sentence
 * prints and what every list of figures shows. */
export type FigureReading = Pick<
  MetricData,
  'value' | 'valueMax' | 'unit' | 'normalized' | 'baseUnit' | 'kind' | 'target' | 'qualifier' | 'subject' | 'year' | 'period'
>;
/** Frontmatter of a chart. */
export type ChartData = z.output<typeof schemas.charts>;
