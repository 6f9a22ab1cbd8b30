/**
 * read, one file at a time: a source file's bytes → its stories, decoded, cleaned and split. Each file is read alone,
 * so the files of a large run can be read on several threads at once (`scripts/ingest/parallel.ts`).
 */
import { decode } from './decode.ts';
import { clean } from './clean.ts';
import { splitStories } from './splitStories.ts';
import { InputError, type SourceFile, type Story } from '../types.ts';

/** The stories of one source file, in print order; throws `InputError` naming the file when it holds none. */
export function sourceStories(source: SourceFile): Story[] {
  const { text } = decode(source.bytes, source.name);
  const stories = splitStories(clean(text), source.name);
  if (stories.length === 0) throw new InputError(source.name, 1, 'no story found: the file has no paragraph of running text');
  return stories;
}
