/**
 * A worker thread of the ingest pool (`parallel.ts`): reads one source file at a time (decode, clean, split) and runs
 * the extractors over its stories. It imports only the read and extract stages, which Node runs as they are (their
 * types are only erasable annotations), so a worker starts without the rest of the pipeline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sourceStories } from './read/sourceStories.ts';
import { extractStory, type StoryExtraction } from './extract/extract.ts';
import { pageYearsOf } from './extract/anchorYear.ts';
import { jinanGazetteer, type Gazetteer } from './extract/gazetteer.ts';
import { InputError, type SourceFile, type Story } from './types.ts';

/** One source file to read and extract, as the pool posts it. */
export interface FileJob {
  /** Position of the file in reading order (the reply's key). */
  index: number;
  /** The file. */
  source: SourceFile;
  /** The file's printed date from the sources manifest, or null. */
  published: string | null;
}

/** A failure, carried across threads: an `InputError`'s parts, or another error's message and stack. */
export type JobError = { file: string; line: number | null; detail: string } | { message: string; stack: string | undefined };

/** An extraction without its story (the pool puts back the slugged story it already holds). */
export type StorylessExtraction = Omit<StoryExtraction, 'story'>;

/**
 * A worker's answer for one file: its stories and their extractions, dated as if every story of the file is kept;
 * or where reading or extracting failed.
 */
export interface FileReply {
  /** The job's `index`. */
  index: number;
  /** The file's stories, or null when reading failed. */
  stories: Story[] | null;
  /** One extraction per story, or null when reading or extracting failed. */
  extractions: StorylessExtraction[] | null;
  /** Why reading or extracting failed, or null. */
  error: JobError | null;
}

/** What the pool hands each worker when it starts. */
export interface WorkerSetup {
  /** Marks a thread the pool started (a test runner's own worker threads import this file too). */
  ingestPool: true;
  /** The gazetteer to use; absent for the Jinan one, which the worker loads itself. */
  gazetteer?: Gazetteer;
}

/** An error as it can cross to another thread. */
export function jobError(error: unknown): JobError {
  if (error instanceof InputError) return { file: error.file, line: error.line, detail: error.detail };
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error), stack: undefined };
}

/** Reads one file and extracts its stories. */
export function runFileJob(job: FileJob, gazetteer: Gazetteer): FileReply {
  let stories: Story[];
  try {
    stories = sourceStories(job.source);
  } catch (error) {
    return { index: job.index, stories: null, extractions: null, error: jobError(error) };
  }
  // A file is one printed page: its page year comes from all its stories (the pool extracts a file again in the
  // rare case a story of it repeats an earlier one and is dropped).
  const pageYear = pageYearsOf(stories).get(job.source.name) ?? null;
  try {
    const extractions = stories.map((story) => {
      const { story: _, ...rest } = extractStory({ ...story, slug: '' }, gazetteer, { published: job.published, pageYear });
      return rest;
    });
    return { index: job.index, stories, extractions, error: null };
  } catch (error) {
    return { index: job.index, stories, extractions: null, error: jobError(error) };
  }
}

const setup = workerData as Partial<WorkerSetup> | null;
if (parentPort && setup?.ingestPool === true) {
  const port = parentPort;
  const gazetteer = setup.gazetteer ?? jinanGazetteer();
  port.on('message', (job: FileJob) => port.postMessage(runFileJob(job, gazetteer)));
}
