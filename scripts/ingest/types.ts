/**
 * Types passed between the ingest stages: read (decode → clean → split into stories) → extract → resolve (merge →
 * corrections → link) → charts → write.
 */
import type { MentionData } from '../../src/schemas.ts';

/** A block of a story's cleaned body. */
export interface Block {
  /** `heading` is a section subhead inside the story (rendered `##`); `paragraph` is running text. */
  type: 'heading' | 'paragraph';
  /** Cleaned text: one paragraph, no line breaks. */
  text: string;
  /** 1-based line in the source file where the block starts. */
  line: number;
}

/** A credited reporter, correspondent or photographer. */
export interface Credit {
  /** Role as printed before the name: `记者`, `本报记者`, `通讯员`, `文/片 记者`; empty when only names are printed. */
  role: string;
  /** Person's name, spaces removed. */
  name: string;
}

/** One story found in a source file, cleaned. */
export interface Story {
  /** Source file name. */
  source: string;
  /** 1-based position within the file. */
  index: number;
  /** 1-based line where the story starts in the file. */
  line: number;
  /** Headline; the first sentence, shortened, when the story was printed without one. */
  title: string;
  /** True when `title` was made from the first sentence. */
  titleGenerated: boolean;
  /** Kicker (引题) above the headline. */
  kicker: string | null;
  /** Subhead (副题) below the headline. */
  subtitle: string | null;
  /** Column label such as `一把手访谈`. */
  column: string | null;
  /** People credited in the byline. */
  credits: Credit[];
  /** Dateline as printed: `济南报道`, `本报济南讯`. */
  dateline: string | null;
  /** Year stated in the page furniture (a `2024…特别策划` column), or null. */
  year: number | null;
  /** A name printed alone on its own line under an interview headline (the interviewee). */
  featuredName: string | null;
  /** Image captions printed with the story. */
  captions: string[];
  /** Section subheads and paragraphs, in order. */
  blocks: Block[];
}

/** A problem found while reading input: where, and what is wrong. */
export class InputError extends Error {
  /** File the problem is in. */
  readonly file: string;
  /** 1-based line, or null when the whole file is at fault. */
  readonly line: number | null;
  /** What is wrong, without the place (the message is `file:line: detail`). */
  readonly detail: string;

  constructor(file: string, line: number | null, detail: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${detail}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}

/** A source file as read from disk. */
export interface SourceFile {
  /** File name (no folder). */
  name: string;
  /** Raw bytes. */
  bytes: Uint8Array;
}

/** Something ingest noticed but could carry on past. */
export interface Warning {
  /** `file:line` where it was noticed. */
  at: string;
  /** What was noticed. */
  message: string;
}

/** A story with its slug, ready to write. */
export interface SluggedStory extends Story {
  /** Pinyin slug, unique across the corpus. */
  slug: string;
}

/** Where a name or figure is printed: a paragraph of the extractor's input and a half-open range of UTF-16 offsets in it. */
export interface TextSpan {
  /** Index of the paragraph in the extractor's input. */
  paragraph: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A name or figure printed in one of a story's body blocks, with the entry it names and the text printed there. */
export interface StoryMention extends Pick<MentionData, 'kind' | 'ref'>, TextSpan {
  /** The characters at the span, as printed: what the written body must show there. */
  text: string;
}
