// Rules comparing with the reference plan: plan-mismatch, plan-missing, time-outside-plan.
import { findings, planLedger, planRow, run, SheetCase, utcDate, PLAN_TASKS } from './helpers';
import { parsePlan } from '../../../src/core/plan';
import { renderIssue } from '../../../src/core/i18n';
import type { CellValue } from '../../../src/core/types';

type Case = [string, SheetCase, string[]];
const rows = (...r: CellValue[][]): SheetCase => ({ rows: r });

describe('plan-mismatch', () => {
  test.each<Case>([
    ['the plan row as written', rows(planRow(8)), []],
    ['units differ', rows(planRow(8, { units: '省财政厅' })), ['C2 units']],
    ['a unit added', rows(planRow(8, { units: '省法制办、省财政厅' })), ['C2 units']],
    ['successor name (省法制办 -> 省司法厅) is not a mismatch', rows(planRow(8, { units: '省司法厅' })), []],
    ['alias (省人社保厅 -> 省人社厅) is not a mismatch', rows(planRow(46, { units: '省人社厅' })), []],
    ['full brackets and another separator', rows(planRow(2, { units: '省政府办公厅、各市、县（市、区）政府' })), []],
    ['time differs', rows(planRow(21, { time: '2019年9月底前完成' })), ['D2 time']],
    ['the same due date as a date cell', rows(planRow(21, { time: utcDate(2019, 6, 30) })), []],
    ['the same due date in other words', rows(planRow(21, { time: '2019年6月30日前' })), []],
    ['yearly in other words (每年推进 / 逐年推进)', rows(planRow(3, { time: '逐年推进' })), []],
    ['near-identical text (one character changed) matches and is reported', rows(planRow(12, { task: PLAN_TASKS[11].task.replace('有问贵', '有问责') })), ['B2 task']],
    ['punctuation and spacing only: same text, no finding', rows(planRow(26, { task: '打造 "掌上办事之省"' })), []],
    ['edited text, but 序号, units and time agree: that task', rows(planRow(8, { task: '出台第三方评估办法' })), ['B2 task']],
    ['edited text with a successor unit and a date cell still agrees', rows(planRow(21, { task: '执法人员行为规范', units: '省司法厅,省级主要执法部门', time: utcDate(2019, 6, 30) })), ['B2 task']],
    ['序号 alone never decides', rows(planRow(8, { task: '出台第三方评估办法', units: '省财政厅' })), []],
    ['a local task (not in the plan)', rows([1, '建设智慧财政平台', '省财政厅', '2019年底前']), []],
    ['a unit ledger numbering plan tasks 1, 2, 3', rows(planRow(8, { seq: 1 }), planRow(21, { seq: 2 })), []],
    ['text, units and time all differ on a matched row', rows(planRow(12, { task: PLAN_TASKS[11].task.replace('有问贵', '有问责'), units: '省财政厅', time: '2019年底前' })), ['B2 task', 'C2 units', 'D2 time']],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'plan-mismatch')).toEqual(expected);
  });

  test('data says what the plan has', () => {
    const r = run(rows(planRow(8, { units: '省财政厅' })));
    expect(r.issues.find((i) => i.rule === 'plan-mismatch')!.data).toMatchObject({ planSeq: 8, expected: '省法制办', actual: '省财政厅' });
  });

  test('no plan: silent', () => {
    expect(findings({ rows: [planRow(8, { units: '省财政厅' })], options: { plan: null } }, 'plan-mismatch')).toEqual([]);
  });

  test('tasks carry the matched plan 序号', () => {
    const r = run(rows(planRow(8, { seq: 1 }), [2, '建设智慧财政平台', '省财政厅', '2019年底前']));
    expect(r.tasks.map((t) => t.planSeq)).toEqual([8, null]);
  });
});

describe('plan-mismatch: the lead unit (who leads)', () => {
  // Plan 27: 省发展改革委、省质监局; 21: 省法制办,省级主要执法部门; 29: 省发展改革委、省编办、省工商局;
  // 2: 省政府办公厅,各市、县(市、区)政府.
  test.each<Case>([
    ['the plan units in the plan order', rows(planRow(27)), []],
    ['the lead under an alias (省发改委)', rows(planRow(27, { units: '省发改委、省质监局' })), []],
    ['a supporting unit under its successor name (省市场监管局)', rows(planRow(27, { units: '省发展改革委、省市场监管局' })), []],
    ['the lead under its successor name (省司法厅)', rows(planRow(21, { units: '省司法厅、省级主要执法部门' })), []],
    ['supporting units in another order', rows(planRow(29, { units: '省发展改革委、省工商局、省编办' })), []],
    ['the plan lead marked (牵头) though listed last', rows(planRow(27, { units: '省质监局、省发展改革委（牵头）' })), []],
    ['the same lead in a 牵头单位 column', { header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'], rows: [[27, PLAN_TASKS[26].task, '省发展改革委', '省质监局', PLAN_TASKS[26].time]] }, []],
    ['lead swapped', rows(planRow(27, { units: '省质监局、省发展改革委' })), ['C2 leadDiffers']],
    ['lead swapped, under successor names', rows(planRow(21, { units: '省级主要执法部门、省司法厅' })), ['C2 leadDiffers']],
    ['another unit marked (牵头)', rows(planRow(29, { units: '省发展改革委、省编办（牵头）、省工商局' })), ['C2 leadDiffers']],
    ['a collective unit leads instead', rows(planRow(2, { units: '各市、县(市、区)政府、省政府办公厅' })), ['C2 leadDiffers']],
    ['another lead in a 牵头单位 column: on that column', { header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'], rows: [[27, PLAN_TASKS[26].task, '省质监局', '省发展改革委', PLAN_TASKS[26].time]] }, ['C2 leadDiffers']],
    ['other units and another lead: one units finding', rows(planRow(27, { units: '省财政厅、省发展改革委' })), ['C2 units']],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'plan-mismatch')).toEqual(expected);
  });

  test('data and messages name both leads', () => {
    const r = run(rows(planRow(27, { units: '省质监局、省发展改革委' })));
    const issue = r.issues.find((i) => i.rule === 'plan-mismatch')!;
    expect(issue).toMatchObject({ severity: 'error', column: '责任(牵头)单位', data: { planSeq: 27, expected: '省发展改革委', actual: '省质监局' } });
    expect(renderIssue(issue, 'zh-CN')).toBe('牵头单位“省质监局”与计划第 27 项不一致，计划由“省发展改革委”牵头');
    expect(renderIssue(issue, 'en')).toBe('The lead unit “省质监局” differs from plan task 27, which is led by “省发展改革委”');
  });
});

describe('plan-missing', () => {
  const all = () => PLAN_TASKS.map((t) => planRow(t.seq));

  test('a whole-plan ledger without two tasks: both reported, without a cell', () => {
    const r = run({ rows: all().filter((row) => row[0] !== 7 && row[0] !== 30) });
    const missing = r.issues.filter((i) => i.rule === 'plan-missing');
    expect(missing.map((i) => [i.row, i.col, i.cell, i.messageId, i.data.seq])).toEqual([
      [null, null, null, 'missing', 7],
      [null, null, null, 'missing', 30],
    ]);
    expect(missing[0].data.task).toBe(PLAN_TASKS[6].task);
  });

  test.each<[string, number, number]>([
    ['more than half matched: the rest is missing', 25, 24],
    ['exactly half is not more than half', 24, 0],
    ['a unit ledger with a few plan tasks', 5, 0],
  ])('%s (%i rows)', (_name, count, expected) => {
    // The plan has 49 tasks: 25 rows is more than half, 24 is not.
    const r = run({ rows: all().slice(0, count) });
    expect(r.issues.filter((i) => i.rule === 'plan-missing')).toHaveLength(expected);
  });

  test('the complete plan: nothing missing', () => {
    expect(findings({ rows: all() }, 'plan-missing')).toEqual([]);
  });

  test('another plan supplied by the user is the reference', () => {
    const plan = parsePlan({
      title: '2023年重点工作',
      issued: '2023-02-01',
      lastYear: 2023,
      tasks: [
        { seq: 1, task: '建设智慧财政平台', units: '省财政厅', time: '2023年底前' },
        { seq: 2, task: '开展预算绩效评价', units: '省财政厅', time: '2023年6月底前' },
        { seq: 3, task: '清理政府性债务', units: '省财政厅', time: '2023年9月底前' },
      ],
    });
    const r = run({ rows: [[1, '建设智慧财政平台', '省财政厅', '2023年底前'], [2, '开展预算绩效评价', '省财政厅', '2023年6月底前']], options: { plan } });
    expect(r.issues.filter((i) => i.rule === 'plan-missing').map((i) => i.data.seq)).toEqual([3]);
  });
});

describe('time-outside-plan', () => {
  test.each<Case>([
    // On a ledger of the reference plan (more than half its rows are plan tasks; spec).
    ['inside the plan years', rows(planRow(3), planRow(4), [2, '任务', '省财政厅', '2020年底前']), []],
    ['before the issue date', rows(planRow(3), planRow(4), [2, '任务', '省财政厅', '2017年6月底前']), ['D4 beforeIssued']],
    ['after the last year', rows(planRow(3), planRow(4), [2, '任务', '省财政厅', '2023年底前完成']), ['D4 afterLastYear']],
    ['a period ending after the last year', rows(planRow(3), planRow(4), [2, '任务', '省财政厅', '2021—2025年']), ['D4 afterLastYear']],
    ['half the rows are plan tasks: not a plan ledger, silent', rows(planRow(3), [2, '任务', '省财政厅', '2023年底前完成']), []],
    ['the plan’s own words (task 10 was due before the plan was issued)', rows(planRow(10)), []],
    ['no row matches the plan: silent', rows([2, '任务', '省财政厅', '2023年底前完成']), []],
    ['recurring and open times have no end', rows(planRow(3), [2, '任务', '省财政厅', '每年推进'], [3, '任务2', '省财政厅', '执行国家规定']), []],
  ])('%s', (_name, c, expected) => {
    expect(findings(c, 'time-outside-plan')).toEqual(expected);
  });

  test('a plan without dates: silent', () => {
    const plan = parsePlan([{ seq: 3, task: PLAN_TASKS[2].task, units: '省财政厅', time: '每年推进' }]);
    expect(findings({ rows: [planRow(3), [2, '任务', '省财政厅', '2030年底前']], options: { plan } }, 'time-outside-plan')).toEqual([]);
  });
});

describe('the plan itself as a ledger', () => {
  const r = run({ header: ['序号', '重点任务', '责任(牵头)单位', '时间要求'], rows: planLedger().slice(1), options: { asOf: '2018-05-01' } });

  test('49 task rows, each matched to its own plan task', () => {
    expect(r.tasks).toHaveLength(49);
    expect(r.tasks.map((t) => t.planSeq)).toEqual(PLAN_TASKS.map((t) => t.seq));
  });

  test('no plan-mismatch, plan-missing or unit-unknown errors', () => {
    const bad = r.issues.filter((i) => ['plan-mismatch', 'plan-missing'].includes(i.rule) || (i.rule === 'unit-unknown' && i.severity === 'error'));
    expect(bad).toEqual([]);
  });

  test('no structural findings either', () => {
    const rules = new Set(r.issues.map((i) => i.rule));
    for (const id of ['required', 'seq-format', 'seq-duplicate', 'seq-order', 'time-unparsed', 'time-outside-plan', 'task-duplicate']) {
      expect(rules.has(id)).toBe(false);
    }
  });
});
