/**
 * The ingest CLI as a user runs it: folders in, folders out, exit codes, messages, and nothing lost on failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` with its contents, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name).slice(dir.length)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

describe('npm run ingest', () => {
  const sources = join(work, 'sources');
  const out = join(work, 'out');
  cpSync(join(ROOT, 'content/sources'), sources, { recursive: true });
  mkdirSync(out);
  writeFileSync(join(out, 'corrections.yaml'), 'officials:\n  drop: [某某某]\n');

  it('writes every collection and prints a summary table, then what to review', () => {
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^stories\s+15\nofficials\s+\d+\ndistricts\s+\d+\ninitiatives\s+\d+\nfigures\s+\d+\ncharts\s+\d+\nwarnings\s+1\nwarning: (?:.*\/)?corrections\.yaml:2: correction matches nothing: official 某某某\n(?:review: .*\n(?: {2}.*\n)*)*$/);
    expect(r.stdout).toContain('review: people whose category');
    expect(readdirSync(out).sort()).toEqual(['articles', 'charts', 'corrections.yaml', 'districts', 'initiatives', 'metrics', 'officials']);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(15);
  });

  it('--check passes on its own output and fails, naming the file, when a generated file was edited', () => {
    expect(ingest('--in', sources, '--out', out, '--check').code).toBe(0);
    const file = join(out, 'articles', readdirSync(join(out, 'articles'))[0]!);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n手改的一行。\n`);
    const r = ingest('--in', sources, '--out', out, '--check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`differs: articles/`);
    writeFileSync(file, original);
  });

  it('keeps a hand-made chart byte for byte, and --check accepts it', () => {
    const metric = readdirSync(join(out, 'metrics'))[0]!.replace(/\.md$/, '');
    const chart = ['---', 'title: 手工图表', `metrics: [${metric}]`, 'type: bar', 'source: 本站编辑', 'handMade: true', '---', '', '编辑手工制作的图表。', ''].join('\n');
    writeFileSync(join(out, 'charts', 'shou-gong.md'), chart);
    expect(ingest('--in', sources, '--out', out).code).toBe(0);
    expect(readFileSync(join(out, 'charts', 'shou-gong.md'), 'utf8')).toBe(chart);
    expect(ingest('--in', sources, '--out', out, '--check').code).toBe(0);
  });

  it('refuses a hand-made chart whose figure is gone, naming the chart, and keeps the output', () => {
    writeFileSync(join(out, 'charts', 'shou-gong.md'), ['---', 'title: 手工图表', 'metrics: [no-such-figure]', 'type: bar', 'source: 本站编辑', 'handMade: true', '---', ''].join('\n'));
    const before = snapshot(out);
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: charts\/shou-gong\.md:1: hand-made chart refers to no-such-figure/);
    expect(snapshot(out)).toEqual(before);
    rmSync(join(out, 'charts', 'shou-gong.md'));
  });

  const bad: { name: string; file: string; bytes: Uint8Array; message: RegExp }[] = [
    // An empty file is named; nothing else is said.
    { name: 'an empty file', file: '999 空文件.txt', bytes: new Uint8Array(), message: /^error: 999 空文件\.txt: the file is empty\n$/ },
    // A binary file is named with the line of its first NUL byte.
    { name: 'a binary file', file: '999.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]), message: /^error: 999\.txt:2: this is a binary file/ },
    // A file of headlines only holds no story.
    { name: 'a file without running text', file: '999.txt', bytes: new TextEncoder().encode('只有标题\n\n没有正文\n'), message: /^error: 999\.txt:1: no story found/ },
  ];
  for (const b of bad) {
    it(`fails on ${b.name} with file:line, exit 1, and leaves the previous output untouched`, () => {
      const before = snapshot(out);
      writeFileSync(join(sources, b.file), b.bytes);
      const r = ingest('--in', sources, '--out', out);
      rmSync(join(sources, b.file));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(b.message);
      expect(snapshot(out)).toEqual(before);
    });
  }

  it('fails on a broken corrections file, naming its line, and keeps the output', () => {
    const before = snapshot(out);
    writeFileSync(join(out, 'corrections.yaml'), 'officials:\n  rename:\n    - { from: 甲 }\n');
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*corrections\.yaml:3: invalid correction at officials\.rename\.0\.to/);
    writeFileSync(join(out, 'corrections.yaml'), before['/corrections.yaml']!);
    expect(snapshot(out)).toEqual(before);
  });
});
