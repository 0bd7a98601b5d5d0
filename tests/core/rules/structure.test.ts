// Rules on the sheet's structure: header-not-found, missing-column, required, seq-*, task-duplicate.
import { findings, run, SheetCase } from './helpers';
import type { CellValue } from '../../../src/core/types';

type Case = [string, SheetCase, string[]];

const ok: CellValue[] = [1, '严控会议经费', '省财政厅', '每年推进', '', ''];

describe('header-not-found', () => {
  test('no header row: one finding without a cell, nothing else', () => {
    const r = run({ header: ['月度工作安排'], rows: [['一月', '开会']] });
    expect(r.headerRow).toBeNull();
    expect(r.issues.map((i) => [i.rule, i.row, i.cell, i.messageId])).toEqual([['header-not-found', null, null, 'notFound']]);
  });
  test('a header is found: silent', () => {
    expect(findings({ rows: [ok] }, 'header-not-found')).toEqual([]);
  });
});

describe('missing-column', () => {
  test.each<Case>([
    ['all four present', { rows: [ok] }, []],
    // 序号 and 时间要求 may be absent (spec "Ledgers as other governments keep them"): only task and units are required.
    ['no 时间要求', { header: ['序号', '重点任务', '责任单位'], rows: [[1, '任务', '省财政厅']] }, []],
    ['no 序号', { header: ['重点任务', '责任单位', '时间要求'], rows: [['任务', '省财政厅', '每年推进']] }, []],
    ['no 序号 and no units', { header: ['重点任务', '时间要求'], rows: [['任务', '每年推进']] }, ['- missing']],
    ['no task column', { header: ['序号', '责任单位', '时间要求'], rows: [[1, '省财政厅', '每年推进']] }, ['- missing']],
    ['lead + support stands for units', { header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'], rows: [[1, '任务', '省财政厅', '', '每年推进']] }, []],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'missing-column')).toEqual(expected);
  });

  test('reported on the header row with the missing column named', () => {
    const r = run({ header: ['序号', '重点任务', '时间要求'], rows: [] });
    const issue = r.issues.find((i) => i.rule === 'missing-column')!;
    expect(issue.row).toBe(1);
    expect(issue.data.column).toBe('责任(牵头)单位');
  });
});

describe('required', () => {
  test.each<Case>([
    ['complete row', { rows: [ok] }, []],
    ['empty task', { rows: [[1, '', '省财政厅', '每年推进']] }, ['B2 empty']],
    ['empty units and time', { rows: [[1, '任务', null, '  ']] }, ['C2 empty', 'D2 empty']],
    ['empty 序号', { rows: [[undefined, '任务', '省财政厅', '每年推进']] }, ['A2 empty']],
    ['error value in the task cell', { rows: [[1, '#N/A', '省财政厅', '每年推进']] }, ['B2 errorValue']],
    ['optional columns may stay empty', { rows: [[1, '任务', '省财政厅', '每年推进', '', '']] }, []],
    [
      'two-column layout: only the lead is needed',
      { header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'], rows: [[1, '任务', '省财政厅', '', '每年推进']] },
      [],
    ],
    [
      'two-column layout: an empty lead is reported on the lead column',
      { header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'], rows: [[1, '任务', '', '省财政厅', '每年推进']] },
      ['C2 empty'],
    ],
    [
      'a vertically merged units cell fills the rows below',
      { rows: [[1, '任务甲', '省财政厅', '每年推进'], [2, '任务乙', '', '每年推进']], merges: [{ top: 1, left: 2, bottom: 2, right: 2 }] },
      [],
    ],
    [
      'without the merge the second row is missing its units',
      { rows: [[1, '任务甲', '省财政厅', '每年推进'], [2, '任务乙', '', '每年推进']] },
      ['C3 empty'],
    ],
    ['section, note and blank rows are never reported', { rows: [['一、大力实施政府系统党的建设工程'], [], ['注：每月更新'], ok] }, []],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'required')).toEqual(expected);
  });
});

describe('seq-format', () => {
  test.each<[CellValue, string[]]>([
    [1, []],
    [49, []],
    ['3', []],
    ['３', []],
    [' 7 ', []],
    // Every usual 序号 form is a number (spec "Ledgers as other governments keep them").
    ['1、', []],
    ['1.', []],
    ['(1)', []],
    ['（1）', []],
    ['一', []],
    ['（一）', []],
    ['①', []],
    ['1.1', []],
    ['1-1', []],
    ['1.1.1', []],
    [1.5, []], // a number cell 1.5 reads as the sub-number 1.5
    // Cells holding no number form at all.
    [0, ['A2 notNumber']],
    [-2, ['A2 notNumber']],
    ['a', ['A2 notNumber']],
    ['第一项', ['A2 notNumber']],
    ['1a', ['A2 notNumber']],
    [true, ['A2 notNumber']],
    ['', []],
    ['#N/A', []],
  ])('序号 %j', (seq, expected) => {
    expect(findings({ rows: [[seq, '任务', '省财政厅', '每年推进']] }, 'seq-format')).toEqual(expected);
  });
});

describe('seq-duplicate', () => {
  const row = (seq: CellValue, task: string): CellValue[] => [seq, task, '省财政厅', '每年推进'];
  test.each<Case>([
    ['distinct', { rows: [row(1, '甲'), row(2, '乙')] }, []],
    ['same number on two rows: both reported', { rows: [row(1, '甲'), row(2, '乙'), row(1, '丙')] }, ['A2 duplicate', 'A4 duplicate']],
    ['"3" and 3 are the same 序号', { rows: [row('3', '甲'), row(3, '乙')] }, ['A2 duplicate', 'A3 duplicate']],
    ['three rows', { rows: [row(5, '甲'), row(5, '乙'), row(5, '丙')] }, ['A2 duplicate', 'A3 duplicate', 'A4 duplicate']],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'seq-duplicate')).toEqual(expected);
  });

  test('data names the other rows', () => {
    const r = run({ rows: [row(1, '甲'), row(2, '乙'), row(1, '丙')] });
    const first = r.issues.find((i) => i.rule === 'seq-duplicate' && i.row === 2)!;
    expect(first.data).toMatchObject({ seq: 1, otherRows: '4' });
  });
});

describe('seq-order', () => {
  const rows = (...seqs: CellValue[]) => ({ rows: seqs.map((s, i) => [s, `任务${i}`, '省财政厅', '每年推进']) });
  test.each<Case>([
    ['ascending', rows(1, 2, 3), []],
    ['gaps are fine (a unit keeps the plan numbers)', rows(3, 8, 21, 49), []],
    ['smaller than the row above', rows(1, 3, 2), ['A4 decreasing']],
    ['equal is not disorder', rows(2, 2), []],
    ['unreadable 序号 are skipped', rows(5, 'x', 6), []],
    ['compared with the last readable 序号', rows(5, 'x', 4), ['A4 decreasing']],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'seq-order')).toEqual(expected);
  });
});

describe('task-duplicate', () => {
  const row = (seq: number, task: CellValue): CellValue[] => [seq, task, '省财政厅', '每年推进'];
  test.each<Case>([
    ['distinct', { rows: [row(1, '严控会议经费'), row(2, '严控公文、会议数量')] }, []],
    ['same text: both rows', { rows: [row(1, '严控会议经费'), row(2, '严控公文、会议数量'), row(3, '严控会议经费')] }, ['B2 duplicate', 'B4 duplicate']],
    ['spaces, line breaks and punctuation do not make it different', { rows: [row(1, '打造“掌上办事之省”'), row(2, '打造 "掌上办事\n之省"')] }, ['B2 duplicate', 'B3 duplicate']],
    ['empty tasks are not duplicates', { rows: [row(1, ''), row(2, '')] }, []],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'task-duplicate')).toEqual(expected);
  });
});
