/**
 * clean: undo the newspaper layout of a decoded source file.
 *
 * Two layouts occur. In *column* layout (narrow columns, hard-wrapped) a paragraph starts on an indented line and
 * runs over many short lines; in *line* layout each paragraph is one line. In both, page and column breaks cut
 * paragraphs (even words: `定期举` / `办`), and in line layout an image caption or a displaced lead paragraph can sit
 * inside the cut, and a paragraph can be printed twice. The result is a list of units — paragraphs, display lines
 * (headlines, subheads, labels) and bylines — with the cuts mended, ready to be split into stories.
 */
import { parseByline, isNamesLine } from './bylines.ts';
import { HAN, countSentences, displayWidth, endsWithColon, hasClausePunctuation, isTerminated, joinBroken } from '../../../src/core/text.ts';

/** What a unit is, as far as layout tells. */
export type UnitKind = 'text' | 'byline' | 'caption';

/** A paragraph, display line or byline after layout is undone. */
export interface Unit {
  /** `text` (paragraph or display line), `byline`, or `caption` (an image caption pulled out of the text). */
  kind: UnitKind;
  /** Cleaned text: no line breaks; for bylines, the lines joined by a space. */
  text: string;
  /** 1-based source line where the unit starts. */
  line: number;
  /** Blank lines printed before the unit (a wide gap marks a box, picture or new story). */
  gapBefore: number;
  /** True when the unit starts on an indented line (column layout's paragraph mark). */
  indented: boolean;
  /** True for a lead paragraph that the layout dropped inside another paragraph; it belongs at the story's start. */
  displaced: boolean;
}

/** A source line with its layout facts. */
interface RawLine {
  text: string;
  line: number;
  indented: boolean;
  gapBefore: number;
  /** Lines in the same block (no blank line between) before this one. */
  blockIndex: number;
}

/** The layout of a file. */
export type Layout = 'column' | 'line';

/** Display width under which a line counts as narrow (about 15 Han characters a line is a column; 30 is wide). */
const NARROW_WIDTH = 60;
/** Longest caption, in display width (about 50 Han characters). */
const MAX_CAPTION_WIDTH = 100;
/** Shortest paragraph that is dropped when printed again. */
const MIN_DUPLICATE_LENGTH = 12;

/** Cleans a decoded file into units; `text` must have LF line ends. */
export function clean(text: string): Unit[] {
  const lines = readLines(text);
  const layout = detectLayout(lines);
  // Column layout marks paragraphs by indentation, so its cuts are mended while reading lines.
  return layout === 'column' ? dropDuplicates(columnUnits(lines)) : mendBreaks(dropDuplicates(lineUnits(lines)));
}

/** Tells column layout (hard-wrapped in narrow lines) from line layout (one paragraph a line, blank lines between). */
export function detectLayout(text: string | RawLine[]): Layout {
  const lines = typeof text === 'string' ? readLines(text) : text;
  if (lines.length < 4) return 'line';
  const widths = lines.map((l) => displayWidth(l.text)).sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)]!;
  // In column layout most lines run straight on from the line above; in line layout blank lines separate them.
  const continuing = lines.filter((l) => l.blockIndex > 0).length / lines.length;
  return median <= NARROW_WIDTH && continuing >= 0.5 ? 'column' : 'line';
}

function readLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let gap = 0;
  let blockIndex = 0;
  text.split('\n').forEach((raw, i) => {
    const trimmed = raw.replace(/[\s\u3000\ufeff]+$/u, '');
    if (trimmed.trim() === '') {
      gap++;
      blockIndex = 0;
      return;
    }
    out.push({
      text: trimmed.replace(/^[\s\u3000]+/u, ''),
      line: i + 1,
      indented: /^[\s\u3000]/u.test(trimmed),
      gapBefore: out.length === 0 ? Math.max(gap, 2) : gap,
      blockIndex: blockIndex++,
    });
    gap = 0;
  });
  return out;
}

function unit(kind: UnitKind, l: RawLine, text = l.text): Unit {
  return { kind, text, line: l.line, gapBefore: l.gapBefore, indented: l.indented, displaced: false };
}

/**
 * Column layout: an indented line starts a paragraph; an unindented line continues the paragraph above unless a
 * blank line separates it from a finished sentence (then it is a display line: a headline or subhead). A display
 * line that does not end in a colon continues on the next unindented line (a headline broken over two lines).
 */
function columnUnits(lines: RawLine[]): Unit[] {
  const units: Unit[] = [];
  for (const l of lines) {
    const prev = units.at(-1);
    const byline = parseByline(l.text);
    if (byline) {
      if (prev?.kind === 'byline' && l.gapBefore === 0) prev.text += ` ${l.text.trim()}`;
      else units.push(unit('byline', l, l.text.trim()));
      continue;
    }
    const continues =
      prev !== undefined && prev.kind === 'text' && !l.indented && (l.gapBefore === 0 ? true : !isTerminated(prev.text) && !endsWithColon(prev.text));
    if (continues) prev.text = joinBroken(prev.text, l.text);
    else units.push(unit('text', l));
  }
  return units;
}

/**
 * Line layout: each line is a paragraph, except that a block of several short lines without sentence ends is one
 * display unit (a two-line subhead, joined with a space) and a block whose lines are names ending in `…报道` is a
 * byline.
 */
function lineUnits(lines: RawLine[]): Unit[] {
  const blocks: RawLine[][] = [];
  for (const l of lines) {
    if (l.blockIndex === 0) blocks.push([l]);
    else blocks.at(-1)!.push(l);
  }
  const units: Unit[] = [];
  for (const block of blocks) {
    const joined = block.map((l) => l.text.trim()).join(' ');
    const first = block[0]!;
    if (parseByline(joined) && (block.length === 1 || block.slice(0, -1).every((l) => isNamesLine(l.text) || parseByline(l.text)))) {
      units.push(unit('byline', first, joined));
      continue;
    }
    const allDisplay = block.length > 1 && block.every((l) => !isTerminated(l.text) && displayWidth(l.text) <= NARROW_WIDTH);
    if (allDisplay) {
      units.push(unit('text', first, joined));
      continue;
    }
    for (const l of block) units.push(unit('text', l));
  }
  return units;
}

/** How many units back a second printing of a paragraph is looked for: a layout repeat sits close to the first. */
const DUPLICATE_WINDOW = 8;

/**
 * Drops a paragraph printed a second time close after the first (the later copy). Short lines such as labels may
 * legitimately repeat, and so may text far apart (two stories on one page can share a sentence).
 */
export function dropDuplicates(units: Unit[]): Unit[] {
  const kept: Unit[] = [];
  for (const u of units) {
    const key = u.text.replace(/\s+/gu, '');
    const repeated =
      u.kind === 'text' &&
      [...u.text].length >= MIN_DUPLICATE_LENGTH &&
      kept.slice(-DUPLICATE_WINDOW).some((k) => k.kind === 'text' && k.text.replace(/\s+/gu, '') === key);
    if (!repeated) kept.push(u);
  }
  return kept;
}

/**
 * True for running text (as opposed to a headline or label): it has sentences or clause punctuation, or is long.
 * Headlines set two phrases apart with a space (`沿链谋划、招大引强 计划招引50个过亿元项目`); running text does not.
 */
function isBodyLike(u: Unit): boolean {
  if (u.kind !== 'text') return false;
  if (countSentences(u.text) > 0) return true;
  if (new RegExp(`[${HAN}”》][\\s\u3000]+[${HAN}“《0-9]`, 'u').test(u.text)) return false;
  return hasClausePunctuation(u.text) || displayWidth(u.text) > NARROW_WIDTH;
}

/** True when `u` could continue a cut paragraph: running text with a sentence end or a long line. */
function canContinue(u: Unit | undefined): u is Unit {
  return u !== undefined && u.kind === 'text' && (countSentences(u.text) > 0 || displayWidth(u.text) > NARROW_WIDTH);
}

/** A one-sentence line after a wide gap: how image captions are printed. */
function isCaptionLike(u: Unit | undefined): u is Unit {
  return (
    u !== undefined &&
    u.kind === 'text' &&
    u.gapBefore >= 2 &&
    isTerminated(u.text) &&
    countSentences(u.text) === 1 &&
    displayWidth(u.text) <= MAX_CAPTION_WIDTH
  );
}

/** How far past a cut to look for the rest of the paragraph. */
const MAX_LOOKAHEAD = 5;

/**
 * Mends paragraphs cut by a page or column break. A paragraph that stops mid-sentence continues in the next
 * paragraph, unless a caption sits in the cut: then the caption is pulled out, any whole paragraphs printed before
 * it (a displaced lead) are marked `displaced`, and the paragraph after the caption is the continuation.
 */
export function mendBreaks(input: Unit[]): Unit[] {
  const units = input.map((u) => ({ ...u }));
  const out: Unit[] = [];
  const pulled: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    out.push(u);
    while (isBodyLike(u) && !isTerminated(u.text) && !endsWithColon(u.text)) {
      const found = findContinuation(units, i);
      if (found === null) break;
      const { at, displaced, caption } = found;
      u.text = joinBroken(u.text, units[at]!.text);
      for (const d of displaced) pulled.push({ ...d, displaced: true });
      if (caption) pulled.push({ ...caption, kind: 'caption' });
      units.splice(i + 1, at - i);
    }
    if (pulled.length > 0) {
      out.push(...pulled);
      pulled.length = 0;
    }
  }
  return out;
}

function findContinuation(units: Unit[], i: number): { at: number; displaced: Unit[]; caption: Unit | null } | null {
  for (let j = i + 1; j <= i + MAX_LOOKAHEAD && j < units.length - 1; j++) {
    const between = units.slice(i + 1, j);
    const candidate = units[j]!;
    if (isCaptionLike(candidate) && canContinue(units[j + 1]) && between.every((b) => b.kind === 'text' && isTerminated(b.text))) {
      return { at: j + 1, displaced: between, caption: candidate };
    }
    if (!(candidate.kind === 'text' && isTerminated(candidate.text))) break;
  }
  const next = units[i + 1];
  return canContinue(next) ? { at: i + 1, displaced: [], caption: null } : null;
}
