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
  return `${head}${trimStop(c.figure)}[DS/OL]//${trimStop(c.articleTitle)}. ${c.publisher}${year}[${c.accessed}]. ${c.url}.`;
}

/** A plain sentence: the figure, the story it comes from with its reporters, the site and the link. */
export function plainCitation(c: FigureCitation): string {
  const by = c.authors.length > 0 ? `，${c.authors.join('、')}` : '';
  return `${trimStop(c.figure)}。出自《${trimStop(c.articleTitle)}》${by}。${c.publisher}，${c.url}（${c.accessed}访问）`;
}

/** The figure with what it measures, when and where: `槐荫区工业总产值（2023年一季度）：45.3亿元`. */
export function figureCaption(subject: string, year: number | null, period: string | null, figure: string): string {
  // A label built from the frame already says its period (`一季度工业总产值`); it is not said twice.
  const when = `${year === null ? '' : `${year}年`}${period && !subject.includes(period) ? period : ''}`;
  return `${subject}${when ? `（${when}）` : ''}：${figure}`;
}
