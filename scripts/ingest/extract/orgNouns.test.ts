import { describe, expect, it } from 'vitest';
import { ORG_END_CHARS, organisationNouns } from './orgNouns.ts';
import { sentenceSubject } from '../resolve/topicContinuity.ts';

const noPlace = (): null => null;

describe('organisation nouns, per reader', () => {
  it('reads a bureau opening a sentence as its subject', () => {
    expect(sentenceSubject('某某区市场监管局新增经营主体1200户。', noPlace)).toEqual({ entity: '某某区市场监管局', entityKind: 'organisation' });
  });

  it('does not read 所 of 所有 at a sentence start as an office', () => {
    expect(sentenceSubject('全区所有学校新增学位3000个。', noPlace)).not.toMatchObject({ entityKind: 'organisation' });
  });

  it('lets a post follow a station or a bureau, not a programme office word alone', () => {
    expect(['站', '局', '所'].every((c) => ORG_END_CHARS.has(c))).toBe(true);
    expect(ORG_END_CHARS.has('办')).toBe(false);
  });

  it('counts a government or a university as a programme owner but not as a sentence subject', () => {
    expect(organisationNouns('owner')).toEqual(expect.arrayContaining(['政府', '大学']));
    expect(organisationNouns('subject')).not.toContain('政府');
  });
});
