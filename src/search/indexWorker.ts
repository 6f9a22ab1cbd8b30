/**
 * The worker thread of the search index (`indexCache.ts`): makes the documents and the sharded index of one site, or
 * reads them from the cache, off the build's main thread, which meanwhile renders pages. It answers with the whole
 * index, or (a build) with the manifest alone, keeping the files until it is told the folder to write them into.
 */
import { parentPort } from 'node:worker_threads';
import { cachedSiteShards, writeShardFiles, type IndexJob, type IndexReply, type ShardWriteJob } from './indexCache.ts';

const errorText = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

parentPort?.once('message', (job: IndexJob) => {
  let index;
  try {
    index = cachedSiteShards(job.source, job.cacheDir);
  } catch (error) {
    parentPort!.postMessage({ error: errorText(error) } satisfies IndexReply);
    return;
  }
  if (job.files === 'reply') {
    parentPort!.postMessage({ manifest: index.manifest, files: [...index.files] } satisfies IndexReply);
    return;
  }
  const { files } = index;
  parentPort!.postMessage({ manifest: index.manifest, held: files.size } satisfies IndexReply);
  parentPort!.once('message', (write: ShardWriteJob) => {
    let reply: IndexReply;
    try {
      reply = { written: writeShardFiles(write.writeTo, files) };
    } catch (error) {
      reply = { error: errorText(error) };
    }
    parentPort!.postMessage(reply);
  });
});
