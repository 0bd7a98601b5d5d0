// A county's ledger laid out like a published 民生实事 推进情况表 (sections restarting their numbering,
// no 时间要求 column, 牵头单位 + 责任单位, a period progress column with sentences, shares and counts):
// a correct one draws no error or warning from the ledger rules; seeded mistakes are each found at
// their row. The wording is ours, laid out as such tables are.
import { checkLedger } from '../../../src/core/engine';
import type { CellValue, MergeArea } from '../../../src/core/types';

const PROGRESS_RULES = ['overdue', 'due-soon', 'completed-late'];
const header = ['序号', '项目名称', '目标任务', '牵头单位', '责任单位', '1-11月推进情况'];
const correct: CellValue[][] = [
  ['2023年某某县重点民生实事项目推进情况表'],
  header,
  ['一、教育'],
  [1, '新建城区幼儿园2所', '2所', '县教育局', '县住建局、县自规局', '已于2023年8月20日建成投用。'],
  [2, '改扩建泉山学校', '1所', '县教育局', '县直有关部门', '主体结构已封顶，完成80%。'],
  ['二、医疗'],
  [1, '建成村级卫生室10个', '10个', '县卫健局', '各乡镇（街道）', '已完成8个，其余2个正在装修。'],
  [2, '新增家庭医生签约', '8950人', '县卫健局', '县医保局', '7123人'],
  [3, '建成县政务服务中心综合窗口', '1个', '县政务服务中心', '县数据局', '已全面完成并通过验收'],
];
const merges: MergeArea[] = [
  { top: 0, left: 0, bottom: 0, right: 5 },
  { top: 2, left: 0, bottom: 2, right: 5 },
  { top: 5, left: 0, bottom: 5, right: 5 },
];
const check = (values: CellValue[][]) => checkLedger({ values, merges, name: 'Sheet1' }, { asOf: '2023-12-10' });

test('every task row is read; a correct ledger draws no error or warning from the ledger rules', () => {
  const r = check(correct);
  expect(r.tasks.map((t) => [t.row, t.seq, t.status, t.progress])).toEqual([
    [4, 1, '已完成', 100],
    [5, 2, '临期', 80],
    [7, 1, '临期', null],
    [8, 2, '临期', 80],
    [9, 3, '已完成', 100],
  ]);
  const ledgerFindings = r.issues.filter((i) => i.severity !== 'info' && !PROGRESS_RULES.includes(i.rule));
  expect(ledgerFindings).toEqual([]);
  expect(r.issues.filter((i) => i.severity === 'info').map((i) => i.rule)).toEqual(['time-default']);
});

test('seeded mistakes are each found at their row by their rule', () => {
  const values = correct.map((row) => [...row]);
  values[3][4] = ''; // a blank unit: 责任单位 is the support column; the lead 县教育局 stays, so blank the lead
  values[3][3] = '';
  values[7][0] = 1; // a duplicate 序号 within the 医疗 section
  values[8][3] = '县卫建局'; // a one-character typo of 县卫健局, written on two other rows
  values.push([4, '新增家庭医生签约', '8950人', '县卫健局', '县医保局', '7123人']); // a row entered twice
  const r = check(values);
  const found = r.issues.filter((i) => i.severity !== 'info' && !PROGRESS_RULES.includes(i.rule)).map((i) => `${i.rule} ${i.cell}`);
  expect(found).toEqual(
    expect.arrayContaining(['required D4', 'seq-duplicate A7', 'seq-duplicate A8', 'unit-unknown D9', 'task-duplicate B8', 'task-duplicate B10']),
  );
  const typo = r.issues.find((i) => i.rule === 'unit-unknown')!;
  expect(typo.data).toEqual({ unit: '县卫建局', suggestion: '县卫健局' });
});
