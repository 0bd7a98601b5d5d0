import { buildCheckView, STATUS_ORDER } from '../../src/taskpane/view-model';
import type { LedgerIssue, StatusKey } from '../../src/core/types';
import type { CheckOutcome } from '../../src/office/marks';
import type { CheckResult } from '../../src/core/engine';

const issue = (rule: string, severity: LedgerIssue['severity'], messageId: string, data: LedgerIssue['data'], cell: string | null): LedgerIssue => ({
  rule, severity, category: rule === 'overdue' || rule === 'due-soon' || rule === 'completed-late' ? 'progress' : 'ledger', row: cell ? Number(cell.slice(1)) : null, col: cell ? 3 : null, column: null, cell, messageId, data,
});

function outcome(issues: LedgerIssue[], statuses: StatusKey[]): CheckOutcome<CheckResult> {
  return {
    sheetNames: ['台账'],
    sheetName: '台账',
    result: {
      sheet: '台账', headerRow: 1, columns: {},
      tasks: statuses.map((statusKey, i) => ({ row: i + 2, statusKey } as unknown as CheckResult['tasks'][number])),
      issues,
    },
    plan: null,
    markedCells: 3,
    limitations: [],
  };
}

const issues = [
  issue('seq-order', 'warning', 'decreasing', { seq: 3, previous: 5 }, 'A4'),
  issue('overdue', 'error', 'overdue', { days: 10, due: '2019-06-30' }, 'D5'),
  issue('seq-order', 'warning', 'decreasing', { seq: 1, previous: 3 }, 'A6'),
  issue('overdue', 'error', 'overdue', { days: 2, due: '2019-07-08' }, 'D7'),
];

test('groups: ledger mistakes before progress alerts, then errors first and by size; messages in the chosen language', () => {
  const zh = buildCheckView(outcome(issues, []), '2019-07-10', 'zh-CN');
  expect(zh.groups.map((g) => [g.category, g.rule])).toEqual([
    ['ledger', 'seq-order'],
    ['progress', 'overdue'],
  ]);
  expect(zh.groups[1].issues.map((i) => [i.cell, i.message])).toEqual([
    ['D5', '已逾期 10 天（截止日期 2019-06-30）'],
    ['D7', '已逾期 2 天（截止日期 2019-07-08）'],
  ]);
  const en = buildCheckView(outcome(issues, []), '2019-07-10', 'en');
  expect(en.groups[0].issues[0].message).toBe('序号 3 is smaller than the previous row’s 5');
  expect(en.groups[1].title).not.toBe(zh.groups[1].title);
});

test('counts by severity and by status, every status listed even at zero', () => {
  const v = buildCheckView(outcome(issues, ['overdue', 'overdue', 'done', 'unknown']), '2019-07-10', 'zh-CN');
  expect(v.severityCounts.map((c) => [c.severity, c.count])).toEqual([['error', 2], ['warning', 2], ['info', 0]]);
  expect(v.statusCounts.map((c) => c.key)).toEqual(STATUS_ORDER);
  expect(Object.fromEntries(v.statusCounts.map((c) => [c.key, c.count]))).toMatchObject({ overdue: 2, done: 1, unknown: 1, dueSoon: 0 });
  expect(v.statusCounts.find((c) => c.key === 'overdue')!.label).toBe('逾期');
  expect(v.taskCount).toBe(4);
});

test('every finding names its task: 序号, the task’s words and its lead unit', async () => {
  const { checkLedger } = await import('../../src/core/engine');
  const result = checkLedger(
    {
      values: [
        ['序号', '重点任务', '责任单位', '时间要求'],
        [7, '建立重大行政决策目录化管理制度并向社会公布', '省司法厅（牵头）、省财政厅', '2019年6月底前'],
      ],
      name: '台账',
    },
    { asOf: '2019-07-10', plan: null },
  );
  const view = buildCheckView({ ...outcome([], []), result }, '2019-07-10', 'zh-CN');
  const overdue = view.groups.find((g) => g.rule === 'overdue')!;
  // The task is cut to 17 characters and …; the lead unit as written, without its marker.
  expect(overdue.issues[0].task).toBe('7 建立重大行政决策目录化管理制度并向…（省司法厅）');
});
