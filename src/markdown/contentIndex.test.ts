import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './contentIndex.ts';

describe('readFrontmatter', () => {
  it.each<[string, string, Record<string, unknown>]>([
    // the usual file ingest writes: YAML between two fences, a body after
    ['frontmatter and body', '---\nname: 槐荫区\naliases:\n  - 槐荫\n---\n\n正文。\n', { name: '槐荫区', aliases: ['槐荫'] }],
    // a file saved on Windows with a byte-order mark and CRLF line ends
    ['BOM and CRLF', '\uFEFF---\r\nname: 姜宁\r\n---\r\n', { name: '姜宁' }],
    // a numeric name stays a string when quoted, as ingest writes it
    ['quoted number', '---\nname: "342"\n---\n', { name: '342' }],
    // no fences: nothing to read
    ['no frontmatter', '近日，槐荫区完成工业总产值45.3亿元。', {}],
    // a YAML list at the top level is not a record
    ['not a record', '---\n- a\n- b\n---\n', {}],
  ])('%s', (_label, source, data) => {
    expect(readFrontmatter(source)).toEqual(data);
  });
});
