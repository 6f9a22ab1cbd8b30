import { describe, expect, it } from 'vitest';
import { compareHits, groupHits, matchTier, pinyinMatches, TIERS, type RankedHit } from './rank.ts';
import type { DocText } from './types.ts';

const doc = (fields: Partial<DocText>): DocText => ({ title: '', names: [], pinyin: [], tags: [], body: '', ...fields });
const lixia = doc({ title: '历下区', names: ['历下区', '历下'], pinyin: ['lixiaqu', 'lxq', 'lixia', 'lx'], body: '历下区（又称历下），区。' });

describe('matchTier', () => {
  it.each([
    // the full name
    ['历下区', lixia, TIERS.exactName],
    // an alias
    ['历下', lixia, TIERS.exactName],
    // pinyin of the alias, and initials of the name
    ['lixia', lixia, TIERS.exactName],
    ['LXQ', lixia, TIERS.exactName],
    // a pinyin prefix
    ['lixiaq', lixia, TIERS.partialName],
    // part of a name
    ['下区', lixia, TIERS.partialName],
    // a programme name typed without its middle dot is still the name
    ['新力量益满格', doc({ names: ['新力量·益满格'] }), TIERS.exactName],
    // a story whose headline prints the query
    ['物流', doc({ title: '现代物流网建设加速推进' }), TIERS.title],
    // a story tagged with a place of that name, though it prints the full name
    ['高新区', doc({ title: '一季度技术合同成交额', tags: ['济南高新技术产业开发区', '高新区'], body: '济南高新技术产业开发区…' }), TIERS.title],
    // a story whose body prints the query as typed
    ['冷链物流基地', doc({ title: '物流', body: '国家骨干冷链物流基地' }), TIERS.phrase],
    // the words are there, apart
    ['冷链物流基地', doc({ title: '物流', body: '冷链物流企业建设仓储基地' }), TIERS.scattered],
  ])('%s', (query, text, tier) => expect(matchTier(query, text)).toBe(tier));
});

describe('pinyinMatches', () => {
  it.each([
    // two letters only from the start: `lx` is 历下, not 寻美历下 (xmlx)
    ['xmlx', 'lx', false],
    ['lxq', 'lx', true],
    // three letters or more anywhere in the key
    ['xunmeilixia', 'lixia', true],
  ])('%s / %s', (key, q, expected) => expect(pinyinMatches(key, q)).toBe(expected));
});

const hit = (type: RankedHit['type'], tier: number, score: number, url = `/${type}/${tier}-${score}/`): RankedHit => ({ ref: 0, type, tier, score, url });

describe('ordering and grouping', () => {
  it('a better tier beats a better Fuse score', () => {
    expect(compareHits(hit('district', 0, 0.3), hit('article', 2, 0.01))).toBeLessThan(0);
  });

  it('groups follow their best hit; equal groups keep the order 文章, 地区, 人物, 项目与行动, 数据', () => {
    const groups = groupHits([hit('article', 2, 0.1), hit('figure', 2, 0.2), hit('district', 0, 0.1), hit('article', 3, 0.1), hit('official', 2, 0.1)]);
    expect(groups.map((g) => g.label)).toEqual(['地区', '文章', '人物', '数据']);
    expect(groups[1]!.hits.map((h) => h.tier)).toEqual([2, 3]);
  });
});
