// planFromTable: a table in the ledger layout as a plan's tasks (spec "Other plans": a plan file may be
// an .xlsx in the ledger layout; issue #11: the notice's 重点任务清单).
import { planFromTable, planTasks } from '../../../src/core/plan/from-table';
import type { CellValue } from '../../../src/core/types';

const table = (values: CellValue[][], merges = [] as Array<{ top: number; left: number; bottom: number; right: number }>) => planFromTable({ values, merges });

test('title above the header, sections as projects, merged units spread, line breaks folded', () => {
  const t = table(
    [
      ['某县2026年重点工作任务清单', null, null, null],
      ['序号', '重点任务', '责任单位', '时间要求'],
      ['一、教育', null, null, null],
      [1, '推进城区学校\n扩容工程', '县教育局\n县财政局', '2026年6月\n底前'],
      [2, '出台课后服务实施细则', null, '2026年9月底前'],
      ['二、卫生', null, null, null],
      [3, '新建乡镇卫生院两所', '县卫健局', '2027年6月底前'],
    ],
    [
      { top: 2, left: 0, bottom: 2, right: 3 },
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 5, left: 0, bottom: 5, right: 3 },
    ],
  )!;
  expect(t.title).toBe('某县2026年重点工作任务清单');
  expect(t.projects).toEqual(['教育', '卫生']);
  expect(planTasks(t.tasks)).toEqual([
    { seq: 1, task: '推进城区学校扩容工程', units: '县教育局，县财政局', time: '2026年6月底前', project: 1 },
    { seq: 2, task: '出台课后服务实施细则', units: '县教育局，县财政局', time: '2026年9月底前', project: 1 },
    { seq: 3, task: '新建乡镇卫生院两所', units: '县卫健局', time: '2027年6月底前', project: 2 },
  ]);
  expect(t.tasks.every((x) => x.missing.length === 0)).toBe(true);
});

test('a notice whose only date column is 完成时间 gives it as the time requirement; beside 时间要求 it is not', () => {
  const only = table([
    ['序号', '工作事项', '牵头单位', '配合单位', '完成时间'],
    [1, '建设口袋公园2个', '县综合行政执法局', '县财政局', '2026年9月底前'],
  ])!;
  expect(planTasks(only.tasks)).toEqual([{ seq: 1, task: '建设口袋公园2个', units: '县综合行政执法局，县财政局', time: '2026年9月底前' }]);
  const both = table([
    ['序号', '重点任务', '责任单位', '时间要求', '完成时间'],
    [1, '建设口袋公园2个', '县综合行政执法局', '', '2026-09-30'],
  ])!;
  expect(both.tasks[0].time).toBe('');
  expect(both.tasks[0].missing).toEqual(['time']);
});

test('序号 missing or not a number: the row’s place in the list; no ledger header: null', () => {
  const t = table([
    ['序号', '重点任务', '责任单位', '进度安排'],
    [null, '甲', '县教育局', '2026年底前'],
    ['（二）', '乙', '县教育局', '2026年底前'],
  ])!;
  expect(t.tasks.map((x) => [x.seq, x.time])).toEqual([
    [1, '2026年底前'],
    [2, '2026年底前'],
  ]);
  expect(table([['会议纪要'], ['内容']])).toBeNull();
});
