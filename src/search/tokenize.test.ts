import { describe, expect, it } from 'vitest';
import { bigrams, dictionarySegmenter, queryTerms, runs } from './tokenize.ts';
import { compact, foldWidth, normalizeQuery } from './normalize.ts';

const DICTIONARY = ['历下区', '历下', '泉城义工', '李洪伟', '济南高新技术产业开发区', '高新区', '新力量·益满格', '1+1+N'];
const segment = dictionarySegmenter(DICTIONARY);
const bigramsOnly = dictionarySegmenter(DICTIONARY, null);

describe('normalisation', () => {
  it.each([
    // full-width digits and letters fold to ASCII, full-width punctuation stays for display
    ['国家５Ａ级，共２２家', '国家5A级，共22家'],
    // the ideographic space becomes a plain space
    ['历下区\u3000义工', '历下区 义工'],
    // nothing else changes
    ['同比增长6.3%', '同比增长6.3%'],
  ])('foldWidth(%s)', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
    expect(foldWidth(input)).toHaveLength(input.length);
  });

  it.each([
    // pinyin typed with capitals and extra spaces
    ['  Li   HongWei ', 'li hongwei'],
    // a full-width query from a Chinese keyboard
    ['５Ａ级', '5a级'],
  ])('normalizeQuery(%s)', (input, expected) => expect(normalizeQuery(input)).toBe(expected));

  it.each([
    // a middle dot inside a programme name is ignored when comparing with a name
    ['新力量·益满格', '新力量益满格'],
    // spaces and quotation marks too
    ['“三强” 行动', '三强行动'],
  ])('compact(%s)', (input, expected) => expect(compact(input)).toBe(expected));
});

describe('runs', () => {
  it.each([
    // Chinese and digits are separate runs; a decimal point stays inside the number
    ['营业收入883.5亿元', ['营业收入', '883.5', '亿元']],
    // punctuation and spaces only separate
    ['“泉城义工”品牌，升级！', ['泉城义工', '品牌', '升级']],
    // Latin letters glued to Chinese
    ['品质消费MAI享市中', ['品质消费', 'MAI', '享市中']],
  ])('runs(%s)', (input, expected) => expect(runs(input)).toEqual(expected));
});

describe('bigrams', () => {
  it.each([
    // a place name becomes two overlapping pairs
    ['历下区', ['历下', '下区']],
    // a two-character word stays one term
    ['义工', ['义工']],
    // a lone character stays
    ['区', ['区']],
    // non-Chinese words stay whole
    ['lixia 5A级', ['lixia', '5A', '级']],
  ])('bigrams(%s)', (input, expected) => expect(bigrams(input)).toEqual(expected));
});

describe('dictionary segmenter', () => {
  it.each([
    // a place name is one term, though a general segmenter cuts it into characters
    ['历下区', ['历下区']],
    // a place run together with a word: the name is cut off first
    ['历下区义工', ['历下区', '义工']],
    // the longest name wins over its alias inside it
    ['济南高新技术产业开发区', ['济南高新技术产业开发区']],
    // an alias in the middle of a phrase
    ['济南高新区技术合同', ['济南', '高新区', '技术', '合同']],
    // a person's name followed by a verb
    ['李洪伟介绍', ['李洪伟', '介绍']],
    // a programme name, then a word the segmenter knows
    ['泉城义工服务', ['泉城义工', '服务']],
    // pinyin and digits pass through whole
    ['lihongwei 2025', ['lihongwei', '2025']],
    // punctuation is dropped
    ['物流，企业', ['物流', '企业']],
  ])('segments %s', (input, expected) => expect(segment(input)).toEqual(expected));

  it('a two-character word the dictionary does not hold stays one term or its two characters', () => {
    for (const word of ['蓝莓', '义工', '物流']) expect(segment(word).join('')).toBe(word);
  });

  it('falls back to bigrams between names where the runtime has no Intl.Segmenter', () => {
    expect(bigramsOnly('历下区冷链物流')).toEqual(['历下区', '冷链', '链物', '物流']);
  });

  it('cuts the query like the index: the terms of a query are found in a text that prints it', () => {
    const text = '近日，历下区姚家街道组织泉城义工走进社区，为独居老人提供助餐服务。';
    for (const query of ['历下区义工', '泉城义工服务', '独居老人']) {
      for (const term of queryTerms(query, 'segmenter', DICTIONARY)) expect(text).toContain(term);
    }
  });
});
