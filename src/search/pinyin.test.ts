import { describe, expect, it } from 'vitest';
import { pinyinKeys } from './pinyin.ts';

describe('pinyinKeys', () => {
  it.each([
    // a district: full pinyin and initials
    ['历下区', 'other', ['lixiaqu', 'lxq']],
    // a person: full pinyin and initials
    ['李洪伟', 'person', ['lihongwei', 'lhw']],
    // 单 as a surname reads shàn, not dān
    ['单立新', 'person', ['shanlixin', 'slx']],
    // ü is typed as v
    ['吕梁', 'other', ['lvliang', 'll']],
    // punctuation and Latin letters inside a name are skipped
    ['新力量·益满格', 'other', ['xinliliangyimange', 'xllymg']],
    // a name without two Chinese characters gets no pinyin (its initials would match anything)
    ['1+1+N', 'other', []],
  ] as const)('%s', (name, kind, expected) => expect(pinyinKeys(name, kind)).toEqual(expected));
});
