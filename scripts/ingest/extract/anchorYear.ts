/**
 * The years a story's relative time words refer to. News writing dates a figure three ways: in its own clause
 * (`2023年，…`), by a word that points at the story's year (`这一年`, `今年`, `去年`, `一季度`), or not at all. The
 * pointing words have two different anchors: `这一年`/`当年` point back at the year the story itself states as its
 * topic (`2023年，某街道…`), while `今年`/`去年` point at when the story was written (its printed date, else a
 * `2023年已过半`-style statement of the present, else the topic year).
 */

/** The years a story's relative time words are anchored to; null where the story gives no anchor. */
export interface YearAnchor {
  /** The year the story states as its topic (`2023年，…`, `2023年已过半`): what `这一年` refers to. */
  topic: number | null;
  /** The year the story was written in: what `今年` refers to (`去年` is one before). */
  now: number | null;
}

// A year opening a sentence as its topic: `2023年，` or `2023年已过半` / `2023年即将过去`; not `2023年以来` or `2023年底`.
const TOPIC_YEAR = /(?:^|[。！？!?；;]\s*)(?:在|回首|回望)?((?:19|20)\d{2})年(?=[，,]|已过半|过半|即将过去|已经过去|即将结束|是)/gu;
// A year the writer states as the present: `2023年已过半`, `2023年即将过去`, or the first part of a year just
// reported (`2023年一季度`, `2023年1-5月`): such figures are printed within months, in the same year.
const PRESENT_YEAR = /((?:19|20)\d{2})年(?:已过半|过半|即将过去|已经过去|即将结束|以来|第?[一1]季度|上半年|前三季度|1[-—–至~]\d{1,2}月)/u;

/** The year part of a `YYYY-MM-DD` / `YYYY-MM` / `YYYY` date, or null. */
export function yearOfDate(date: string | null | undefined): number | null {
  const m = /^(\d{4})/u.exec(date ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * The anchors of one story: `texts` are its paragraphs (headline lines may come first), `published` the printed
 * date from the sources manifest (null when unknown), `pageYear` the year furniture printed on the page states
 * (a `2024…两会` column) or another story of the same page states, null when none.
 */
export function storyAnchor(texts: readonly string[], published: string | null, pageYear: number | null = null): YearAnchor {
  let topic: number | null = null;
  let present: number | null = null;
  for (const text of texts) {
    if (topic === null) {
      for (const m of text.matchAll(TOPIC_YEAR)) {
        topic = Number(m[1]);
        break;
      }
    }
    if (present === null) {
      const p = PRESENT_YEAR.exec(text);
      if (p && !/以来$/u.test(p[0])) present = Number(p[1]);
    }
    if (topic !== null && present !== null) break;
  }
  const printed = yearOfDate(published);
  return { topic: topic ?? present ?? printed ?? pageYear, now: printed ?? present ?? pageYear ?? topic };
}

/**
 * The year a story states as its present (`2023年已过半`), which may date the other stories of its page; a topic
 * year (`2022年，…`) does not, since a story often sums up the year before the one it is printed in.
 */
export function statesOwnYear(texts: readonly string[]): number | null {
  for (const text of texts) {
    const p = PRESENT_YEAR.exec(text);
    if (p && !/以来$/u.test(p[0])) return Number(p[1]);
  }
  return null;
}

/**
 * The year each newspaper page states: a file holding several stories is one printed page, so a year its page
 * furniture prints, or the one year its stories state as their present (`2023年已过半`), dates the stories that say
 * only `今年`. Files whose stories state different years date none.
 */
export function pageYearsOf(stories: readonly { source: string; year: number | null; blocks: readonly { text: string }[] }[]): Map<string, number> {
  const bySource = new Map<string, (typeof stories)[number][]>();
  for (const s of stories) {
    const list = bySource.get(s.source);
    if (list) list.push(s);
    else bySource.set(s.source, [s]);
  }
  const out = new Map<string, number>();
  for (const [source, list] of bySource) {
    if (list.length < 2) continue;
    const years = new Set(list.map((s) => s.year ?? statesOwnYear(s.blocks.map((b) => b.text))).filter((y): y is number => y !== null));
    if (years.size === 1) out.set(source, [...years][0]!);
  }
  return out;
}
