// Ledgers laid out as governments publish their 推进情况表 / 落实情况表 (spec "Ledgers as other
// governments keep them"): wider headers, report periods, two-row headers, no 时间要求 column.
// The sheets are built here in those layouts; their wording is ours, not copied from a document.
import { checkLedger } from '../../../src/core/engine';
import { findHeader } from '../../../src/core/sheet/header';
import { ledgerYear } from '../../../src/core/schedule/ledger-year';
import type { CellValue, MergeArea } from '../../../src/core/types';

const check = (values: CellValue[][], asOf: string, extra: { merges?: MergeArea[]; name?: string } = {}) =>
  checkLedger({ values, merges: extra.merges, name: extra.name ?? 'Sheet1' }, { asOf, plan: null });

describe('headers of published progress tables', () => {
  test.each([
    [['序号', '项目名称', '目标任务', '责任单位', '1- 8月 实际完成情况', '备注'], { seq: 0, task: 1, target: 2, units: 3, progress: 4, remarks: 5 }],
    [['序号', '民生事项名称', '牵头单位', '责任单位', '1-11月推进情况'], { seq: 0, task: 1, lead: 2, support: 3, progress: 4 }],
    [['项目', '责任单位', '落实情况', '任务完成率', '是否达序'], { task: 0, units: 1, progress: 2, share: 3, onSchedule: 4 }],
    [['类别', '序号', '主要任务', '责任处室', '截至6月底进展'], { section: 0, seq: 1, task: 2, units: 3, progress: 4 }],
    [['序号', '具体任务', '责任主体与协同单位', '牵头单位', '完成时限', '2022年度任务目标'], { seq: 0, task: 1, support: 2, lead: 3, time: 4, target: 5 }],
    [['序号', '事项名称', '责任单位', '当前进度', '分管领导', '联系人'], { seq: 0, task: 1, units: 2, progress: 3 }],
  ] as Array<[CellValue[], Record<string, number>]>)('%j', (header, expected) => {
    const h = findHeader([['2023年重点工作推进情况表'], header])!;
    const got = Object.fromEntries(Object.entries(h.columns).map(([k, c]) => [k, c!.index]));
    expect(got).toEqual(expected);
  });

  test('项目 is a task column only as the whole header', () => {
    const h = findHeader([['序号', '项目', '责任单位', '项目建设进度']])!;
    expect(h.columns.task!.index).toBe(1);
    expect(h.columns.share!.index).toBe(3); // …进度: a share column, not a second task column
  });

  test('of several progress columns differing by period, the latest is current', () => {
    const h = findHeader([['序号', '主要任务', '责任单位', '1-9月推进情况', '1-6月推进情况']])!;
    expect(h.columns.progress).toEqual({ index: 3, header: '1-9月推进情况' });
  });

  test('a two-row header: periods under a merged 进展情况 take its kind; the latest is current', () => {
    const values: CellValue[][] = [
      ['2023年区政府重点工作落实情况表'],
      ['序号', '重点工作', '责任单位', '进展情况', null],
      [null, null, null, '1-6月', '1-9月'],
      [1, '建成社区食堂10个', '区民政局', '已建成6个', '已建成10个'],
    ];
    const h = findHeader(values)!;
    expect(h.row).toBe(2);
    expect(h.columns.progress).toEqual({ index: 4, header: '进展情况1-9月' });
    const r = check(values, '2023-10-15', { merges: [{ top: 1, left: 3, bottom: 1, right: 4 }] });
    expect(r.tasks.map((t) => t.task)).toEqual(['建成社区食堂10个']);
  });
});

describe('no 时间要求 column: a year’s list', () => {
  const header = ['序号', '项目名称', '责任单位', '1-8月实际完成情况'];
  const rows = [
    [1, '新建城市书房5家', '区文广旅体局', '已完成选址'],
    [2, '改造老旧小区12个', '区住建局', '已开工8个'],
  ];

  test.each([
    [['2022年度区政府民生实事项目推进情况表'], 'Sheet1', '2022-12-31', 'title'],
    [['2023年区政府重点民生实事项目推进情况（截至2023年8月底）'], 'Sheet1', '2023-12-31', 'title'],
    [['区政府民生实事项目推进情况表', '填报时间：2023年9月5日'], '2024年', '2024-12-31', 'sheet'],
    [['“十四五”规划（2021—2025年）重点项目推进表'], 'Sheet1', '2025-12-31', 'title'],
    [['区政府民生实事项目推进情况表'], 'Sheet1', '2023-12-31', 'asOf'],
  ])('title %j, sheet %p: due %s (%s)', (title, name, due, source) => {
    const r = check([title as CellValue[], header, ...rows], '2023-09-10', { name: name as string });
    const structural = ['header-not-found', 'missing-column', 'required', 'time-unparsed'];
    expect(r.issues.filter((i) => structural.includes(i.rule))).toEqual([]);
    expect(r.tasks.map((t) => t.due)).toEqual([due, due]);
    const info = r.issues.filter((i) => i.rule === 'time-default');
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ row: null, cell: null, messageId: source, data: { due } });
  });

  test('two different years in the title name no one year: the as-of year', () => {
    expect(ledgerYear([['2022年和2023年重点项目对照表'], header], 1)).toBeNull();
  });

  test('overdue tasks of a past year’s list are marked on the task cell', () => {
    const r = check([['2022年度区政府民生实事项目推进情况表'], header, ...rows], '2023-03-01');
    const overdue = r.issues.filter((i) => i.rule === 'overdue');
    expect(overdue.map((i) => i.cell)).toEqual(['B3', 'B4']);
  });

  test('rows matching the reference plan take the plan’s time requirement', () => {
    const r = checkLedger(
      {
        values: [
          ['序号', '重点任务', '责任(牵头)单位'],
          [1, '开展高端智库建设试点', '省政府研究室'],
          [2, '严控会议经费', '省财政厅'],
          [3, '本单位自定的任务', '省财政厅'],
        ],
        name: '台账',
      },
      { asOf: '2019-06-15' },
    );
    expect(r.tasks[0].planSeq).not.toBeNull();
    expect(r.tasks[0].schedule).toEqual({ kind: 'period', start: '2018-01-01', end: '2022-12-31' }); // the plan's 2018—2022年
    expect(r.tasks[2].schedule).toEqual({ kind: 'deadline', due: '2019-12-31' });
    expect(r.issues.find((i) => i.rule === 'time-default')).toMatchObject({ messageId: 'asOfWithPlan', data: { planRows: 2 } });
  });
});
