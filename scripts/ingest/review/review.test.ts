import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reviewFigures } from './review.ts';
import { correctionsSchema } from '../resolve/corrections.ts';
import type { MetricData } from '../../../src/schemas.ts';

const figure = (over: Partial<MetricData>): MetricData =>
  ({
    value: 45.3,
    valueMax: null,
    unit: '亿元',
    normalized: 4530000000,
    baseUnit: '元',
    kind: 'amount',
    target: false,
    qualifier: null,
    subject: '工业总产值',
    entity: '某某区',
    entityKind: 'place',
    measure: '工业总产值',
    basis: 'level',
    entitySource: 'text',
    yearSource: 'text',
    yearFrom: null,
    yearTo: null,
    enumerated: false,
    threshold: null,
    district: 'mou-qu',
    placeGuessed: false,
    year: 2023,
    period: null,
    article: 'some-story',
    quote: '某某区完成工业总产值45.3亿元。',
    text: '45.3亿元',
    initiative: null,
    official: null,
    ...over,
  }) as MetricData;

describe('reviewFigures', () => {
  it('lists nothing for a complete frame with a certain place', () => {
    expect(reviewFigures([{ data: figure({}), placeGuessed: false }])).toEqual([]);
  });

  it('lists a missing year, a missing entity and a guessed place, each as a corrections line that parses', () => {
    const lines = reviewFigures([{ data: figure({ year: null, yearSource: null, entity: null, entityKind: null }), placeGuessed: true }]);
    expect(lines.map((l) => l.split('#')[1]?.trim())).toEqual([
      '45.3亿元: no entity (subject 工业总产值)',
      '45.3亿元: year not anchored',
      '45.3亿元: place guessed from the story (mou-qu); null if city-wide',
    ]);
    for (const line of lines) {
      const [entry] = parse(line) as [{ match: unknown; set: Record<string, unknown> }];
      expect(entry.match).toEqual({ article: 'some-story', text: '45.3亿元' });
    }
    // Once the journalist fills in the blank, the line is a valid `metrics.fix` entry.
    const filled = lines[1]!.replace('"?"', '2023');
    expect(correctionsSchema.safeParse({ metrics: { fix: parse(filled) } }).success).toBe(true);
  });

  it('lists an entity inferred from the paragraph with a line that confirms it as read from the text', () => {
    const lines = reviewFigures([{ data: figure({ entity: '某某办', entityKind: 'organisation', entitySource: 'paragraph' }), placeGuessed: false }]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('entity 某某办 inferred from an earlier sentence of its paragraph');
    const [entry] = parse(lines[0]!) as [{ set: Record<string, unknown> }];
    expect(entry.set).toEqual({ entity: '某某办', entityKind: 'organisation', entitySource: 'text' });
    expect(correctionsSchema.safeParse({ metrics: { fix: parse(lines[0]!) } }).success).toBe(true);
  });

  it('leaves enumerated counts and targets without a year alone', () => {
    expect(
      reviewFigures([
        { data: figure({ enumerated: true, entity: null }), placeGuessed: false },
        { data: figure({ target: true, year: null }), placeGuessed: false },
      ]),
    ).toEqual([]);
  });
});
