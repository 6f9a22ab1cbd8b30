import { describe, expect, it } from 'vitest';
import { splitSentences, type SentenceRules } from './sentences.ts';

describe('splitSentences', () => {
  it.each<[string, string, SentenceRules, string[]]>([
    // the stops of Chinese prose; a closing quote stays with the sentence it closes
    ['stops and a closing quote', '某区新建公园3处。他说：“明年还要建。”全年投资2亿元！', {}, ['某区新建公园3处。', '他说：“明年还要建。”', '全年投资2亿元！']],
    // a run of stops ends one sentence
    ['a run of stops', '真的吗？！当然。', {}, ['真的吗？！', '当然。']],
    // white space between sentences belongs to neither; an unfinished tail is a sentence too
    ['spaces and a tail', '  某街道新增岗位120个。 下一步将继续推进', {}, ['某街道新增岗位120个。', '下一步将继续推进']],
    // the semicolon is a clause break unless a reader asks for it
    ['semicolon kept', '一是新建学校2所；二是改造道路5条。', {}, ['一是新建学校2所；二是改造道路5条。']],
    ['semicolon splits', '一是新建学校2所；二是改造道路5条。', { semicolon: true }, ['一是新建学校2所；', '二是改造道路5条。']],
    // a subhead with no stop is a sentence of its own when line breaks count
    ['subhead kept with its paragraph', '## 民生实事\n\n新建驿站12个。', {}, ['## 民生实事\n\n新建驿站12个。']],
    ['subhead on its own line', '## 民生实事\n\n新建驿站12个。', { lineBreak: true }, ['## 民生实事', '新建驿站12个。']],
    // an ellipsis trails off only where a reader asks for it
    ['ellipsis kept', '项目包括学校、医院……全部按期完工。', {}, ['项目包括学校、医院……全部按期完工。']],
    ['ellipsis splits', '项目包括学校、医院……全部按期完工。', { ellipsis: true }, ['项目包括学校、医院……', '全部按期完工。']],
    // an ASCII full stop ends a sentence after a word, never inside a decimal
    ['ASCII stop', '增长16.6%.全市完成投资3.5亿元.', { asciiStop: true }, ['增长16.6%.', '全市完成投资3.5亿元.']],
    ['ASCII stop off', '增长16.6%.全市完成投资3.5亿元.', {}, ['增长16.6%.全市完成投资3.5亿元.']],
  ])('%s', (_label, text, rules, sentences) => {
    expect(splitSentences(text, rules)).toEqual(sentences);
  });
});
