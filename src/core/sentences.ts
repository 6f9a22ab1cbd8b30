/**
 * The one sentence splitter: ingest reads figures, programmes and story summaries sentence by sentence, and the
 * site shows a figure with its sentence. Chinese news prose ends a sentence at 。！？ (ASCII !? where the text was
 * typed that way); closing quotes and brackets printed after the stop belong to the sentence they close. Part of the
 * core: it imports nothing from ingest or from pages.
 */

/** Where a sentence sits in its text: `text.slice(start, end)`, without surrounding white space. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** What else ends a sentence, for the readers that need it; the stops 。！？!? always do. */
export interface SentenceRules {
  /** `…` ends a sentence (an elided quotation or list trails off). */
  ellipsis?: boolean;
  /** `；`/`;` end one: the site reads a clause of a long enumerating sentence as a sentence of its own. */
  semicolon?: boolean;
  /** An ASCII `.` ends one between words (after Han, `%` or a closing quote, never inside `16.6`). */
  asciiStop?: boolean;
  /** A line break ends one: a story's text read whole, where a subhead without a stop is a line of its own. */
  lineBreak?: boolean;
}

const STOPS = '。！？!?';
/** Closing quotes and brackets that may follow a sentence end and stay with it. */
const CLOSERS = '”’」』）)》"\'';

/** True for a stop that ends a sentence wherever it stands: 。！？!?, and `…`, `；` or a line break where `rules` say so. */
export function isStop(ch: string, rules: SentenceRules): boolean {
  return (
    STOPS.includes(ch) ||
    (rules.ellipsis === true && ch === '…') ||
    (rules.semicolon === true && (ch === '；' || ch === ';')) ||
    (rules.lineBreak === true && ch === '\n')
  );
}

/** True when `text[i]` ends a sentence under `rules`. */
function endsAt(text: string, i: number, rules: SentenceRules): boolean {
  const ch = text[i]!;
  if (isStop(ch, rules)) return true;
  if (rules.asciiStop && ch === '.') {
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    return (/\p{Script=Han}/u.test(before) || /[%％”’)）]/u.test(before)) && !(after >= '0' && after <= '9');
  }
  return false;
}

/** Pushes `text.slice(start, end)` without its surrounding white space, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** The sentences of `text`, in order: each ends after its stops (`？！` counts once) and the closers after them. */
export function sentenceSpans(text: string, rules: SentenceRules = {}): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const isEnd = endsAt(text, i, rules);
    i++;
    if (!isEnd) continue;
    while (i < text.length && (isStop(text[i]!, rules) || CLOSERS.includes(text[i]!))) i++;
    pushTrimmed(text, start, i, spans);
    start = i;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The sentences of `text` as strings (see `sentenceSpans`). */
export function splitSentences(text: string, rules: SentenceRules = {}): string[] {
  return sentenceSpans(text, rules).map((s) => text.slice(s.start, s.end));
}
