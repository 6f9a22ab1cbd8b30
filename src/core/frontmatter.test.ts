import { describe, expect, it } from 'vitest';
import { frontmatterBody, parseFrontmatter, readFrontmatter } from './frontmatter.ts';

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

describe('parseFrontmatter', () => {
  it.each<[string, string, { data: Record<string, unknown>; body: string } | null]>([
    // the body starts on the line after the closing fence
    [
      'body after the fence',
      '---\ntitle: 某街道新建养老服务站3处\n---\n\n近日，某街道新建养老服务站3处。\n',
      { data: { title: '某街道新建养老服务站3处' }, body: '\n近日，某街道新建养老服务站3处。\n' },
    ],
    // CRLF throughout, as a hand-saved chart file may have
    ['CRLF', '---\r\ntitle: 某图\r\n---\r\n正文\r\n', { data: { title: '某图' }, body: '正文\r\n' }],
    // a file that ends at its closing fence has an empty body
    ['no body', '---\ntitle: 某图\n---', { data: { title: '某图' }, body: '' }],
    // a fence of four dashes is not a fence
    ['not closed', '---\ntitle: 某图\n----\n正文', null],
    ['no frontmatter', '正文。', null],
  ])('%s', (_label, source, expected) => {
    expect(parseFrontmatter(source)).toEqual(expected);
  });

  it('throws on YAML that does not parse', () => {
    expect(() => parseFrontmatter('---\ntitle: [未闭合\n---\n')).toThrow();
  });
});

describe('frontmatterBody', () => {
  it.each<[string, string, string]>([
    // what follows the closing fence, with the YAML left unparsed
    ['body after the fence', '---\ntitle: 某街道新建养老服务站3处\n---\n\n近日，某街道新建养老服务站3处。\n', '\n近日，某街道新建养老服务站3处。\n'],
    // YAML that would not parse does not matter: only the fences are read
    ['broken YAML', '---\ntitle: [未闭合\n---\n正文', '正文'],
    // no fences: the whole file is body
    ['no frontmatter', '正文。', '正文。'],
  ])('%s', (_label, source, body) => {
    expect(frontmatterBody(source)).toBe(body);
  });
});
