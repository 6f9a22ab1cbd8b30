/**
 * The shapes search works on: one document per page a reader can land on, the payload the site serves
 * at `/search-index.json`, and the grouped answer to a query.
 */

/** Kinds of result, in the order their groups are listed when they rank equally. */
export const RESULT_TYPES = ['article', 'district', 'official', 'initiative', 'figure', 'chart'] as const;
/** One kind of result. */
export type ResultType = (typeof RESULT_TYPES)[number];

/** Heading of each group of results. */
export const GROUP_LABELS: Readonly<Record<ResultType, string>> = {
  article: '文章',
  district: '地区',
  official: '人物',
  initiative: '项目与行动',
  figure: '数据',
  chart: '图表',
};

/** One searchable page: a story, a place, a person, a programme, a figure's sentence, or a chart. */
export interface SearchDoc {
  /** What kind of page it is. */
  type: ResultType;
  /** Where the result links (a figure links to its sentence inside the story). */
  url: string;
  /** Headline or name, shown as the result's link. */
  title: string;
  /** A short line under the title: a place's level, a person's post, a figure's story. */
  meta: string;
  /** Name and aliases; a query equal to one of them ranks this page first. Empty for stories and figures. */
  names: string[];
  /** Pinyin of `names`, each in full (`lixiaqu`) and as initials (`lxq`); of a story, its headline in full. Lower-case, no spaces. */
  pinyin: string[];
  /** Names and aliases of the places, people and programmes the page is about, so `高新区` finds its stories; a person's posts; a chart's labels. */
  tags: string[];
  /** The full text searched and quoted in snippets: a story's body, a person's posts, a figure's sentence. */
  body: string;
}

/** The part of a document the client keeps beside the index; the searched text lives in the index records. */
export interface DocHead {
  /** What kind of page it is. */
  type: ResultType;
  /** Where the result links. */
  url: string;
  /** A short line under the title. */
  meta: string;
}

/** The fields of `SearchDoc` that are searched, in the order of the Fuse index's keys. */
export const SEARCH_FIELDS = ['names', 'pinyin', 'title', 'tags', 'body'] as const;
/** One searched field. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Text of the searched fields of one document, as read back from the serialised index. */
export interface DocText {
  /** Headline or name. */
  title: string;
  /** Name and aliases. */
  names: string[];
  /** Pinyin of the names. */
  pinyin: string[];
  /** Names of linked pages. */
  tags: string[];
  /** Full text. */
  body: string;
}

/** A run of text in a title or snippet; `mark` runs are what the query matched. */
export interface Segment {
  /** The characters, as printed. */
  text: string;
  /** True where the run matched a query word and is shown inside `<mark>`. */
  mark: boolean;
}
