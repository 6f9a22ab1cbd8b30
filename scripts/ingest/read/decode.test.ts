import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode } from './decode.ts';
import { InputError } from '../types.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  const text = '济南市历下区\n新建口袋公园3处。\n';
  const cases: { name: string; bytes: Uint8Array; encoding: string }[] = [
    // Plain UTF-8 with LF.
    { name: 'UTF-8', bytes: utf8(text), encoding: 'utf-8' },
    // Windows editors write a BOM and CRLF; both disappear.
    { name: 'UTF-8 with BOM and CRLF', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text.replace(/\n/g, '\r\n'))]), encoding: 'utf-8' },
    // Newsroom systems often export GB18030/GBK.
    { name: 'GB18030', bytes: new Uint8Array(iconv.encode(text, 'gb18030')), encoding: 'gb18030' },
    // GBK is a subset of GB18030.
    { name: 'GBK with CRLF', bytes: new Uint8Array(iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk')), encoding: 'gb18030' },
    // UTF-16 with a BOM (saved as "Unicode" by Notepad).
    { name: 'UTF-16LE with BOM', bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]), encoding: 'utf-16le' },
    // UTF-16 saved without a BOM: the NUL high bytes of its newlines and digits give it away.
    { name: 'UTF-16LE without BOM', bytes: new Uint8Array(iconv.encode(text, 'utf-16le')), encoding: 'utf-16le' },
    // The same in big-endian order.
    { name: 'UTF-16BE without BOM', bytes: new Uint8Array(iconv.encode(text, 'utf-16be')), encoding: 'utf-16be' },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const result = decode(c.bytes, 'a.txt');
      expect(result.text).toBe(text);
      expect(result.encoding).toBe(c.encoding);
    });
  }

  const bad: { name: string; bytes: Uint8Array; message: RegExp }[] = [
    // Zero bytes.
    { name: 'an empty file', bytes: new Uint8Array(), message: /^empty\.txt: the file is empty$/ },
    // Only spaces and newlines.
    { name: 'a blank file', bytes: utf8(' \n\n \n'), message: /^empty\.txt: the file holds no text/ },
    // A PNG header: NUL bytes mean binary.
    {
      name: 'a binary file',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      message: /^empty\.txt:3: this is a binary file/,
    },
    // Bytes that are neither UTF-8 nor GB18030.
    { name: 'undecodable bytes', bytes: new Uint8Array([0x41, 0x0a, 0xff, 0xff, 0x80]), message: /^empty\.txt:2: the file is neither UTF-8 nor GB18030/ },
    // Good UTF-8 Chinese on lines 1–3, then a stray byte on line 4: the line of the bad byte, not the first Chinese.
    {
      name: 'a bad byte after good UTF-8 lines',
      bytes: new Uint8Array([...utf8('济南\n历下\n市中\n新建'), 0xff, ...utf8('公园\n')]),
      message: /^empty\.txt:4: the file is neither UTF-8 nor GB18030.*byte 0xff/,
    },
    // Good GB18030 on two lines, then a byte GB18030 cannot start a character with.
    {
      name: 'a bad byte after good GB18030 lines',
      bytes: new Uint8Array([...iconv.encode('济南\n历下\n', 'gb18030'), 0x80, 0x41]),
      message: /^empty\.txt:3: the file is neither UTF-8 nor GB18030/,
    },
  ];
  for (const c of bad) {
    it(`rejects ${c.name}, naming the file`, () => {
      expect(() => decode(c.bytes, 'empty.txt')).toThrow(InputError);
      expect(() => decode(c.bytes, 'empty.txt')).toThrow(c.message);
    });
  }
});
