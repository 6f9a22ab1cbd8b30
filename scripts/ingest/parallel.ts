/**
 * Ingest on every core: the per-file work (decode, clean, split, extract every story) of a large run is shared by
 * this thread and a pool of worker threads (`parallelWorker.ts`), one thread per core in all; the results are put
 * back in reading order and the rest of the pipeline (`linkAndWrite`) runs as `runIngest` runs it, so the output is
 * byte for byte the same. A small run (the real sources, a test) stays on the calling thread, where it does not pay
 * for starting workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractStory, type StoryExtraction } from './extract/extract.ts';
import { jinanGazetteer, type Gazetteer } from './extract/gazetteer.ts';
import { articleSourceFields } from './read/sourcesManifest.ts';
import { linkAndWrite, runIngest, slugStories, sortedSources, storyDatings, type IngestOptions, type IngestResult } from './pipeline.ts';
import { InputError, type SluggedStory, type SourceFile, type Story, type Warning } from './types.ts';
import { runFileJob, type FileJob, type FileReply, type JobError, type WorkerSetup } from './parallelWorker.ts';

/** Below this many bytes of sources ingest stays on one thread: about 200 stories, a second of work, where
 * starting the workers (each loads the extractors and the gazetteer) would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 512 * 1024;

/** How a run may use threads. */
export interface ParallelOptions {
  /** Threads to read on, this one included (default: one per core, `availableParallelism()`); below 2, no workers. */
  threads?: number;
  /** Sources smaller than this many bytes in all are read on the calling thread (default `PARALLEL_MIN_BYTES`). */
  minBytes?: number;
}

/** The error a worker reported, thrown again on this thread: an `InputError` stays one. */
function rethrow(error: JobError): never {
  if ('detail' in error) throw new InputError(error.file, error.line, error.detail);
  const thrown = new Error(error.message);
  if (error.stack !== undefined) thrown.stack = error.stack;
  throw thrown;
}

/**
 * Runs every job on `threads` threads: this one and `threads - 1` workers, each taking the next file when it is done
 * with one (this thread works between the workers' replies); the replies in job order. A worker that dies fails the
 * whole run.
 */
function runJobs(jobs: readonly FileJob[], threads: number, setup: WorkerSetup, gazetteer: Gazetteer): Promise<FileReply[]> {
  const replies = new Array<FileReply>(jobs.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<FileReply[]>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const record = (reply: FileReply): void => {
      replies[reply.index] = reply;
      done++;
      // Every reply is in: the workers have nothing left to do.
      if (done === jobs.length) Promise.all(workers.map((w) => w.terminate())).then(() => resolve(replies), reject);
    };
    const feed = (worker: Worker): void => {
      if (next < jobs.length) worker.postMessage(jobs[next++]);
    };
    const count = Math.max(0, Math.min(threads - 1, jobs.length - 1));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(new URL('./parallelWorker.ts', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: FileReply) => {
        record(reply);
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < jobs.length) fail(new Error(`an ingest worker stopped (exit code ${code}) before its files were read`));
      });
      // Two files in hand, so a worker never waits for this thread, busy with a file of its own, between files.
      feed(worker);
      feed(worker);
    }
    // This thread's share: one file at a time, letting the workers' replies in between.
    const work = (): void => {
      if (failed || next >= jobs.length) return;
      record(runFileJob(jobs[next++]!, gazetteer));
      setImmediate(work);
    };
    work();
  });
}

/**
 * The whole ingest, as `runIngest`, with the reading and extraction of a large run spread over worker threads.
 * The same sources give the same result (files, counts, warnings, review) as `runIngest`, and the same first error.
 */
export async function runIngestParallel(sources: SourceFile[], options: IngestOptions = {}, parallel: ParallelOptions = {}): Promise<IngestResult> {
  const threads = parallel.threads ?? Math.max(1, availableParallelism());
  const bytes = sources.reduce((sum, s) => sum + s.bytes.length, 0);
  if (threads < 2 || bytes < (parallel.minBytes ?? PARALLEL_MIN_BYTES)) return runIngest(sources, options);

  const manifest = options.manifest ?? new Map();
  const ordered = sortedSources(sources);
  const jobs = ordered.map((source, index): FileJob => ({ index, source, published: articleSourceFields(manifest, source.name).published }));
  const setup: WorkerSetup = options.gazetteer ? { ingestPool: true, gazetteer: options.gazetteer } : { ingestPool: true };
  const gazetteer = options.gazetteer ?? jinanGazetteer();
  const replies = await runJobs(jobs, threads, setup, gazetteer);

  // As on one thread: the first file (by name) that cannot be read stops the run, before anything is extracted.
  for (const reply of replies) if (reply.stories === null && reply.error) rethrow(reply.error);
  const warnings: Warning[] = [];
  const stories = slugStories(
    replies.map((r) => r.stories as Story[]),
    warnings,
  );
  const kept = new Map<string, SluggedStory[]>();
  for (const story of stories) {
    const list = kept.get(story.source);
    if (list) list.push(story);
    else kept.set(story.source, [story]);
  }
  const extractions: StoryExtraction[] = [];
  for (const [i, reply] of replies.entries()) {
    const mine = kept.get(ordered[i]!.name) ?? [];
    if (reply.extractions !== null && mine.length === reply.extractions.length) {
      reply.extractions.forEach((rest, j) => extractions.push({ story: mine[j]!, ...rest }));
      continue;
    }
    // A file whose extraction failed, or that lost a story to an earlier copy (its page year may change): extracted
    // again here, as `runIngest` would, so an error is thrown at the same story.
    const dating = storyDatings(mine, manifest);
    mine.forEach((story, j) => extractions.push(extractStory(story, gazetteer, dating[j])));
  }
  return linkAndWrite(stories, extractions, warnings, options);
}
