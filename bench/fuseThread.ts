/**
 * The search benchmark's whole-index Fuse, on a thread of its own: at 10,000 stories its index is hundreds of MB
 * of objects, which in the benchmark's thread every garbage collection during the other engines' queries would
 * have to mark. Started by `FuseThread`; the same file is the worker.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createSearcher, type Searcher } from '../src/search/search.ts';
import { toSimplified } from '../src/search/traditional.ts';
import { runFuse, topResults } from './search.ts';

/** One query's answer from the thread. */
export interface FuseReply {
  /** Milliseconds to answer it as the page shows it (`runFuse`), timed on the thread. */
  ms: number;
  /** Documents found. */
  hits: number;
  /** The first results shown (`topResults`), when asked for. */
  top?: string;
}

/** The whole-index Fuse search over a payload, answering on its own thread. */
export class FuseThread {
  /** The reply awaited: the load's first (its time in `ms`), then each query's. */
  private waiting: { resolve: (reply: FuseReply) => void; reject: (error: Error) => void } | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: FuseReply) => this.settle()?.resolve(reply));
    worker.on('error', (error) => this.settle()?.reject(error));
  }

  private settle(): FuseThread['waiting'] {
    const waiting = this.waiting;
    this.waiting = null;
    return waiting;
  }

  /** Starts the thread on a serialised payload; resolves with the thread and the milliseconds it took to load. */
  static async start(json: string): Promise<{ thread: FuseThread; loadMs: number }> {
    const worker = new Worker(new URL(import.meta.url), { workerData: { json } });
    const thread = new FuseThread(worker);
    const loaded = await new Promise<FuseReply>((resolve, reject) => (thread.waiting = { resolve, reject }));
    return { thread, loadMs: loaded.ms };
  }

  /** Answers `query`, with its first results when `top`. */
  ask(query: string, top = false): Promise<FuseReply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage({ query, top });
    });
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const started = performance.now();
  const searcher: Searcher = createSearcher(JSON.parse((workerData as { json: string }).json), toSimplified);
  port.postMessage({ ms: performance.now() - started, hits: 0 } satisfies FuseReply);
  port.on('message', ({ query, top }: { query: string; top: boolean }) => {
    const t = performance.now();
    const hits = runFuse(searcher, query);
    const reply: FuseReply = { ms: performance.now() - t, hits };
    if (top) reply.top = topResults(searcher.search(query));
    port.postMessage(reply);
  });
}
