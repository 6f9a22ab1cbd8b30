/**
 * Pinyin of names, made at build time so `lixia`, `lxq` and `lihongwei` find 历下区 and 李洪伟 without
 * shipping a pinyin dictionary to the browser.
 */
import { pinyin } from 'pinyin-pro';

/** Whether a name is a person's, whose first character is read as a surname (单 shàn, 曾 zēng). */
export type NameKind = 'person' | 'other';

/**
 * Full pinyin and initials of the Chinese characters of `name`, lower-case without tones or spaces, `ü` as `v`:
 * `历下区` → [`lixiaqu`, `lxq`]. Empty for a name with fewer than two Chinese characters (`1+1+N`), whose
 * initials would match almost anything.
 */
export function pinyinKeys(name: string, kind: NameKind = 'other'): string[] {
  const options = { toneType: 'none', type: 'array', nonZh: 'removed', v: true, surname: kind === 'person' ? 'head' : 'off' } as const;
  const syllables = pinyin(name, options);
  if (syllables.length < 2) return [];
  const initials = pinyin(name, { ...options, pattern: 'first' });
  return [...new Set([syllables.join(''), initials.join('')])];
}
