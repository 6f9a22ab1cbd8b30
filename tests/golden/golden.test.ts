/**
 * Golden files for the parser: each source article in `content/sources/`, run through the whole ingest on its own,
 * must produce exactly `tests/golden/expected/<source>.md` (every generated file, concatenated with a header line).
 * A mismatch writes `<source>.actual.md` beside the expected file, so `diff` shows the change; set UPDATE_GOLDEN=1
 * to accept the new output. Under CI (`CI` set) golden files are never rewritten: only a person accepts new output.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../scripts/ingest/pipeline.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
const EXPECTED = join(import.meta.dirname, 'expected');

/** All files ingest writes for one source, concatenated in path order. */
function render(name: string): string {
  const { files } = runIngest([{ name, bytes: readFileSync(join(SOURCES, name)) }]);
  return [...files.keys()]
    .sort()
    .map((path) => `<!-- file: ${path} -->\n${files.get(path)}`)
    .join('\n');
}

const updating = process.env.UPDATE_GOLDEN === '1';
const sourceNames = readdirSync(SOURCES)
  .filter((n) => n.endsWith('.txt'))
  .sort();

describe('golden files', () => {
  it('has sources to check and is not asked to rewrite them under CI', () => {
    expect(sourceNames.length).toBeGreaterThan(0);
    expect(updating && Boolean(process.env.CI), 'UPDATE_GOLDEN=1 is refused under CI: golden files are accepted by a person').toBe(false);
  });

  for (const name of sourceNames) {
    it(`${name} yields its expected stories`, () => {
      const stem = name.replace(/\.txt$/, '');
      const expectedPath = join(EXPECTED, `${stem}.md`);
      const actualPath = join(EXPECTED, `${stem}.actual.md`);
      const actual = render(name);
      if (updating && !process.env.CI) writeFileSync(expectedPath, actual);
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : '';
      if (actual === expected) {
        rmSync(actualPath, { force: true });
      } else {
        writeFileSync(actualPath, actual);
      }
      expect(actual === expected, `output differs: diff ${expectedPath} ${actualPath}`).toBe(true);
    });
  }
});
