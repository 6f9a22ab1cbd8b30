/**
 * The ingest CLI as a user runs it: folders in, folders out, exit codes, messages, and nothing lost on failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runIngestCli } from './ingestCommand.ts';
import { parse as parseYaml } from 'yaml';

const work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ingest = (...args: string[]) => runIngestCli(work, ...args);

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

  it('writes every collection and prints only a summary table with --quiet', () => {
    const r = ingest('--in', sources, '--out', out, '--quiet');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^stories\s+15\nofficials\s+\d+\ndistricts\s+\d+\ninitiatives\s+\d+\nfigures\s+\d+\ncharts\s+\d+\nwarnings\s+1\nto review\s+\d+\nwarning: (?:.*\/)?corrections\.yaml:2: correction matches nothing: official 某某某\n$/,
    );
    expect(readdirSync(out).sort()).toEqual(['articles', 'charts', 'corrections.yaml', 'districts', 'initiatives', 'metrics', 'officials']);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(15);
  });

  it('prints what to review about people, programmes and places without --quiet', () => {
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('review: people whose category');
    expect(readdirSync(out).sort()).toEqual(['articles', 'charts', 'corrections.yaml', 'districts', 'initiatives', 'metrics', 'officials']);
    expect(readdirSync(join(out, 'articles'))).toHaveLength(15);
  });

  it('prints what to review, each a corrections.yaml line that parses', () => {
    const r = ingest('--in', sources, '--out', out);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('- { match:'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(parseYaml(line)).toEqual([expect.objectContaining({ match: expect.objectContaining({ text: expect.any(String) }), set: expect.any(Object) })]);
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
    // A programme timeline draws no figures, so it passes the comparability rules whatever the figures' frames say.
    const initiative = readdirSync(join(out, 'initiatives'))
      .find((n) => /\nyears:\n/u.test(readFileSync(join(out, 'initiatives', n), 'utf8')))!
      .replace(/\.md$/, '');
    const chart = [
      '---',
      'title: 手工图表',
      'metrics: []',
      `initiatives: [${initiative}]`,
      'type: timeline',
      'source: 本站编辑',
      'handMade: true',
      'rule: programme-timeline',
      '---',
      '',
      '编辑手工制作的图表。',
      '',
    ].join('\n');
    writeFileSync(join(out, 'charts', 'shou-gong.md'), chart);
    expect(ingest('--in', sources, '--out', out).code).toBe(0);
    expect(readFileSync(join(out, 'charts', 'shou-gong.md'), 'utf8')).toBe(chart);
    expect(ingest('--in', sources, '--out', out, '--check').code).toBe(0);
  });

  it('refuses a hand-made chart that breaks a comparability rule, naming the chart, the rule and the figures, and keeps the output', () => {
    const [a, b] = readdirSync(join(out, 'metrics'))
      .slice(0, 2)
      .map((n) => n.replace(/\.md$/, ''));
    writeFileSync(
      join(out, 'charts', 'shou-gong.md'),
      ['---', 'title: 手工图表', `metrics: [${a}, ${b}]`, 'type: bar', 'source: 本站编辑', 'handMade: true', 'rule: compare', '---', ''].join('\n'),
    );
    const before = snapshot(out);
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: charts\/shou-gong\.md:1: hand-made chart broke [a-z-]+ \(compare\): /);
    expect(r.stderr).toContain(`figures: ${a} `);
    expect(snapshot(out)).toEqual(before);
    rmSync(join(out, 'charts', 'shou-gong.md'));
  });

  it('refuses a hand-made chart whose figure is gone, naming the chart, and keeps the output', () => {
    writeFileSync(
      join(out, 'charts', 'shou-gong.md'),
      ['---', 'title: 手工图表', 'metrics: [no-such-figure]', 'type: bar', 'source: 本站编辑', 'handMade: true', '---', ''].join('\n'),
    );
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
    {
      name: 'a binary file',
      file: '999.txt',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]),
      message: /^error: 999\.txt:2: this is a binary file/,
    },
    // A file of headlines only holds no story.
    {
      name: 'a file without running text',
      file: '999.txt',
      bytes: new TextEncoder().encode('只有标题\n\n没有正文\n'),
      message: /^error: 999\.txt:1: no story found/,
    },
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

  it('refuses a folder named *.txt with file:line-style message, not a stack trace', () => {
    const before = snapshot(out);
    mkdirSync(join(sources, '999.txt'));
    const r = ingest('--in', sources, '--out', out);
    rmSync(join(sources, '999.txt'), { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: 999.txt: this is a folder, not a source text file\n');
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses a --corrections file that does not exist, or a device, naming it as given', () => {
    mkdirSync(join(work, 'elsewhere'), { recursive: true });
    const missing = ingest('--in', sources, '--out', out, '--corrections', 'elsewhere/missing.yaml');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: elsewhere/missing.yaml: no such corrections file\n');
    const zero = ingest('--in', sources, '--out', out, '--corrections', '/dev/zero');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/^error: \/dev\/zero: this is not a regular file/);
  });

  it('names a corrections file outside the working folder by the path given', () => {
    const other = mkdtempSync(join(tmpdir(), 'other-'));
    writeFileSync(join(other, 'invalid.yaml'), 'officials:\n  rename:\n    - { from: 甲 }\n');
    const r = ingest('--in', sources, '--out', out, '--corrections', join(other, 'invalid.yaml'));
    rmSync(other, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^error: ${join(other, 'invalid.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid correction`));
  });

  it('refuses to run while another ingest holds the output, naming it, and touches nothing', () => {
    const before = snapshot(out);
    // The test runner itself is a live process.
    writeFileSync(join(out, '.ingest.lock'), JSON.stringify({ pid: process.pid, started: '2026-01-01T08:00:00.000Z' }));
    const r = ingest('--in', sources, '--out', out);
    rmSync(join(out, '.ingest.lock'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: another ingest (PID ${process.pid}, started 2026-01-01T08:00:00.000Z) is writing ${out}; wait for it to finish and run again (if no ingest is running, that PID is another program's: delete ${join(out, '.ingest.lock')})\n`,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('takes over the lock of an ingest that died, with a notice', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, '.ingest.lock'), JSON.stringify({ pid: Number(dead), started: '2026-01-01T08:00:00.000Z' }));
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`notice: took over the lock of ingest PID ${dead} (started 2026-01-01T08:00:00.000Z), which is no longer running`);
    expect(existsSync(join(out, '.ingest.lock'))).toBe(false);
  });

  it('finishes a swap a kill interrupted before --check reads anything (articles were gone, the rest old)', () => {
    const complete = snapshot(out);
    // The state a kill -9 leaves after the first rename: articles retired, the new articles still staged.
    mkdirSync(join(out, '.ingest-staging-dead1'));
    mkdirSync(join(out, '.ingest-retired-dead1'));
    cpSync(join(out, 'articles'), join(out, '.ingest-staging-dead1', 'articles'), { recursive: true });
    cpSync(join(out, 'officials'), join(out, '.ingest-staging-dead1', 'officials'), { recursive: true });
    renameSync(join(out, 'articles'), join(out, '.ingest-retired-dead1', 'articles'));
    writeFileSync(join(out, '.ingest-journal.json'), JSON.stringify({ id: 'dead1', folders: ['articles', 'officials'] }));
    // A staging folder of another run that died before its journal: litter, never the only copy.
    mkdirSync(join(out, '.ingest-staging-dead2', 'metrics'), { recursive: true });
    const r = ingest('--in', sources, '--out', out, '--check');
    expect(r.stderr).toContain('notice: finished the interrupted ingest dead1: articles, officials are its complete output');
    expect(r.code).toBe(0);
    expect(snapshot(out)).toEqual(complete);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('two ingests at once: one writes, the other refuses or waits its turn, and the output is one complete run', async () => {
    const complete = snapshot(out);
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(
          process.execPath,
          [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/ingest/cli.ts'), '--in', sources, '--out', out],
          {
            cwd: work,
          },
        );
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stderr }));
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) {
      if (r.code !== 0) expect(r.stderr).toMatch(/^error: another ingest \(PID \d+, started [^)]+\) is writing /);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(snapshot(out)).toEqual(complete);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 120_000);
});
