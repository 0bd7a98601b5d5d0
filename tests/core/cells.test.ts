// One list of Excel error values and one isBlank, used everywhere (issue #9): a cell holding an
// error value names no unit, has no schedule, and is a `required` finding, whichever column it is in.
import { EXCEL_ERRORS, cellString, hasContent, isBlank, isErrorValue } from '../../src/core/cells';
import { checkLedger } from '../../src/core/engine';
import { errorCodeOf } from '../../src/functions/args';
import { parseUnits } from '../../src/core/units';
import type { CellValue } from '../../src/core/types';

describe('isErrorValue', () => {
  test.each([
    ['#N/A', true],
    ['#REF!', true],
    ['#DIV/0!', true],
    ['#VALUE!', true],
    ['#PYTHON!', true],
    ['#TIMEOUT!', true],
    ['#n/a', true],
    [' #N/A ', true],
    ['#1', false],
    ['N/A', false],
    ['#N/A 待补', false],
    [42, false],
    [null, false],
  ])('isErrorValue(%j) = %s', (v, expected) => {
    expect(isErrorValue(v as CellValue)).toBe(expected);
  });
});

describe('isBlank, hasContent, cellString', () => {
  test.each([
    [null, true, false, ''],
    [undefined, true, false, ''],
    ['', true, false, ''],
    [' \u3000\n', true, false, ''],
    [new Date(NaN), true, false, ''],
    [Number.NaN, true, false, ''],
    ['#N/A', false, false, ''],
    [0, false, true, '0'],
    [false, false, true, 'false'],
    ['  省财政厅 ', false, true, '省财政厅'],
  ])('%j: blank %s, content %s, text %j', (v, blank, content, text) => {
    expect(isBlank(v as CellValue)).toBe(blank);
    expect(hasContent(v as CellValue)).toBe(content);
    expect(cellString(v as CellValue)).toBe(text);
  });
});

describe('error values are read alike everywhere', () => {
  test('every listed error: no units, a required finding, no time-unparsed or unit finding', () => {
    for (const err of EXCEL_ERRORS) {
      for (const written of [err, err.toLowerCase()]) {
        expect(parseUnits(written).units).toEqual([]);
        const result = checkLedger(
          { values: [['序号', '重点任务', '责任单位', '时间要求'], [1, '建立台账', written, written]], name: '台账' },
          { asOf: '2019-06-15', plan: null },
        );
        const found = result.issues.map((i) => `${i.rule} ${i.cell} ${i.messageId}`);
        expect(found).toEqual(['required C2 errorValue', 'required D2 errorValue']);
        expect(result.tasks[0].units).toEqual([]);
        expect(result.tasks[0].status).toBe('无法识别');
      }
    }
  });

  test('the custom functions take the same list as error inputs', () => {
    for (const err of EXCEL_ERRORS) expect(errorCodeOf(err)).toBe(err);
    expect(errorCodeOf('#N/A 待补')).toBeNull();
  });
});
