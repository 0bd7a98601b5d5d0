import { findHeader } from '../../../src/core/sheet/header';
import { collectTaskRows, SheetInput } from '../../../src/core/sheet/rows';
import type { CellValue } from '../../../src/core/types';

const HEADER: CellValue[] = ['序号', '重点任务', '责任单位', '时间要求', '备注'];

function rowsOf(values: CellValue[][], extra: Partial<SheetInput> = {}) {
  const sheet: SheetInput = { values, ...extra };
  return collectTaskRows(sheet, findHeader(values)!);
}

describe('collectTaskRows', () => {
  test('skips blank, section and note rows; keeps task rows with their Excel row numbers', () => {
    const values: CellValue[][] = [
      ['重点任务执行台账'],
      HEADER,
      ['一、大力实施政府系统党的建设工程', '', '', '', ''],
      [1, '高质量开展主题教育', '省政府办公厅', '每年推进', ''],
      ['', null, undefined, '  ', ''],
      ['（一）加强政治建设'],
      [2, '严控会议经费', '省财政厅', '每年推进', ''],
      ['', '', '', '', '仅有备注'],
      ['注：本表由各单位每月更新', '', '', '', ''],
      ['填表人：张三', '', '审核人：李四', '', ''],
      ['备注：', '', '', '', ''],
      ['说明', '', '', '', ''],
    ];
    const rows = rowsOf(values);
    expect(rows.map((r) => r.excelRow)).toEqual([4, 7]);
    expect(rows[1].cells).toMatchObject({ seq: 2, task: '严控会议经费', units: '省财政厅', time: '每年推进' });
  });

  test('a lone task text without section numbering is a task row (its other cells are missing)', () => {
    const rows = rowsOf([HEADER, ['', '严控会议经费', '', '', '']]);
    expect(rows.map((r) => r.excelRow)).toEqual([2]);
  });

  test('a lone text merged across the row is a section row', () => {
    const rows = rowsOf([HEADER, ['', '政府执行力提升', '', '', ''], [1, '任务', '省财政厅', '每年推进', '']], {
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    });
    expect(rows.map((r) => r.excelRow)).toEqual([3]);
  });

  test('a lone text outside the task column is a section row', () => {
    expect(rowsOf([HEADER, ['二、行政决策能力', '', '', '', '']])).toEqual([]);
    expect(rowsOf([HEADER, ['政府执行力提升工程', '', '', '', '']])).toEqual([]);
  });

  test.each([['一'], ['二、'], ['（三）'], ['(十)']])('a heading numbered %j in the 序号 column, title in 重点任务, is a section row', (seq) => {
    const rows = rowsOf([HEADER, [seq, '大力实施政府系统党的建设工程', '', '', ''], [1, '严控会议经费', '省财政厅', '每年推进', '']]);
    expect(rows.map((r) => r.excelRow)).toEqual([3]);
  });

  test('a Chinese-numeral 序号 on a row with units or a time is a task row (seq-format reports it)', () => {
    expect(rowsOf([HEADER, ['一', '严控会议经费', '省财政厅', '', '']]).map((r) => r.excelRow)).toEqual([2]);
    expect(rowsOf([HEADER, ['一', '严控会议经费', '', '每年推进', '']]).map((r) => r.excelRow)).toEqual([2]);
  });

  test('a lone number (a 序号 with nothing else) is a task row', () => {
    expect(rowsOf([HEADER, [7, '', '', '', '']]).map((r) => r.excelRow)).toEqual([2]);
  });

  test('a repeated header row (documents repeat it per page) is skipped', () => {
    const rows = rowsOf([HEADER, [1, '任务甲', '省财政厅', '每年推进', ''], HEADER, [2, '任务乙', '省财政厅', '每年推进', '']]);
    expect(rows.map((r) => r.excelRow)).toEqual([2, 4]);
  });

  test('a vertically merged units cell belongs to every row of the area', () => {
    const values: CellValue[][] = [
      HEADER,
      [1, '任务甲', '省法制办', '每年推进', ''],
      [2, '任务乙', '', '每年开展', ''],
      [3, '任务丙', '', '逐年推进', ''],
      [4, '任务丁', '', '每年推进', ''],
    ];
    const rows = rowsOf(values, { merges: [{ top: 1, left: 2, bottom: 3, right: 2 }] });
    expect(rows.map((r) => r.cells.units)).toEqual(['省法制办', '省法制办', '省法制办', '']);
  });

  test('merged areas are in sheet coordinates: origin offsets the values', () => {
    // values start at sheet C5 (row 4, col 2): the merge C7:C8 in sheet terms is values rows 2..3, col 2..
    const values: CellValue[][] = [
      ['标题'],
      HEADER,
      [1, '任务甲', '省财政厅', '每年推进', ''],
      [2, '任务乙', '', '每年推进', ''],
    ];
    const rows = rowsOf(values, {
      origin: { row: 4, col: 2 },
      merges: [{ top: 6, left: 4, bottom: 7, right: 4 }],
    });
    expect(rows.map((r) => r.excelRow)).toEqual([7, 8]);
    expect(rows.map((r) => r.cells.units)).toEqual(['省财政厅', '省财政厅']);
  });

  test('a merge whose top is above the header does not leak the title into task rows', () => {
    const values: CellValue[][] = [['标题', '', '', '', ''], HEADER, [1, '任务', '', '每年推进', '']];
    const rows = rowsOf(values, { merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] });
    expect(rows[0].cells.units).toBe('');
  });

  test('junk cell types never crash and are kept as values', () => {
    const d = new Date(Date.UTC(2019, 5, 30));
    const values: CellValue[][] = [
      HEADER,
      [true, 123, '#N/A', d, null],
      [undefined, new Date(NaN), 0, Number.NaN, false],
      [1.5],
    ];
    const rows = rowsOf(values);
    expect(rows.map((r) => r.excelRow)).toEqual([2, 3, 4]);
    expect(rows[0].cells).toMatchObject({ seq: true, task: 123, units: '#N/A', time: d });
  });
});
