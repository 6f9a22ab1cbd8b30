import { describe, expect, it } from 'vitest';
import { runIngestParallel } from './parallel.ts';
import { runIngest } from './pipeline.ts';
import { runFileJob } from './parallelWorker.ts';
import { jinanGazetteer } from './extract/gazetteer.ts';
import { InputError, type SourceFile } from './types.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = (...lines: string[]): string => lines.join('\n\n');

// Made-up pages in the style of a city paper: several stories a page, bylines, officials with posts, figures, a
// year stated as the present (`2023年已过半`) that dates another story's `今年`.
const storyA = page(
  '历下区口袋公园扩容',
  '记者 张明远',
  '2023年已过半，历下区新建口袋公园12处，同比增长20%，绿化面积达到8000平方米。',
  '历下区园林局局长王建国介绍，年底前还将新建驿站5个，服务周边居民3万人次。',
);
const storyB = page(
  '槐荫区社区食堂开张',
  '记者 李小红',
  '今年以来，槐荫区已开办社区食堂9家，日均接待老年人1200人次，比去年增加300人次。',
  '槐荫区民政局副局长刘志强表示，下一步将把食堂开到每个街道。',
);
const storyC = page(
  '天桥区改造老旧小区',
  '记者 赵文华',
  '天桥区今年计划改造老旧小区46个，涉及居民1.2万户，总投资3.5亿元。',
  '天桥区住建局局长孙立新说，改造完成后加装电梯60部。',
);
const storyD = page('市中区新增停车泊位', '记者 周一鸣', '市中区新增公共停车泊位2600个，其中立体车库3处，缓解了老城区停车难。');

/** Sources whose names are out of order (ingest reads them sorted), with a story printed twice. */
function sources(): SourceFile[] {
  return [
    { name: '003_page.txt', bytes: utf8(page(storyD, storyB)) },
    { name: '001_page.txt', bytes: utf8(page(storyA, storyB)) },
    { name: '002_page.txt', bytes: utf8(storyC) },
  ];
}

describe('runIngestParallel', () => {
  it('gives on worker threads exactly what runIngest gives on one: files, counts, warnings and review, in order', async () => {
    const one = runIngest(sources());
    const pool = await runIngestParallel(sources(), {}, { threads: 2, minBytes: 0 });
    expect([...pool.files.keys()]).toEqual([...one.files.keys()]);
    expect(pool.files).toEqual(one.files);
    expect(pool.counts).toEqual(one.counts);
    expect(pool.warnings).toEqual(one.warnings);
    expect(pool.review).toEqual(one.review);
    expect(pool.entities).toEqual(one.entities);
    // The run is what the made-up pages hold: four stories, the repeated one skipped with a warning naming both.
    expect(one.counts['stories']).toBe(4);
    expect(one.warnings.map((w) => w.at)).toEqual([expect.stringMatching(/^003_page\.txt:\d+$/u)]);
    expect(one.warnings[0]!.message).toMatch(/^same story as 001_page\.txt:\d+; skipped$/u);
  });

  it('stays on the calling thread below its size threshold, with the same result', async () => {
    const one = runIngest(sources());
    expect((await runIngestParallel(sources(), {}, { threads: 2 })).files).toEqual(one.files);
  });

  it('stops at the first unreadable file by name, with its file:line, as runIngest does', async () => {
    const bad = [...sources(), { name: '002a_headlines.txt', bytes: utf8('只有标题\n\n没有正文\n') }, { name: '004_empty.txt', bytes: new Uint8Array() }];
    expect(() => runIngest(bad)).toThrow(/^002a_headlines\.txt:1: no story found/u);
    const error = await runIngestParallel(bad, {}, { threads: 2, minBytes: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^002a_headlines\.txt:1: no story found/u);
  });

  it('a worker dates a page by all its stories: a story stating the present year dates the others’ 去年', () => {
    const job = (text: string) => runFileJob({ index: 0, source: { name: '001_page.txt', bytes: utf8(text) }, published: null }, jinanGazetteer());
    const reply = job(page(storyA, storyB));
    expect(reply.error).toBeNull();
    expect(reply.stories!.map((s) => s.title)).toEqual(['历下区口袋公园扩容', '槐荫区社区食堂开张']);
    // 比去年增加300人次: the year before the page's 2023 (from the first story's `2023年已过半`); alone, undated.
    const years = (r: ReturnType<typeof job>) => r.extractions!.at(-1)!.metrics.map((m) => [m.text, m.year]);
    expect(years(reply)).toContainEqual(['300人次', 2022]);
    expect(years(job(storyB))).toContainEqual(['300人次', null]);
  });
});
