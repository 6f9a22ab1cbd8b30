/**
 * decode: raw bytes of a source file → text with LF line ends.
 * UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when its NUL bytes say so), and GB18030/GBK are
 * read; an empty or binary file is an error, and undecodable bytes are reported on the line of the first bad byte.
 */
import iconv from 'iconv-lite';
import { InputError } from '../types.ts';

/** Encodings the decoder can report. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and the encoding it was read as. */
export interface Decoded {
  /** Text with `\n` line ends and no byte-order mark. */
  text: string;
  /** Encoding detected. */
  encoding: SourceEncoding;
}

/** Share of C0 control characters (other than tab, LF, CR, FF) above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.01;

/** Decodes a source file's bytes; throws `InputError` naming `file` when it is empty, binary or undecodable. */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(file, null, 'the file is empty');
  const { text, encoding } = decodeBytes(bytes, file);
  const normalized = text.replace(/\r\n?/g, '\n');
  checkText(normalized, file);
  return { text: normalized, encoding };
}

function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file) ?? fail(file, bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  // A NUL byte never occurs in UTF-8 or GB18030 text: the file is UTF-16 without a BOM, or binary.
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return utf16;
    throw new InputError(file, lineOfByte(bytes, nul), 'this is a binary file, not text (it contains NUL bytes)');
  }
  const utf8 = strictUtf8(bytes, file);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (looksLikeGb18030(bytes)) return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  return fail(file, bytes);
}

function strictUtf8(bytes: Uint8Array, _file: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Checks the byte structure of GB18030: lead bytes 0x81–0xFE followed by valid trail bytes, at least one pair. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  return firstBadGb18030(bytes) === bytes.length && bytes.some((b) => b >= 0x80);
}

/**
 * UTF-16 saved without a BOM: every NUL byte on one side of the code units (the high byte of ASCII characters such as
 * the newline), an even length, and valid UTF-16 text. Anything else is left for the binary check.
 */
function bomlessUtf16(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even > 0 && odd > 0) return null;
  const encoding = odd > 0 ? 'utf-16le' : 'utf-16be';
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // Binary data can pass the test above by chance; text has few control characters.
    const controls = [...text].filter((ch) => ch < ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t').length;
    return controls / text.length > MAX_CONTROL_SHARE ? null : { text, encoding };
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8 (the bytes are known not to be valid UTF-8). */
function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Offset of the first byte that breaks GB18030's structure. */
function firstBadGb18030(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return i;
    const b2 = bytes[i + 1];
    if (b2 === undefined) return i;
    if (b2 >= 0x30 && b2 <= 0x39) {
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return i;
      i += 3;
    } else if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      i += 1;
    } else {
      return i;
    }
  }
  return bytes.length;
}

/** Names the line of the first bad byte, reading the file in whichever encoding gets further into it. */
function fail(file: string, bytes: Uint8Array): never {
  const at = Math.max(firstBadUtf8(bytes), firstBadGb18030(bytes));
  throw new InputError(
    file,
    lineOfByte(bytes, Math.min(at, bytes.length - 1)),
    `the file is neither UTF-8 nor GB18030/GBK text: byte 0x${bytes[Math.min(at, bytes.length - 1)]!.toString(16).padStart(2, '0')} at offset ${at} cannot be read (is it binary?)`,
  );
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Rejects text that decoded but is mostly control characters or blank. */
function checkText(text: string, file: string): void {
  if (text.trim() === '') throw new InputError(file, null, 'the file holds no text (only white space)');
  let controls = 0;
  let firstControlLine = 0;
  let line = 1;
  for (const ch of text) {
    if (ch === '\n') line++;
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c) || code === 0x7f || code === 0xfffd) {
      controls++;
      if (firstControlLine === 0) firstControlLine = line;
    }
  }
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new InputError(file, firstControlLine, 'this looks like a binary file: it is full of control characters');
  }
}
