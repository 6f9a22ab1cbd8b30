import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, type CsvValue } from './csv.ts';

describe('csvCell', () => {
  it.each<[string, CsvValue, string]>([
    // Chinese text needs no quoting
    ['plain Chinese', '槐荫区工业总产值', '槐荫区工业总产值'],
    // an ASCII comma from another paper's text is quoted
    ['ASCII comma', '营业收入和利税总额同比分别提高80%和15%,为工业经济注入动力', '"营业收入和利税总额同比分别提高80%和15%,为工业经济注入动力"'],
    // straight double quotes inside are doubled
    ['double quote', '打造"342"现代化产业体系', '"打造""342""现代化产业体系"'],
    // full-width quotes are ordinary characters
    ['full-width quotes', '“三强”行动', '“三强”行动'],
    // a line break keeps the cell in one record
    ['line break', '第一行\n第二行', '"第一行\n第二行"'],
    // a programme name that a spreadsheet would read as a formula
    ['formula-like text', '+1+N', "'+1+N"],
    // numbers stay numbers, including decimals and negatives
    ['decimal', 45.3, '45.3'],
    ['negative number', -3, '-3'],
    ['big number', 4530000000, '4530000000'],
    ['true', true, 'true'],
    // missing values are empty cells
    ['null', null, ''],
    ['not a number', Number.NaN, ''],
  ])('%s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(
      ['编号', '数值', '单位'],
      [
        ['45-3-yi-yuan', 45.3, '亿元'],
        ['di-er', 2, null],
      ],
    );
    expect(csv).toBe('\uFEFF编号,数值,单位\r\n45-3-yi-yuan,45.3,亿元\r\ndi-er,2,\r\n');
  });
});
