import { describe, expect, it } from 'vitest';
import { headlineSegments } from './headline.ts';

describe('headlineSegments', () => {
  it.each([
    // a full-width comma ends the first phrase; the quoted term stays whole
    ['做好“三项重点”任务，升级泉城义工品牌', ['做好“三项重点”任务，', '升级泉城义工品牌']],
    // a space between two short phrases is a break point and stays with the first phrase
    ['牢牢守住民生底线 持续增进民生福祉', ['牢牢守住民生底线 ', '持续增进民生福祉']],
    // a closing quote after a comma stays on the same line as the comma
    ['“再出发，”他说', ['“再出发，”', '他说']],
    // ASCII punctuation from other papers breaks like the full-width marks
    ['济南:一季度GDP增长6.1%,领跑全省', ['济南:', '一季度GDP增长6.1%,', '领跑全省']],
    // a thousands separator or a clock time is not a break point
    ['新增岗位1,200个 9:30开放', ['新增岗位1,200个 ', '9:30开放']],
    // several marks in a row stay together
    ['怎么办？！看这里', ['怎么办？！', '看这里']],
    // a headline with no break point is one run
    ['泉城义工', ['泉城义工']],
    ['', []],
  ])('%s', (headline, segments) => {
    expect(headlineSegments(headline)).toEqual(segments);
    expect(headlineSegments(headline).join('')).toBe(headline);
  });
});
