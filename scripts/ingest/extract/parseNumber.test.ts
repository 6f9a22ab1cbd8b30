import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities, lookupUnit, parseChineseNumeral, parseNumber, parseQuantity, scaleDecimal, toHalfWidth } from './parseNumber.ts';

describe('toHalfWidth', () => {
  it('folds full-width digits, point and percent one character for one', () => {
    expect(toHalfWidth('增长１６.６％')).toBe('增长16.6%');
    expect(toHalfWidth('４５．３亿元')).toBe('45.3亿元');
    // Clause punctuation stays full-width so `1，234` is not read as one number.
    expect(toHalfWidth('１，２３４')).toBe('1，234');
  });
});

describe('parseChineseNumeral', () => {
  const rows: [string, number | null, string][] = [
    ['两', 2, 'two as a quantity'],
    ['十', 10, 'ten alone'],
    ['二十', 20, 'tens'],
    ['十二', 12, 'teens start with 十'],
    ['一百零五', 105, 'zero filler'],
    ['三千五百', 3500, 'thousands'],
    ['一万', 10000, '万 as a digit group'],
    ['三万五千', 35000, 'mixed groups'],
    ['一亿二千万', 120000000, '亿 and 万 together'],
    ['三一', null, 'two digits in a row are a name (三一重工), not a number'],
    ['百二', null, '百 needs a digit before it'],
    ['万', null, 'a bare multiplier is not a number'],
    ['', null, 'empty'],
  ];
  it.each(rows)('%s → %s (%s)', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });
});

describe('parseNumber', () => {
  const rows: [string, number | null, string][] = [
    ['４５.３', 45.3, 'full-width digits with an ASCII point'],
    ['1,234.5', 1234.5, 'thousands separator'],
    ['2023,2024', null, 'a comma between years is not a separator'],
    ['两', 2, 'Chinese numeral'],
    ['一万', 10000, 'Chinese numeral with 万'],
    ['abc', null, 'not a number'],
  ];
  it.each(rows)('%s → %s (%s)', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('scaleDecimal', () => {
  it('shifts the decimal point without binary noise', () => {
    expect(scaleDecimal('45.3', 8)).toBe(4530000000);
    expect(scaleDecimal('525.95', 8)).toBe(52595000000);
    expect(scaleDecimal('3', -3)).toBe(0.003);
  });
});

describe('lookupUnit', () => {
  const rows: [string, string | null, number | null, string][] = [
    ['亿元', '元', 8, 'money with 亿'],
    ['万元', '元', 4, 'money with 万'],
    ['万平方米', '平方米', 4, 'area with 万'],
    ['平米', '平方米', 0, 'colloquial square metres'],
    ['个百分点', '个百分点', 0, 'percentage points stay points'],
    ['万吨', '吨', 4, 'weight with 万'],
    ['家', '家', 0, 'a measure word counts itself'],
    ['万', '', 4, 'a bare multiplier'],
    ['万%', null, null, 'per cent takes no multiplier'],
    ['岁', null, null, 'ages are not a unit of figures'],
  ];
  it.each(rows)('%s → base %s ×10^%s (%s)', (unit, base, exponent) => {
    const info = lookupUnit(unit);
    if (base === null) expect(info).toBeNull();
    else expect(info).toMatchObject({ baseUnit: base, exponent });
  });
});

describe('parseQuantity', () => {
  type Row = [string, Record<string, unknown> | null, string];
  const rows: Row[] = [
    ['1.4万人', { value: 1.4, unit: '万人', normalized: 14000, baseUnit: '人', unitClass: 'count' }, '万 multiplier on people'],
    ['3950亿元', { value: 3950, unit: '亿元', normalized: 395000000000, baseUnit: '元', unitClass: 'money' }, '亿元'],
    ['1000余万元', { value: 1000, unit: '万元', normalized: 10000000, qualifier: '余' }, '余 between number and 万'],
    ['４５.３亿元', { value: 45.3, normalized: 4530000000 }, 'full-width digits'],
    ['3至5个', { value: 3, valueMax: 5, unit: '个', normalizedMax: 5 }, 'range with 至'],
    ['3-5个', { value: 3, valueMax: 5 }, 'range with a hyphen'],
    ['3～5家', { value: 3, valueMax: 5, unit: '家' }, 'range with a full-width tilde'],
    ['20%-30%', { value: 20, valueMax: 30, unit: '%' }, 'range with the unit on both ends'],
    ['两个', { value: 2, unit: '个', numeral: 'chinese' }, 'Chinese numeral count'],
    ['三项', { value: 3, unit: '项' }, 'Chinese numeral with 项'],
    ['十余个', { value: 10, qualifier: '余' }, 'Chinese numeral with 余'],
    ['一万', { value: 1, unit: '万', normalized: 10000 }, 'Chinese numeral with a bare 万'],
    ['二十', { value: 20, unit: '', normalized: 20 }, 'a bare Chinese number'],
    ['百余家', { value: 100, qualifier: '余', unit: '家' }, '百余 without a digit'],
    ['1000个以上', { value: 1000, qualifier: '以上' }, '以上 after the unit'],
    ['200多口人', { value: 200, qualifier: '多', baseUnit: '人' }, '多 and 口人'],
    ['超过120个', { value: 120, qualifier: '超过' }, '超过 before the number'],
    ['约20万元', { value: 20, qualifier: '约', normalized: 200000 }, '约 before the number'],
    ['突破800列', { value: 800, qualifier: '突破', unit: '列' }, '突破 before the number'],
    ['近2600名', { value: 2600, qualifier: '近' }, '近 before the number'],
    ['不低于30%', { value: 30, qualifier: '不低于', unitClass: 'percent' }, '不低于'],
    ['2.8个百分点', { value: 2.8, unit: '个百分点', baseUnit: '个百分点', unitClass: 'points' }, 'percentage points'],
    ['15.7万平方米', { normalized: 157000, baseUnit: '平方米', unitClass: 'area' }, '万平方米 → 平方米'],
    ['3平方公里', { normalized: 3000000, baseUnit: '平方米' }, '平方公里 → 平方米'],
    ['660余万吨', { value: 660, normalized: 6600000, baseUnit: '吨', qualifier: '余' }, '余万吨'],
    ['32万标箱', { normalized: 320000, baseUnit: '标箱', unitClass: 'volume' }, 'containers'],
    ['1.2万亿元', { normalized: 1200000000000, baseUnit: '元' }, '万亿'],
    ['3个工作日', { unitClass: 'duration', unit: '个工作日' }, 'a duration is not read as a count of 个'],
    ['80岁', null, 'an age has no figure unit'],
    ['2024年', null, 'a year is not a quantity'],
    ['45.3亿元增长', null, 'trailing words make it more than one quantity'],
  ];
  it.each(rows)('%s (%s)', (text, expected) => {
    const q = parseQuantity(text);
    if (expected === null) expect(q).toBeNull();
    else expect(q).toMatchObject(expected);
  });
});

describe('findQuantities', () => {
  it('reads every figure with its printed text and offset', () => {
    const text = '全村200多口人，近２６００名网格员，达到1.4万人。';
    const found = findQuantities(text);
    expect(found.map((q) => q.text)).toEqual(['200多口人', '２６００名', '1.4万人']);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(found[1]).toMatchObject({ value: 2600, qualifier: '近', qualifierStart: found[1]!.start - 1 });
  });

  it('skips dates and numbers without a unit', () => {
    expect(findQuantities('2024年1月13日，4月22日上午，2023-2025年')).toEqual([]);
  });

  it('does not read the end of another word as a qualifier', () => {
    // 签约 ends in 约 and 通达 in 达; neither qualifies the number.
    expect(findQuantities('签约50余个项目')[0]).toMatchObject({ qualifier: '余' });
    expect(findQuantities('中欧班列通达20个国家')[0]).toMatchObject({ qualifier: null });
  });

  it('does not read 一 in 一季度 or a name like 三一 as a figure', () => {
    expect(findQuantities('一季度三一重工')).toEqual([]);
  });
});

describe('properties', () => {
  const newsy = fc.string({
    unit: fc.constantFrom(
      ...'0123456789０１２３４５６７８９.,，。、％%万亿千百十余多以上约超近两一二三五个家项名人元亩吨平方米年月日号第“”《》()-～至'.split(''),
    ),
    maxLength: 40,
  });
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), newsy);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        findQuantities(text);
        parseQuantity(text);
        parseNumber(text);
        parseChineseNumeral(text);
        lookupUnit(text);
      }),
    );
  });

  it('never invents digits: an Arabic value is spelled by the digits of its own text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of findQuantities(text)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.numeral !== 'arabic') continue;
          const printed = /^\d[\d,]*(?:\.\d+)?/.exec(toHalfWidth(q.text));
          expect(printed).not.toBeNull();
          expect(Number(printed![0].replace(/,/g, ''))).toBe(q.value);
        }
      }),
    );
  });

  it('finds nothing in text without numerals', () => {
    const noNumerals = fc.string({
      unit: fc.constantFrom(...'个家项名人元亩吨平方米余多以上约超近年月日号“”，。、%'.split('')),
      maxLength: 40,
    });
    fc.assert(fc.property(noNumerals, (text) => findQuantities(text).length === 0));
  });
});
