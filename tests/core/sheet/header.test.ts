import { findHeader, hasLedgerHeader, pickLedgerSheet, classifyHeader } from '../../../src/core/sheet/header';
import type { CellValue } from '../../../src/core/types';

const keyOf = (h: string) => {
  const info = findHeader([['序号', h, '时间要求']]);
  if (!info) return null;
  const found = Object.entries(info.columns).find(([, c]) => c!.index === 1);
  return found ? found[0] : null;
};

describe('findHeader: wording variants', () => {
  test.each([
    ['重点任务', 'task'],
    ['任务', 'task'],
    ['重点工作', 'task'],
    ['工作任务', 'task'],
    ['任务名称', 'task'],
    ['任务内容', 'task'],
    ['责任(牵头)单位', 'units'],
    ['责任（牵头）单位', 'units'],
    ['责任〔牵头〕单位', 'units'],
    ['责任单位', 'units'],
    ['牵头单位', 'units'],
    ['责任部门', 'units'],
    ['牵头部门', 'units'],
    ['完成情况', 'done'],
    ['是否完成', 'done'],
    ['完成状态', 'done'],
    ['完成时间', 'doneDate'],
    ['实际完成时间', 'doneDate'],
    ['完成日期', 'doneDate'],
    ['进展情况', 'progress'],
    ['备注', 'remarks'],
    ['状态', 'status'],
    ['任务状态', 'status'],
    ['重点任务名称', 'task'],
    ['重点任务完成情况', 'done'],
    ['责 任\n单 位', 'units'],
    ['备注：', 'remarks'],
    ['工作事项', 'task'],
    ['任务事项', 'task'],
  ])('%j is %s', (header, key) => {
    expect(keyOf(header)).toBe(key);
  });

  test.each([
    ['时间要求', 'time'],
    ['完成时限', 'time'],
    ['时限要求', 'time'],
    ['时间节点', 'time'],
    ['完成时间要求', 'time'],
    ['时间\n要求', 'time'],
    ['进度安排', 'time'],
    ['時間要求', null],
  ])('time header %j is %s (longer wording first: 完成时间要求 is not 完成时间)', (header, key) => {
    const info = findHeader([['序号', '重点任务', header]]);
    const found = info && Object.entries(info.columns).find(([, c]) => c!.index === 2);
    expect(found ? found[0] : null).toBe(key);
  });

  test('序 号 with a space and full-width brackets are recognised', () => {
    const info = findHeader([['序 号', '重点任务', '责任（牵头）单位', '时间要求']])!;
    expect(info.columns.seq?.index).toBe(0);
    expect(info.columns.units?.header).toBe('责任（牵头）单位');
  });

  test('unrelated text is not a header', () => {
    expect(classifyHeader('严控会议经费')).toBeNull();
    expect(classifyHeader(42)).toBeNull();
    expect(classifyHeader(null)).toBeNull();
  });
});

describe('findHeader: header row', () => {
  test('title rows above the header are skipped', () => {
    const values: CellValue[][] = [
      ['2019年重点任务执行台账', '', '', ''],
      ['填报单位：省财政厅', '', '', '填报日期：2019-06-30'],
      ['序号', '重点任务', '责任单位', '时间要求'],
      [1, '严控会议经费', '省财政厅', '每年推进'],
    ];
    const info = findHeader(values)!;
    expect(info.row).toBe(2);
    expect(info.columns).toMatchObject({ seq: { index: 0 }, task: { index: 1 }, units: { index: 2 }, time: { index: 3 } });
  });

  test('a row with only one required header is not the header row', () => {
    expect(findHeader([['重点任务', '', ''], ['x', 'y', 'z']])).toBeNull();
    expect(hasLedgerHeader([['序号', '重点任务']])).toBe(true);
  });

  test('no rows, ragged rows and junk cells never crash', () => {
    expect(findHeader([])).toBeNull();
    expect(findHeader([[], [null, undefined, true, 3.5, new Date(NaN), '#N/A']])).toBeNull();
  });

  test('two unit columns: 牵头单位 + 责任单位 make lead and support', () => {
    const info = findHeader([['序号', '重点任务', '牵头单位', '责任单位', '完成时限']])!;
    expect(info.columns.lead?.index).toBe(2);
    expect(info.columns.support?.index).toBe(3);
    expect(info.columns.units).toBeUndefined();
  });

  test.each(['配合单位', '协办单位'])('two unit columns: 责任(牵头)单位 + %s', (support) => {
    const info = findHeader([['序号', '重点任务', '责任(牵头)单位', support, '时间要求']])!;
    expect(info.columns.lead?.index).toBe(2);
    expect(info.columns.support?.index).toBe(3);
  });

  test('完成时间 is the completion date and 状态 an output column, alongside 完成时限', () => {
    const info = findHeader([['序号', '重点任务', '责任单位', '完成时限', '完成时间', '状态']])!;
    expect(info.columns.time?.index).toBe(3);
    expect(info.columns.doneDate?.index).toBe(4);
    expect(info.columns.status?.index).toBe(5);
    expect(info.columns.done).toBeUndefined();
  });

  test('two-row header: a merged group header over 牵头单位 | 配合单位', () => {
    const values: CellValue[][] = [
      ['序号', '重点任务', '责任单位', '', '时间要求', '完成情况', ''],
      ['', '', '牵头单位', '配合单位', '', '是否完成', '完成时间'],
      [1, '严控会议经费', '省财政厅', '', '每年推进', '', ''],
    ];
    const info = findHeader(values)!;
    expect(info.row).toBe(1);
    expect(info.firstRow).toBe(0);
    expect(info.columns).toMatchObject({
      seq: { index: 0 },
      task: { index: 1 },
      lead: { index: 2 },
      support: { index: 3 },
      time: { index: 4 },
      done: { index: 5 },
      doneDate: { index: 6 },
    });
  });

  test('two-row header with a header word split over the rows (时间 / 要求)', () => {
    const info = findHeader([
      ['序号', '重点任务', '责任单位', '时间'],
      ['', '', '', '要求'],
      [1, '严控会议经费', '省财政厅', '每年推进'],
    ])!;
    expect(info.row).toBe(1);
    expect(info.columns.time?.index).toBe(3);
  });

  test('the first data row is not taken for a second header row', () => {
    const info = findHeader([
      ['序号', '重点任务', '责任单位', '时间要求'],
      [1, '严控会议经费', '省财政厅', '每年推进'],
    ])!;
    expect(info.row).toBe(0);
  });
});

describe('pickLedgerSheet', () => {
  const ledger = [['序号', '重点任务', '责任单位', '时间要求']];
  const other = [['说明'], ['本表']];
  test.each([
    [[other, ledger, ledger], undefined, 1],
    [[other, ledger, ledger], 'S2', 2],
    [[other, ledger], 'S0', 1],
    [[other, other], 'S0', -1],
    [[], undefined, -1],
    [[ledger], 'missing', 0],
  ] as Array<[CellValue[][][], string | undefined, number]>)('%#: active %s -> %i', (sheets, active, expected) => {
    expect(pickLedgerSheet(sheets.map((values, i) => ({ name: `S${i}`, values })), active)).toBe(expected);
  });

  test.each([['问题清单'], ['问题清单(2)'], ['督办单'], ['考评汇总(3)']])('a sheet task-ledger wrote (%s) is never the ledger, even when active', (name) => {
    const list = [['类别', '级别', '问题类型', '单元格', '序号', '任务', '牵头单位', '问题说明']];
    expect(pickLedgerSheet([{ name: '执行台账', values: ledger }, { name, values: list }], name)).toBe(0);
    expect(pickLedgerSheet([{ name, values: ledger }], name)).toBe(-1);
  });

  test('a ledger the user named 问题清单台账 is still a ledger', () => {
    expect(pickLedgerSheet([{ name: '问题清单台账', values: ledger }])).toBe(0);
  });
});
