import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CORRECTIONS_BYTES, readBounded, readCorrectionsText, readSources } from './readInput.ts';
import { InputError } from '../types.ts';

const work = mkdtempSync(join(tmpdir(), 'read-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A sources folder holding one good file plus `extra`. */
function folder(name: string, extra: (dir: string) => void): string {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, '001.txt'), '标题\n\n正文。\n');
  extra(dir);
  return dir;
}

describe('readSources', () => {
  const bad: { name: string; setup: (dir: string) => void; message: RegExp }[] = [
    // A folder whose name ends in .txt is not a source (was an EISDIR stack trace).
    { name: 'a folder named *.txt', setup: (d) => mkdirSync(join(d, '002.txt')), message: /^002\.txt: this is a folder, not a source text file$/ },
    // A link to a file outside the sources folder would publish a file nobody put in the sources.
    {
      name: 'a symbolic link out of the folder',
      setup: (d) => {
        writeFileSync(join(work, 'secret.txt'), '标题\n\n外面的文件。\n');
        symlinkSync(join(work, 'secret.txt'), join(d, '002.txt'));
      },
      message: /^002\.txt: this is a symbolic link to .*secret\.txt, outside the sources folder/,
    },
    // A dangling link.
    { name: 'a link to nothing', setup: (d) => symlinkSync(join(d, 'gone.md'), join(d, '002.txt')), message: /^002\.txt: this is a symbolic link to nothing/ },
  ];
  bad.forEach((c, i) => {
    it(`refuses ${c.name} with the file named`, () => {
      const dir = folder(`bad${i}`, c.setup);
      expect(() => readSources(dir, 'sources')).toThrow(InputError);
      expect(() => readSources(dir, 'sources')).toThrow(c.message);
    });
  });

  it('follows a symbolic link that stays inside the sources folder', () => {
    const dir = folder('inside', (d) => {
      mkdirSync(join(d, 'archive'));
      writeFileSync(join(d, 'archive', 'old.md'), '标题\n\n存档。\n');
      symlinkSync(join(d, 'archive', 'old.md'), join(d, '002.txt'));
    });
    expect(readSources(dir, 'sources').map((s) => [s.name, Buffer.from(s.bytes).toString('utf8')])).toEqual([
      ['001.txt', '标题\n\n正文。\n'],
      ['002.txt', '标题\n\n存档。\n'],
    ]);
  });
});

describe('readBounded', () => {
  it('refuses a file past the limit, naming the path as given and the limit', () => {
    writeFileSync(join(work, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 0x41));
    expect(() => readBounded(join(work, 'big.txt'), 'in/big.txt', 2 * 1024 * 1024, 'source text file')).toThrow(
      /^in\/big\.txt: the file is 3 MB, larger than the 2 MB limit for a source text file$/,
    );
  });

  it('refuses a device at once instead of reading forever', () => {
    expect(() => readBounded('/dev/zero', '/dev/zero', MAX_CORRECTIONS_BYTES, 'corrections file')).toThrow(/^\/dev\/zero: this is not a regular file/);
  });
});

describe('readCorrectionsText', () => {
  it('treats the absent default file as no corrections', () => {
    expect(readCorrectionsText(join(work, 'none.yaml'), 'content/corrections.yaml', false)).toBeNull();
  });

  it('refuses a named file that does not exist, naming it as given', () => {
    expect(() => readCorrectionsText(join(work, 'none.yaml'), '../elsewhere/none.yaml', true)).toThrow(
      /^\.\.\/elsewhere\/none\.yaml: no such corrections file$/,
    );
  });

  it('refuses a corrections file larger than 1 MB', () => {
    writeFileSync(join(work, 'huge.yaml'), `officials:\n  drop: [${'某某, '.repeat(200_000)}]\n`);
    expect(() => readCorrectionsText(join(work, 'huge.yaml'), 'huge.yaml', true)).toThrow(
      /^huge\.yaml: the file is \d MB, larger than the 1 MB limit for a corrections file$/,
    );
  });
});
