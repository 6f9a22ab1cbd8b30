import { describe, expect, it } from 'vitest';
import { groupCredits, type CreditInput } from './credits.ts';

const c = (role: string, name: string): CreditInput => ({ role, name });

describe('groupCredits', () => {
  it.each<[string, CreditInput[], ReturnType<typeof groupCredits>]>([
    ['no byline at all', [], []],
    [
      // reporter and correspondents stay two groups in printed order
      'reporter then two correspondents',
      [c('本报记者', '刘飞跃'), c('通讯员', '杨荣超'), c('通讯员', '吴玮奇')],
      [
        { role: '本报记者', names: ['刘飞跃'] },
        { role: '通讯员', names: ['杨荣超', '吴玮奇'] },
      ],
    ],
    [
      // names printed with no role (a bare name line above the dateline) form one unlabelled group
      'names without a role',
      [c('', '杜春娜'), c('', '于泊升'), c('', '夏侯凤超')],
      [{ role: '', names: ['杜春娜', '于泊升', '夏侯凤超'] }],
    ],
    [
      // letter-spaced roles from narrow columns read as one word
      'letter-spaced role',
      [c('本 报 记 者', '刘飞跃'), c('本报记者', '王芳')],
      [{ role: '本报记者', names: ['刘飞跃', '王芳'] }],
    ],
    [
      // the same role printed again after another one opens a new group, as printed
      'role repeated after another role',
      [c('记者', '甲乙'), c('通讯员', '丙丁'), c('记者', '戊己')],
      [
        { role: '记者', names: ['甲乙'] },
        { role: '通讯员', names: ['丙丁'] },
        { role: '记者', names: ['戊己'] },
      ],
    ],
    [
      // a text-and-photo credit keeps the space between its two words
      'text-and-photo credit',
      [c('文/片 记者', '杜春娜'), c('文/片  记者', '李梦瑶')],
      [{ role: '文/片 记者', names: ['杜春娜', '李梦瑶'] }],
    ],
  ])('%s', (_label, credits, groups) => {
    expect(groupCredits(credits)).toEqual(groups);
  });
});
