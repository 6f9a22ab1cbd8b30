/**
 * The worker thread of the search index (`indexCache.ts`): makes the documents and the sharded index of one site, or
 * reads them from the cache, off the build's main thread, which meanwhile renders pages. One job, then it exits.
 */
import { parentPort } from 'node:worker_threads';
import { cachedSiteShards, type IndexJob, type IndexReply } from './indexCache.ts';

parentPort?.once('message', (job: IndexJob) => {
  let reply: IndexReply;
  try {
    const index = cachedSiteShards(job.source, job.cacheDir);
    reply = { manifest: index.manifest, files: [...index.files] };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
