import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/core/frontmatter.ts';
import { storyText } from '../../src/core/markdown.ts';
import { schemas } from '../../src/schemas.ts';
import { mentionsInBody, runIngest } from './pipeline.ts';
import { InputError, type Story } from './types.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The one story ingest wrote from `text`: its frontmatter, checked by the schema, and its body. */
function writtenStory(text: string) {
  const result = runIngest([{ name: 'a.txt', bytes: utf8(text) }]);
  const file = [...result.files].find(([path]) => path.startsWith('articles/'))![1];
  const { data, body } = parseFrontmatter(file)!;
  return { data: schemas.articles.parse(data), body, files: result.files };
}

describe('runIngest: mentions', () => {
  // Made-up story: a place in full then its short form, a person after a title, figures after characters that
  // Markdown escapes (`*`, `<`, `[`), full-width and ASCII punctuation.
  const source = [
    '历下区新建口袋公园',
    '',
    '记者 张明远',
    '',
    '近日，济南市历下区新建口袋公园12处，同比增长20%。注：带*号的<样板>公园另有3处。',
    '',
    '历下区园林局局长王建国介绍,[试点]片区已完成绿化8000平方米;历下还将新建驿站5个。',
    '',
  ].join('\n');
  const { data, body, files } = writtenStory(source);
  const text = storyText(body);
  const printed = data.mentions.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);

  it('writes a body that needs its escapes undone', () => {
    expect(body).toContain('\\*');
    expect(body).toContain('&lt;');
    expect(body).toContain('\\[');
  });

  it('records every place, person and figure at offsets that read back exactly in the text a reader sees', () => {
    expect(printed).toEqual([
      'place:历下区',
      'figure:12处',
      'figure:20%',
      'figure:3处',
      'place:历下区',
      'official:王建国',
      'figure:8000平方米',
      // the two-character short form, found once the story has named the district in full
      'place:历下',
      'figure:5个',
    ]);
    // Each figure's offsets point at the figure its ref names.
    for (const m of data.mentions.filter((x) => x.kind === 'figure')) {
      const figure = parseFrontmatter(files.get(`metrics/${m.ref}.md`)!)!.data;
      expect(text.slice(m.start, m.end)).toBe(figure['text']);
    }
  });

  it('stops the run when a mention does not read back where it says', () => {
    const story = { source: 'a.txt', line: 1, blocks: [{ type: 'paragraph', text: '历下区新建口袋公园12处。', line: 5 }] } as Story;
    const body = '历下区新建口袋公园12处。';
    expect(mentionsInBody(story, body, [{ kind: 'figure', ref: 'x', paragraph: 0, start: 9, end: 12, text: '12处' }])).toEqual([
      { kind: 'figure', ref: 'x', start: 9, end: 12 },
    ]);
    expect(() => mentionsInBody(story, body, [{ kind: 'figure', ref: 'x', paragraph: 0, start: 8, end: 11, text: '12处' }])).toThrow(InputError);
  });
});
