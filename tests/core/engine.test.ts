import { checkLedger } from '../../src/core/engine';
import { RULES } from '../../src/core/rules';
import { STATUS } from '../../src/core/types';
import type { CellValue } from '../../src/core/types';
import { planLedger, PLAN_TASKS } from './rules/helpers';

const HEADER = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'];

describe('checkLedger', () => {
  test('no header: header-not-found only, no tasks', () => {
    const r = checkLedger({ values: [['a', 'b'], [1, 2]], name: 'Sheet1' }, { asOf: '2019-06-15' });
    expect(r).toMatchObject({ sheet: 'Sheet1', headerRow: null, columns: null, tasks: [] });
    expect(r.issues.map((i) => i.rule)).toEqual(['header-not-found']);
  });

  test('empty values never crash', () => {
    expect(checkLedger({ values: [] }, { asOf: '2019-06-15' }).issues.map((i) => i.rule)).toEqual(['header-not-found']);
  });

  test('tasks: row, seq, units as written, lead, schedule, status, due', () => {
    const values: CellValue[][] = [
      ['2019年重点任务执行台账'],
      HEADER,
      [1, '制订重大行政决策执行情况第三方评估实施办法', '省法制办（牵头）、省财政厅', '2019年6月底前出台', '', ''],
      [2, '严控会议经费', '省财政厅', '每年推进', '已完成', '2019-03-01'],
      ['x', '任务', '省财政厅', '尽快', '', ''],
    ];
    const r = checkLedger({ values, name: '台账' }, { asOf: '2019-07-15', plan: null });
    expect(r.headerRow).toBe(2);
    expect(r.columns?.time?.index).toBe(3);
    expect(r.tasks).toHaveLength(3);
    const [a, b, c] = r.tasks;
    expect(a).toMatchObject({ row: 3, seq: 1, units: ['省法制办', '省财政厅'], lead: '省法制办', status: STATUS.overdue, statusKey: 'overdue', due: '2019-06-30' });
    expect(a.schedule).toEqual({ kind: 'deadline', due: '2019-06-30' });
    expect(b).toMatchObject({ row: 4, seq: 2, status: STATUS.done });
    expect(c).toMatchObject({ row: 5, seq: null, status: STATUS.unknown, due: null, planSeq: null });
  });

  test('origin offsets rows and cell addresses', () => {
    const values: CellValue[][] = [HEADER.slice(0, 4), [1, '', '省财政厅', '每年推进']];
    const r = checkLedger({ values, origin: { row: 9, col: 2 } }, { asOf: '2019-06-15', plan: null });
    expect(r.headerRow).toBe(10);
    const issue = r.issues.find((i) => i.rule === 'required')!;
    expect(issue).toMatchObject({ row: 11, col: 3, cell: 'D11', column: '重点任务' });
  });

  test('issue column is the header text as written', () => {
    const values: CellValue[][] = [['序 号', '工作任务', '牵头部门', '完成\n时限'], [1, '任务', '省财政厅', '']];
    const r = checkLedger({ values }, { asOf: '2019-06-15', plan: null });
    expect(r.issues.find((i) => i.rule === 'required')).toMatchObject({ column: '完成\n时限', cell: 'D2' });
  });

  test('issues sorted by row, then column, then rule (table order); sheet-level last', () => {
    const rows = PLAN_TASKS.filter((t) => t.seq !== 49).map((t) => [t.seq, t.task, t.units, t.time] as CellValue[]);
    rows[2] = [1, rows[2][1], '省财政局', '尽快'];
    const r = checkLedger({ values: [HEADER.slice(0, 4), ...rows] }, { asOf: '2019-06-15' });
    const keys = r.issues.map((i) => [i.row ?? Infinity, i.col ?? -1, RULES.findIndex((x) => x.meta.id === i.rule)]);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    expect(keys).toEqual(sorted);
    expect(r.issues[r.issues.length - 1]).toMatchObject({ rule: 'plan-missing', row: null });
    expect(r.issues.filter((i) => i.row === 4).map((i) => i.rule)).toEqual(
      expect.arrayContaining(['seq-duplicate', 'seq-order', 'unit-unknown', 'time-unparsed']),
    );
  });

  test('every issue carries the typed fields', () => {
    const r = checkLedger({ values: [HEADER, [1, '', '省财政局', '尽快', '已完成', 'abc']] }, { asOf: '2019-06-15', plan: null });
    expect(r.issues.length).toBeGreaterThan(0);
    for (const i of r.issues) {
      expect(RULES.map((x) => x.meta.id)).toContain(i.rule);
      expect(['error', 'warning', 'info']).toContain(i.severity);
      expect(i.cell).toMatch(/^[A-Z]+\d+$/);
      expect(typeof i.messageId).toBe('string');
      expect(typeof i.data).toBe('object');
    }
  });

  test('disabled rules are switched off, others still run', () => {
    const values: CellValue[][] = [HEADER, [1, '', '某某协会', '尽快']];
    const all = checkLedger({ values }, { asOf: '2019-06-15', plan: null });
    const some = checkLedger({ values }, { asOf: '2019-06-15', plan: null, disabled: ['required', 'unit-unknown'] });
    expect(all.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(['required', 'unit-unknown', 'time-unparsed']));
    expect(some.issues.map((i) => i.rule)).toEqual(['time-unparsed']);
  });

  test('disabling header-not-found leaves a headerless sheet silent', () => {
    expect(checkLedger({ values: [['x']] }, { asOf: '2019-06-15', disabled: ['header-not-found'] }).issues).toEqual([]);
  });

  test('junk cells of every type never crash', () => {
    const junk: CellValue[] = [null, undefined, '', ' ', '#N/A', '#REF!', true, false, 0, -1, 3.7, 1e20, Number.NaN, new Date(NaN), new Date(Date.UTC(2019, 0, 1)), '∞', '\n', '1', '（一）'];
    const values: CellValue[][] = [HEADER];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let r = 0; r < 300; r++) values.push(HEADER.map(() => junk[Math.floor(next() * junk.length)]));
    const r = checkLedger({ values, merges: [{ top: 3, left: 2, bottom: 9, right: 2 }] }, { asOf: '2019-06-15' });
    for (const t of r.tasks) expect(Object.values(STATUS)).toContain(t.status);
  });

  test('the plan as a ledger, with a two-row header and merged units, still matches all 49 tasks', () => {
    const plan = planLedger().slice(1);
    const values: CellValue[][] = [
      ['序号', '重点任务', '责任单位', '', '时间要求'],
      ['', '', '牵头单位', '配合单位', ''],
      ...plan.map(([seq, task, units, time]) => {
        const [lead, ...rest] = String(units).split(',');
        return [seq, task, lead, rest.join(','), time];
      }),
    ];
    const r = checkLedger({ values }, { asOf: '2018-05-01' });
    expect(r.headerRow).toBe(2);
    expect(r.tasks.filter((t) => t.planSeq !== null)).toHaveLength(49);
    expect(r.issues.filter((i) => i.rule === 'plan-mismatch' || i.rule === 'plan-missing')).toEqual([]);
  });
});


describe('the rule framework', () => {
  const sheet = { values: [['序号', '重点任务', '责任单位', '时间要求'], [1, '建立台账', '省财政厅', '2019年底前']], name: '台账' };

  test('a rule reporting a messageId its meta does not define fails loudly', () => {
    const overdue = RULES.find((r) => r.meta.id === 'overdue')!;
    const spy = jest.spyOn(overdue, 'check').mockImplementation((ctx) => {
      ctx.report({ row: ctx.rows[0], column: 'time', messageId: 'noSuchMessage' });
    });
    try {
      expect(() => checkLedger(sheet, { asOf: '2019-06-15' })).toThrow(/overdue.*noSuchMessage/);
    } finally {
      spy.mockRestore();
    }
    expect(() => checkLedger(sheet, { asOf: '2019-06-15' })).not.toThrow();
  });

  test('every messageId a rule reports on the sample ledgers is one its meta defines', () => {
    // The engine would have thrown; this also pins that the check sees real findings.
    const result = checkLedger({ values: planLedger(), name: '台账' }, { asOf: '2030-01-01' });
    expect(result.issues.length).toBeGreaterThan(0);
    for (const i of result.issues) expect(Object.keys(RULES.find((r) => r.meta.id === i.rule)!.meta.messages)).toContain(i.messageId);
  });

  test('tasks in the result are plain TaskResults: the documented fields, no sheet cells', () => {
    const result = checkLedger(sheet, { asOf: '2019-06-15' });
    expect(Object.keys(result.tasks[0]).sort()).toEqual(
      ['due', 'lead', 'note', 'parsedUnits', 'planSeq', 'progress', 'row', 'schedule', 'seq', 'status', 'statusKey', 'task', 'time', 'units'].sort(),
    );
    expect(JSON.parse(JSON.stringify(result.tasks[0]))).toMatchObject({ row: 2, seq: 1, task: '建立台账', units: ['省财政厅'], status: '进行中' });
    // The time requirement and the progress note as written, for 督办单 and the pane.
    expect(typeof result.tasks[0].time).toBe('string');
    expect(typeof result.tasks[0].note).toBe('string');
  });
});
