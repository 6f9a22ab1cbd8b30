/**
 * The long-story benchmark (`npm run bench:long-story`): one source file holding a single story of 1, 2, 4 and 13 MB,
 * ingested in-process by the real pipeline; prints the time of each size. A story that long is a newsroom pasting a
 * whole archive as one text — ingest must stay linear in it (it was quadratic: 13 MB did not finish in 10 minutes).
 *
 *   npm run bench -- --long-story                 # sizes 1, 2, 4, 13 MB (or tsx bench/longStory.ts)
 *   npm run bench -- --long-story --sizes 1,2     # chosen sizes, in MB
 *   npm run bench -- --long-story --limit 60      # stop after the first size that takes longer than 60 s (default 600)
 *
 * The paragraphs are the real stories' running text, in order, repeated; the story keeps one headline and byline.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readSourceStories } from './generateCorpus.ts';
import { runIngest } from '../scripts/ingest/pipeline.ts';

const PROJECT = resolve(import.meta.dirname, '..');

/** The text of one story of at least `bytes` bytes of UTF-8: a headline, a byline, then paragraphs. */
export function longStory(paragraphs: readonly string[], bytes: number): string {
  const lines = ['泉城发展长篇报道合集', '', '记者 张明远', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `　　${paragraphs[i % paragraphs.length]!}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the benchmark with command-line arguments `argv` and prints its table. */
export function runLongStoryBench(argv: string[]): void {
  const { values } = parseArgs({ args: argv, options: { sizes: { type: 'string', default: '1,2,4,13' }, limit: { type: 'string', default: '600' } } });
  const sizes = values.sizes.split(',').map(Number);
  const paragraphs = readSourceStories(join(PROJECT, 'content/sources')).flatMap((s) => s.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  console.log('| story size | stories | figures | ingest time | CPU time |\n| ---: | ---: | ---: | ---: | ---: |');
  for (const mb of sizes) {
    const bytes = new TextEncoder().encode(longStory(paragraphs, mb * 1024 * 1024));
    const start = performance.now();
    const cpu = process.cpuUsage();
    const result = runIngest([{ name: 'long.txt', bytes }]);
    const seconds = (performance.now() - start) / 1000;
    // On a shared machine the wall time counts other processes' turns too; the CPU time is ingest's own work.
    const used = process.cpuUsage(cpu);
    console.log(
      `| ${mb} MB | ${result.counts.stories} | ${result.counts.figures} | ${seconds.toFixed(1)} s | ${((used.user + used.system) / 1e6).toFixed(1)} s |`,
    );
    if (seconds > Number(values.limit)) {
      console.log(`stopped: ${mb} MB took longer than ${values.limit} s`);
      break;
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runLongStoryBench(process.argv.slice(2));
