/**
 * Copy-ready citations of one figure: GB/T 7714—2015 style (the figure as a data item [DS/OL] taken from its
 * story) and a plain sentence for a newsroom.
 */

/** What a citation of a figure says. */
export interface FigureCitation {
  /** The story's credited people, in printed order. */
  authors: readonly string[];
  /** The story's headline. */
  articleTitle: string;
  /** The figure with what it measures, e.g. `槐荫区工业总产值（一季度）：45.3亿元`. */
  figure: string;
  /** The site, as publisher. */
  publisher: string;
  /** The year of the story, where known. */
  year: number | null;
  /** Permalink of the figure. */
  url: string;
  /** Date of access or of the edition cited, `YYYY-MM-DD`. */
  accessed: string;
  /** The printed story the figure comes from, with its newspaper, date and page where the manifest gives them. */
  printed?: PrintedSource;
}

/** GB/T 7714 lists at most three authors, then `等`. */
function gbtAuthors(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  return authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
}

/** Drops a trailing full stop so the citation's own `.` separators do not double up. */
const trimStop = (text: string): string => text.trim().replace(/[。.．]+$/u, '');

/**
 * GB/T 7714—2015 style: `作者. 数据题名[DS/OL]//报道题名. 出版者, 年[引用日期]. 网址.`
 * With no credited author the entry starts at the title, as the standard does for anonymous works.
 */
export function gbtCitation(c: FigureCitation): string {
  const authors = gbtAuthors(c.authors);
  const head = authors ? `${authors}. ` : '';
  const year = c.year === null ? '' : `, ${c.year}`;
  const printed = c.printed ? ` 原载: ${gbtNewspaperCitation(c.printed)}` : '';
  return `${head}${trimStop(c.figure)}[DS/OL]//${trimStop(c.articleTitle)}. ${c.publisher}${year}[${c.accessed}]. ${c.url}.${printed}`;
}

/** A plain sentence: the figure, the story it comes from with its reporters, the site and the link. */
export function plainCitation(c: FigureCitation): string {
  const by = c.authors.length > 0 ? `，${c.authors.join('、')}` : '';
  const printed = c.printed ? `（${printedSourceLine(c.printed)}）` : '';
  return `${trimStop(c.figure)}。出自《${trimStop(c.articleTitle)}》${by}${printed}。${c.publisher}，${c.url}（${c.accessed}访问）`;
}

/** The figure with what it measures, when and where: `槐荫区工业总产值（2023年一季度）：45.3亿元`. */
export function figureCaption(subject: string, year: number | null, period: string | null, figure: string): string {
  // A label built from the frame already says its period (`一季度工业总产值`); it is not said twice.
  const when = `${year === null ? '' : `${year}年`}${period && !subject.includes(period) ? period : ''}`;
  return `${subject}${when ? `（${when}）` : ''}：${figure}`;
}

/** Where and when a story was printed, as the sources manifest says (null where it says nothing). */
export interface PrintedSource {
  /** The story's credited people, in printed order. */
  authors: readonly string[];
  /** The story's headline. */
  title: string;
  /** Newspaper, e.g. `济南日报`. */
  publication: string | null;
  /** Date of the edition: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  published: string | null;
  /** Page (版次), e.g. `A3`. */
  page: string | null;
}

/** What is said where the manifest gives no date: never a made-up or placeholder date. */
export const UNDATED = '来源未注明日期';

/** A manifest date in Chinese: `2023年4月24日`, `2023年4月`, `2023年`; `来源未注明日期` when unknown. */
export function printedDate(published: string | null): string {
  if (published === null) return UNDATED;
  const [y, m, d] = published.split('-').map(Number);
  return `${y}年${m === undefined ? '' : `${m}月`}${d === undefined ? '' : `${d}日`}`;
}

/**
 * GB/T 7714—2015 newspaper article: `作者. 题名[N]. 报纸名, 出版日期(版次).` What the manifest does not give is left
 * out; with no date it says `来源未注明日期` in its place.
 */
export function gbtNewspaperCitation(s: PrintedSource): string {
  const authors = gbtAuthors(s.authors);
  const head = authors ? `${authors}. ` : '';
  const paper = s.publication ? `${s.publication}, ` : '';
  const page = s.page ? `(${s.page})` : '';
  return `${head}${trimStop(s.title)}[N]. ${paper}${s.published ?? UNDATED}${page}.`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as APA 7 prints it in a reference: `2023, April 24`, `2023, April`, `2023`. */
export function apaDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}${m === undefined ? '' : `, ${MONTHS_EN[m - 1]}`}${d === undefined ? '' : ` ${d}`}`;
}

/** APA 7 newspaper article: `王健, & 韩宏伟. (2023, April 24). 题名. 济南日报, A3.`; `(来源未注明日期)` with no date. */
export function apaNewspaperCitation(s: PrintedSource): string {
  const names = s.authors.length <= 1 ? s.authors.join('') : `${s.authors.slice(0, -1).join(', ')}, & ${s.authors.at(-1)}`;
  const head = names ? `${names}. ` : '';
  const date = s.published ? apaDate(s.published) : UNDATED;
  const where = [s.publication, s.page].filter((x): x is string => x !== null).join(', ');
  return `${head}(${date}). ${trimStop(s.title)}.${where ? ` ${where}.` : ''}`;
}

/** The newspaper, date and page in one line for a story's source line: `济南日报 · 2023年4月24日 · A3版`. */
export function printedSourceLine(s: Pick<PrintedSource, 'publication' | 'published' | 'page'>): string {
  return [s.publication, printedDate(s.published), s.page ? `${s.page}版` : null].filter((x): x is string => x !== null).join(' · ');
}

/** A story's record (article data or a chart's source record) as a printed source; absent manifest fields are null. */
export function printedSource(a: {
  bylines: readonly string[];
  title: string;
  publication?: string | null;
  published?: string | null;
  page?: string | null;
}): PrintedSource {
  return { authors: a.bylines, title: a.title, publication: a.publication ?? null, published: a.published ?? null, page: a.page ?? null };
}
