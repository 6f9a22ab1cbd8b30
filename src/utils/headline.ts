/** Punctuation and spaces after which a Chinese headline may break to a new line. */
const BREAK_AFTER = /[，、：；！？。…—,:;!?\s]/u;
/** Closing marks that must stay on the line of the text before them. */
const CLOSING = /[”’」』）》〉】)\]]/u;

/**
 * Splits a headline into runs that should stay on one line, ending each after a comma, colon, space or
 * similar mark, so that a wrapped headline breaks between phrases (`做好“三项重点”任务，` / `升级泉城义工品牌`)
 * instead of mid-word. Joining the runs gives back the headline unchanged.
 */
export function headlineSegments(headline: string): string[] {
  const chars = [...headline];
  const segments: string[] = [];
  let current = '';
  // True from a break mark through any closing marks right after it (`，”`).
  let canBreak = false;
  chars.forEach((ch, i) => {
    current += ch;
    canBreak = BREAK_AFTER.test(ch) || (canBreak && CLOSING.test(ch));
    const next = chars[i + 1];
    if (next === undefined || !canBreak || BREAK_AFTER.test(next) || CLOSING.test(next)) return;
    // An ASCII comma or colon between digits belongs to a number or a time: `1,200`, `9:30`.
    if (/[,:]/.test(ch) && /\d/.test(chars[i - 1] ?? '') && /\d/.test(next)) return;
    segments.push(current);
    current = '';
  });
  if (current !== '') segments.push(current);
  return segments;
}
