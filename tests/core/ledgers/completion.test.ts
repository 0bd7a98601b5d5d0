// Done and progress read from what the ledger says (spec "Ledgers as other governments keep them"):
// a done column, a share, the target reached, the progress sentence; progress-conflict where the done
// column and the text disagree. The sheets are laid out like published 推进情况表; the wording is ours.
import { checkLedger } from '../../../src/core/engine';
import type { CellValue } from '../../../src/core/types';

function run(values: CellValue[][], asOf: string) {
  return checkLedger({ values, name: 'Sheet1' }, { asOf, plan: null });
}

describe('a year’s list read at the next year’s start', () => {
  const values: CellValue[][] = [
    ['2023年区政府重点工作推进情况表'],
    ['序号', '重点工作', '责任单位', '目标任务', '1-11月推进情况'],
    [1, '出台促进民营经济发展实施意见', '区发改局', '出台文件', '已于2023年3月20日印发。'],
    [2, '建成社区食堂12个', '区民政局', '12个', '已完成8个，其余4个正在施工。'],
    [3, '新增就业岗位', '区人社局', '8950人', '7123人'],
    [4, '新增就业见习岗位', '区人社局', '500个', '520个'],
    [5, '打造城市书房', '区文广旅体局', '5家', '完成年度目标的82%'],
  ];
  const r = run(values, '2024-01-10');
  const byRow = new Map(r.tasks.map((t) => [t.row, t]));

  test('a task finished in March is done, on its stated date: not overdue', () => {
    expect(byRow.get(3)).toMatchObject({ status: '已完成', progress: 100 });
  });

  test('part of the work done is not done: overdue after the year’s end, with its share', () => {
    expect(byRow.get(4)!.status).toBe('逾期');
    expect(byRow.get(4)!.progress).toBeNull(); // 已完成8个 states no share and is no bare quantity
    expect(byRow.get(5)).toMatchObject({ status: '逾期', progress: 80 }); // 7123人 of 8950人
    expect(byRow.get(6)).toMatchObject({ status: '已完成', progress: 100 }); // 520个 of 500个
    expect(byRow.get(7)).toMatchObject({ status: '逾期', progress: 82 });
  });

  test('overdue tasks are marked on the task cell (no 时间要求 column)', () => {
    expect(r.issues.filter((i) => i.rule === 'overdue').map((i) => i.cell)).toEqual(['B4', 'B5', 'B7']);
  });
});

describe('share columns', () => {
  test('任务完成率: 104% done, 0.8 (a percent cell) is 80%', () => {
    const r = run(
      [
        ['2022年度民生实事项目完成情况表'],
        ['序号', '项目名称', '责任单位', '任务完成率'],
        [1, '改造农村公路30公里', '区交通局', '104%'],
        [2, '新建公办幼儿园2所', '区教育局', 0.8],
      ],
      '2022-12-05',
    );
    expect(r.tasks.map((t) => [t.status, t.progress])).toEqual([
      ['已完成', 100],
      ['临期', 80],
    ]);
  });

  test('当前进度 holding shares is a share column', () => {
    const r = run(
      [
        ['序号', '项目名称', '责任单位', '当前进度'],
        [1, '改造农村公路30公里', '区交通局', '100%'],
        [2, '新建公办幼儿园2所', '区教育局', '60%'],
      ],
      '2023-06-30',
    );
    expect(r.tasks.map((t) => t.progress)).toEqual([100, 60]);
    expect(r.tasks[0].status).toBe('已完成');
  });
});

describe('the done column and the text', () => {
  const header = ['序号', '重点任务', '责任单位', '时间要求', '完成情况', '进展情况'];

  test('the column wins; progress-conflict names both cells where they positively disagree', () => {
    const r = run(
      [
        header,
        [1, '建成社区食堂12个', '区民政局', '2023年6月底前', '是', '已完成8个，其余4个正在施工'],
        [2, '出台实施意见', '区发改局', '2023年6月底前', '否', '已于2023年3月20日印发'],
        [3, '新建城市书房', '区文广旅体局', '2023年6月底前', '否', '正在推进'],
        [4, '改造老旧小区', '区住建局', '2023年6月底前', '是', '详见附件'],
      ],
      '2023-05-10',
    );
    expect(r.tasks.map((t) => t.status)).toEqual(['已完成', '进行中', '进行中', '已完成']);
    const conflicts = r.issues.filter((i) => i.rule === 'progress-conflict');
    expect(conflicts.map((i) => i.cell)).toEqual(['E2', 'E3']);
    expect(conflicts[0].data).toMatchObject({ done: '是', cell: 'F2' });
  });

  test('a 完成情况 column of sentences is read as progress text', () => {
    const r = run(
      [
        ['序号', '重点任务', '责任单位', '时间要求', '完成情况'],
        [1, '出台实施意见', '区发改局', '2023年6月底前', '已于2023年4月12日正式印发实施。'],
        [2, '建成社区食堂12个', '区民政局', '2023年6月底前', '已建成8个，其余4个正在装修，预计6月底前全部投用。'],
        [3, '改造老旧小区', '区住建局', '2023年6月底前', '已全面完成改造任务并通过验收。'],
      ],
      '2023-07-10',
    );
    expect(r.tasks.map((t) => t.status)).toEqual(['已完成', '逾期', '已完成']);
    expect(r.issues.filter((i) => i.rule === 'progress-conflict')).toEqual([]);
  });
});

describe('滞后: behind the time-elapsed schedule (spec status step 7)', () => {
  const header = ['序号', '项目名称', '责任单位', '完成进度', '是否达序'];
  const values: CellValue[][] = [
    ['2023年区政府民生实事项目推进情况表'],
    header,
    [1, '改造农村公路30公里', '区交通局', '40%', null], // 2023-07-01: 49.6% of the year elapsed, 40% done: 9.6 points
    [2, '新建公办幼儿园2所', '区教育局', '30%', null], // 19.6 points behind
    [3, '新建城市书房5家', '区文广旅体局', '80%', '否'], // the keeper says behind
    [4, '改造老旧小区12个', '区住建局', '10%', '是'], // the keeper says on schedule
  ];
  const r = run(values, '2023-07-01');

  test('statuses', () => {
    expect(r.tasks.map((t) => t.status)).toEqual(['进行中', '滞后', '滞后', '进行中']);
  });

  test('behind-schedule marks the progress cell, or the 是否达序 cell the keeper filled', () => {
    const found = r.issues.filter((i) => i.rule === 'behind-schedule');
    expect(found.map((i) => `${i.cell} ${i.messageId} ${i.category}`)).toEqual(['D4 behind progress', 'E5 reported progress']);
  });

  test('near the deadline, 临期 comes first; done tasks are never 滞后', () => {
    const late = run(values, '2023-12-10');
    expect(late.tasks.map((t) => t.status)).toEqual(['临期', '临期', '临期', '临期']);
    const done = run([...values.slice(0, 2), [1, '改造农村公路', '区交通局', '100%', '否']], '2023-07-01');
    expect(done.tasks[0].status).toBe('已完成');
  });
});

test('behindPoints sets how far behind is 滞后', () => {
  const values: CellValue[][] = [['2023年民生实事'], ['序号', '项目名称', '责任单位', '完成进度'], [1, '改造农村公路30公里', '区交通局', '40%']];
  const at = (behindPoints?: number) => checkLedger({ values, name: 'Sheet1' }, { asOf: '2023-07-01', plan: null, behindPoints }).tasks[0].status;
  expect(at()).toBe('进行中'); // 9.6 points behind: within the default 10
  expect(at(5)).toBe('滞后');
});
