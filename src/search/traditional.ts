/**
 * Traditional characters folded to simplified, at index time and query time alike, so `濟南` finds 济南 and a
 * page printed in traditional characters is found by a simplified query. The converter is opencc-js's, loaded
 * with only its Taiwan and Hong Kong variants and its traditional→simplified tables (about 22 kB gzip), not
 * its whole preset; the browser loads this module only for a query holding Chinese characters.
 */
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';

const twToCn = ConverterFactory(fromTw, toCn);
const hkToCn = ConverterFactory(fromHk, toCn);

const HAN = /\p{Script=Han}/u;

/** Text with traditional characters (and Taiwan or Hong Kong variants) written in simplified ones; other text unchanged. */
export function toSimplified(text: string): string {
  return HAN.test(text) ? hkToCn(twToCn(text)) : text;
}
