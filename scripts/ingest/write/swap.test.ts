import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acquireLock, recover, recoverSteps, releaseLock, writeOutputSteps, LOCK_NAME, type LockHolder, type OutputFs } from './swap.ts';

/** An in-memory file system: path → content, or null for a folder. Renaming onto an existing folder fails, as on disk. */
class MemoryFs implements OutputFs {
  readonly entries = new Map<string, string | null>([['/out', null]]);
  private under = (path: string): string[] => [...this.entries.keys()].filter((p) => p === path || p.startsWith(`${path}/`));
  private parent = (path: string): string => path.slice(0, path.lastIndexOf('/'));
  exists = (path: string): boolean => this.entries.has(path);
  mkdir(path: string): void {
    for (let p = path; p !== '' && !this.entries.has(p); p = this.parent(p)) this.entries.set(p, null);
  }
  writeFile(path: string, content: string): void {
    if (this.entries.get(this.parent(path)) !== null) throw new Error(`ENOENT ${path}`);
    this.entries.set(path, content);
  }
  writeFiles(files: readonly (readonly [string, string])[]): void {
    for (const [path, content] of files) this.writeFile(path, content);
  }
  readFile(path: string): string {
    const v = this.entries.get(path);
    if (typeof v !== 'string') throw new Error(`ENOENT ${path}`);
    return v;
  }
  rename(from: string, to: string): void {
    if (!this.entries.has(from)) throw new Error(`ENOENT rename ${from}`);
    if (this.entries.get(to) === null) throw new Error(`ENOTEMPTY rename ${from} → ${to}`);
    if (this.entries.get(this.parent(to)) !== null) throw new Error(`ENOENT rename → ${to}`);
    for (const p of this.under(from)) {
      const v = this.entries.get(p)!;
      this.entries.delete(p);
      this.entries.set(to + p.slice(from.length), v);
    }
  }
  remove(path: string): void {
    for (const p of this.under(path)) this.entries.delete(p);
  }
  list(path: string): string[] {
    return [...this.entries.keys()].filter((p) => this.parent(p) === path).map((p) => p.slice(path.length + 1));
  }
  createExclusive(path: string, content: string): boolean {
    if (this.entries.has(path)) return false;
    this.writeFile(path, content);
    return true;
  }
  /** A copy, to count steps without touching the original. */
  clone(): MemoryFs {
    const copy = new MemoryFs();
    for (const [p, v] of this.entries) copy.entries.set(p, v);
    return copy;
  }
  /** Every entry under /out but the lock, relative, as a plain object. */
  snapshot(): Record<string, string | null> {
    return Object.fromEntries(
      [...this.entries]
        .filter(([p]) => p.startsWith('/out/') && p !== `/out/${LOCK_NAME}`)
        .map(([p, v]) => [p.slice(5), v])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  }
}

/** One run's output: two collections, so a half-done swap would show as a mix. */
const output = (tag: string): Map<string, string> =>
  new Map([
    [`articles/a.md`, `${tag} a`],
    [`articles/b.md`, `${tag} b`],
    [`officials/x.md`, `${tag} x`],
    [`metrics/${tag}.md`, `${tag} only`],
  ]);

/** The folder as a complete run leaves it: its files and their folders, plus the journalist's corrections file. */
function complete(files: Map<string, string>): Record<string, string | null> {
  const fs = new MemoryFs();
  fs.writeFile('/out/corrections.yaml', 'kept');
  for (const [p, v] of files) {
    fs.mkdir(`/out/${p.slice(0, p.lastIndexOf('/'))}`);
    fs.writeFile(`/out/${p}`, v);
  }
  return fs.snapshot();
}

function withOld(): MemoryFs {
  const fs = new MemoryFs();
  fs.writeFile('/out/corrections.yaml', 'kept');
  for (const [p, v] of output('old')) {
    fs.mkdir(`/out/${p.slice(0, p.lastIndexOf('/'))}`);
    fs.writeFile(`/out/${p}`, v);
  }
  return fs;
}

/** Runs a generator for `n` steps at most (then abandons it, as kill -9 would); true when it finished. */
function stepN(steps: Generator<string, unknown, void>, n: number): boolean {
  for (let i = 0; i < n; i++) if (steps.next().done) return true;
  return false;
}

const total = (make: () => Generator<string, unknown, void>): number => [...make()].length;

describe('the output swap', () => {
  const OLD = complete(output('old'));
  const NEW = complete(output('new'));
  const names = [...writeOutputSteps(withOld(), '/out', output('new'), 'n1')];
  const count = names.length;
  const commitStep = names.indexOf('commit journal') + 1;

  it('leaves the folder wholly old or wholly new after a kill between any two steps and a recovery', () => {
    expect(count).toBeGreaterThan(8);
    for (let k = 0; k <= count; k++) {
      const fs = withOld();
      stepN(writeOutputSteps(fs, '/out', output('new'), 'n1'), k);
      recover(fs, '/out');
      // Before the journal is committed the old output stands; from then on the new one.
      expect(fs.snapshot(), `killed after step ${k}`).toEqual(k < commitStep ? OLD : NEW);
    }
  });

  it('survives a second kill during the recovery itself', () => {
    for (let k = 0; k <= count; k++) {
      const probe = withOld();
      stepN(writeOutputSteps(probe, '/out', output('new'), 'n1'), k);
      const recoverySteps = total(() => recoverSteps(probe.clone(), '/out'));
      for (let j = 0; j <= recoverySteps; j++) {
        const fs = withOld();
        stepN(writeOutputSteps(fs, '/out', output('new'), 'n1'), k);
        stepN(recoverSteps(fs, '/out'), j);
        recover(fs, '/out');
        expect([OLD, NEW], `killed after step ${k}, then during recovery after step ${j}`).toContainEqual(fs.snapshot());
      }
    }
  });

  it('never deletes the only copy of a collection at any step', () => {
    for (let k = 0; k <= count; k++) {
      const fs = withOld();
      stepN(writeOutputSteps(fs, '/out', output('new'), 'n1'), k);
      // Every file of the old or the new output is somewhere in the folder (live, staged or retired).
      const contents = new Set(fs.entries.values());
      const allOld = [...output('old').values()].every((v) => contents.has(v));
      const allNew = [...output('new').values()].every((v) => contents.has(v));
      expect(allOld || allNew, `after step ${k}`).toBe(true);
    }
  });
});

describe('the output lock', () => {
  const a: LockHolder = { pid: 101, started: '2026-01-01T08:00:00.000Z' };
  const b: LockHolder = { pid: 202, started: '2026-01-01T08:00:01.000Z' };

  it('refuses a second writer, naming the holder, while the first runs', () => {
    const fs = new MemoryFs();
    expect(acquireLock(fs, '/out', a, () => true)).toEqual({ ok: true, notice: null });
    const second = acquireLock(fs, '/out', b, () => true);
    expect(second.ok).toBe(false);
    expect(second.ok === false && second.message).toMatch(/another ingest \(PID 101, started 2026-01-01T08:00:00\.000Z\) is writing \/out/);
    releaseLock(fs, '/out', a);
    expect(acquireLock(fs, '/out', b, () => true).ok).toBe(true);
  });

  it('takes over the lock of a dead process with a notice', () => {
    const fs = new MemoryFs();
    acquireLock(fs, '/out', a, () => true);
    const taken = acquireLock(fs, '/out', b, (pid) => pid !== 101);
    expect(taken).toEqual({ ok: true, notice: expect.stringMatching(/took over the lock of ingest PID 101 .*no longer running/) });
    // The dead holder's late release does not free the new holder's lock.
    releaseLock(fs, '/out', a);
    expect(acquireLock(fs, '/out', a, () => true).ok).toBe(false);
  });

  it('refuses a lock file that names no process rather than guess', () => {
    const fs = new MemoryFs();
    fs.writeFile(`/out/${LOCK_NAME}`, '');
    const r = acquireLock(fs, '/out', a, () => false);
    expect(r.ok === false && r.message).toMatch(/names no process; if no ingest is running, delete it/);
  });
});

/** A whole ingest as a process: lock, recover, write, unlock; yields after every effect. */
function* ingestProcess(fs: MemoryFs, me: LockHolder, files: Map<string, string>, alive: (pid: number) => boolean): Generator<string, string, void> {
  const lock = acquireLock(fs, '/out', me, alive);
  yield 'lock';
  if (!lock.ok) return 'refused';
  yield* recoverSteps(fs, '/out');
  yield* writeOutputSteps(fs, '/out', files, `${me.pid}`);
  releaseLock(fs, '/out', me);
  yield 'unlock';
  return 'done';
}

describe('two ingests at once, and a kill', () => {
  it('always leave the folder as one complete run (property)', () => {
    const OLD = complete(output('old'));
    const A = complete(output('A'));
    const B = complete(output('B'));
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 80 }), fc.nat(80), fc.boolean(), (schedule, killAt, bFirst) => {
        const fs = withOld();
        const dead = new Set<number>();
        const alive = (pid: number): boolean => !dead.has(pid);
        const runs = [ingestProcess(fs, { pid: 1, started: 't1' }, output('A'), alive), ingestProcess(fs, { pid: 2, started: 't2' }, output('B'), alive)];
        if (bFirst) runs.reverse();
        const finished = [false, false];
        // Interleave the two runs as the schedule says, until the kill.
        for (let i = 0; i < Math.min(schedule.length, killAt); i++) {
          const which = schedule[i] ? 1 : 0;
          if (!finished[which]) finished[which] = runs[which]!.next().done === true;
        }
        dead.add(1).add(2);
        // The next run recovers before anything else.
        const next: LockHolder = { pid: 3, started: 't3' };
        const lock = acquireLock(fs, '/out', next, alive);
        expect(lock.ok).toBe(true);
        recover(fs, '/out');
        releaseLock(fs, '/out', next);
        expect([OLD, A, B]).toContainEqual(fs.snapshot());
      }),
      { numRuns: 500 },
    );
  });
});
