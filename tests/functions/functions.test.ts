// The custom functions as Excel calls them: every argument type, the spec's statuses in order,
// serial dates (1900 system, phantom day 60), aliases and successor names, errors.

import { installCfStub, outcome } from './cf-stub';
import { TASKSTATUS, TASKDUE, TASKLEAD, UNITWORKLOAD, WORKLOADTABLE } from '../../src/functions/functions';
import { PLAN_2018 } from '../../src/core/plan';

installCfStub();

/** Excel serial of an ISO date (1900 system, dates from 1900-03-01): days since 1899-12-30. */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

describe('serial helper (independent of the engine)', () => {
  it('matches known Excel serials', () => {
    expect(serial('2019-01-01')).toBe(43466);
    expect(serial('1900-03-01')).toBe(61);
  });
});

describe('TASKSTATUS', () => {
  type Row = [string, unknown, unknown, unknown, unknown, unknown, unknown];
  // [case, 时间要求, 完成情况, 完成时间, 基准日期, 预警天数, expected]
  const rows: Row[] = [
    ['deadline passed', '2018年9月底前出台', null, null, serial('2019-01-01'), null, '逾期'],
    ['done, no date', '2018年9月底前出台', '已完成', null, serial('2019-01-01'), null, '已完成'],
    ['done after due date', '2018年9月底前出台', '是', '2018-10-15', serial('2019-01-01'), null, '逾期完成'],
    ['done before due date (serial)', '2018年9月底前出台', '√', serial('2018-09-20'), serial('2019-01-01'), null, '已完成'],
    ['done on the due date', '2018年9月底前出台', 'Y', '2018年9月30日', serial('2019-01-01'), null, '已完成'],
    ['15 days left: due soon', '2019年6月底前完成', null, null, serial('2019-06-15'), null, '临期'],
    ['15 days left, window 10', '2019年6月底前完成', null, null, serial('2019-06-15'), 10, '进行中'],
    ['window as numeric text', '2019年6月底前完成', null, null, serial('2019-06-15'), '10', '进行中'],
    ['due today', '2019年6月底前完成', '', '', serial('2019-06-30'), null, '临期'],
    ['due yesterday', '2019年6月底前完成', '推进中', '', serial('2019-07-01'), null, '逾期'],
    ['not-done mark 否', '2019年6月底前完成', '否', null, serial('2019-07-01'), null, '逾期'],
    ['period not started', '2018—2022年', null, null, serial('2017-06-01'), null, '未开始'],
    ['period running', '2018—2022年', null, null, serial('2019-06-01'), null, '进行中'],
    ['period ending soon', '2018—2022年', null, null, serial('2022-12-15'), null, '临期'],
    ['period over', '2018—2022年', null, null, serial('2023-01-01'), null, '逾期'],
    ['yearly, mid-year', '每年推进', null, null, serial('2019-06-15'), null, '进行中'],
    ['yearly, December', '每年开展', null, null, serial('2019-12-15'), null, '临期'],
    ['yearly, done this cycle', '每年推进', '已完成', serial('2019-03-01'), serial('2019-06-15'), null, '已完成'],
    ['yearly, done last cycle only', '每年推进', '已完成', serial('2018-12-01'), serial('2019-06-15'), null, '进行中'],
    ['open', '执行党中央和省委规定', null, null, serial('2019-06-15'), null, '长期'],
    ['open but done', '根据实际需要制订', '完成', null, serial('2019-06-15'), null, '已完成'],
    ['unknown phrase', '尽快', null, null, serial('2019-06-15'), null, '无法识别'],
    // 完成进度 (6th argument, below): 滞后 when more than 10 points behind the share of time elapsed
    ['milestones: first step passed, last ahead', '2021年6月底前出台方案，12月底前完成', null, null, serial('2021-07-15'), null, '进行中'],
    ['milestones: near a step', '2021年6月底前出台方案，12月底前完成', null, null, serial('2021-06-20'), null, '临期'],
    ['milestones: after the last step', '2021年6月底前出台方案，12月底前完成', null, null, serial('2022-01-05'), null, '逾期'],
    ['milestones: done after the last step', '2021年6月底前出台方案，12月底前完成', '是', '2022-01-03', serial('2022-01-05'), null, '逾期完成'],
    ['leading words and a subject', '市财政局将于2021年6月底前完成', null, null, serial('2021-07-15'), null, '逾期'],
    ['impossible month', '2018年13月底前', null, null, serial('2019-06-15'), null, '无法识别'],
    ['unknown even when done', '尽快', '已完成', null, serial('2019-06-15'), null, '无法识别'],
    ['date cell as 时间要求', serial('2019-03-31'), null, null, serial('2019-04-02'), null, '逾期'],
    ['yearless phrase takes as-of year', '6月底前', null, null, serial('2019-06-20'), null, '临期'],
    ['yearless phrase, later year', '6月底前', null, null, serial('2020-07-01'), null, '逾期'],
    ['as-of as date text', '2019年6月底前完成', null, null, '2019-06-15', null, '临期'],
    ['as-of with a time of day', '2019年6月底前完成', null, null, serial('2019-06-15') + 0.75, null, '临期'],
    ['1x1 range arguments', [['2019年6月底前完成']], [['']], [[null]], [[serial('2019-06-15')]], [[null]], '临期'],
    ['boolean 时间要求', true, null, null, serial('2019-06-15'), null, '无法识别'],
    ['blank 时间要求', '', null, null, null, null, ''],
    ['spaces only', '   ', '已完成', null, null, null, ''],
    ['omitted 时间要求', null, null, null, null, null, ''],
  ];
  it.each(rows)('%s', (_name, time, done, date, asOf, warn, expected) => {
    expect(outcome(() => TASKSTATUS(time, done, date, asOf, warn))).toBe(expected);
  });

  const doneMarks: unknown[] = ['已完成', '完成', '是', '√', '✓', '✔', 'Y', 'yes', 'TRUE', true, 1, '100%'];
  it.each(doneMarks.map((m) => [m]))('done mark %p counts as done', (mark) => {
    expect(TASKSTATUS('2030年底前', mark, null, serial('2019-06-15'), null)).toBe('已完成');
  });
  const notDone: unknown[] = ['', '推进中', '未完成', '否', 'N', false, 0, '50%'];
  it.each(notDone.map((m) => [m]))('mark %p does not count as done', (mark) => {
    expect(TASKSTATUS('2030年底前', mark, null, serial('2019-06-15'), null)).toBe('进行中');
  });

  it('follows the calendar: a later day gives a later status for the same inputs (reopened workbook)', () => {
    jest.useFakeTimers();
    try {
      jest.setSystemTime(new Date(2019, 5, 15, 9, 0, 0)); // local 2019-06-15
      expect(TASKSTATUS('2019年6月底前完成', null, null, null, null)).toBe('临期');
      expect(TASKSTATUS('2019年6月底前完成', null, null, null, null)).toBe('临期');
      jest.setSystemTime(new Date(2019, 6, 2, 9, 0, 0)); // local 2019-07-02
      expect(TASKSTATUS('2019年6月底前完成', null, null, null, null)).toBe('逾期');
      expect(TASKDUE('每年推进', null)).toBe(serial('2019-12-31'));
      jest.setSystemTime(new Date(2020, 0, 3, 9, 0, 0));
      expect(TASKDUE('每年推进', null)).toBe(serial('2020-12-31'));
    } finally {
      jest.useRealTimers();
    }
  });

  it('repeated calls (recalculation) give the same answers as first calls', () => {
    for (const [time, done, date, asOf, warn, expected] of rows.map((r) => r.slice(1))) {
      for (let i = 0; i < 3; i++) expect(outcome(() => TASKSTATUS(time, done, date, asOf, warn))).toBe(expected);
    }
  });

  it('defaults the as-of date to today', () => {
    expect(TASKSTATUS('2000年底前', null, null, null, null)).toBe('逾期');
    expect(TASKSTATUS('2099年底前', null, null, null, null)).toBe('进行中');
  });

  const errors: Array<[string, unknown[], string]> = [
    ['a 2-D range as 时间要求', [[['2019年底前', '2020年底前']]], '#VALUE!'],
    ['a column as 完成情况', ['2019年底前', [['是'], ['否']]], '#VALUE!'],
    ['#N/A in 时间要求', ['#N/A'], '#N/A'],
    ['an error object in 时间要求', [{ code: '#REF!' }], '#VALUE!'],
    ['#DIV/0! in 完成时间', ['2019年底前', null, '#DIV/0!'], '#DIV/0!'],
    ['as-of serial 60 (1900-02-29 never existed)', ['2019年底前', null, null, 60], '#VALUE!'],
    ['as-of not a date', ['2019年底前', null, null, '下周'], '#VALUE!'],
    ['as-of boolean', ['2019年底前', null, null, true], '#VALUE!'],
    ['negative warning window', ['2019年底前', null, null, null, -1], '#NUM!'],
    ['warning window not a number', ['2019年底前', null, null, null, '十天'], '#VALUE!'],
  ];
  it.each(errors)('%s → %s', (_name, args, code) => {
    const r = outcome(() => (TASKSTATUS as (...a: unknown[]) => unknown)(...args)) as { error: string };
    expect(r.error).toBe(code);
  });

  it('answers every argument type with a value or a CustomFunctions.Error', () => {
    const kinds: unknown[] = [null, undefined, '', ' ', 'x', '2019年底前', 0, -1, 1e308, NaN, Infinity, true, false,
      '#N/A', { code: '#VALUE!' }, [[1]], [[1, 2]], [], [[]], new Date(Date.UTC(2019, 0, 1)), {}];
    for (const a of kinds) {
      for (let pos = 0; pos < 5; pos++) {
        const args: unknown[] = ['2019年底前', null, null, serial('2019-06-15'), null];
        args[pos] = a;
        const r = outcome(() => (TASKSTATUS as (...x: unknown[]) => unknown)(...args));
        expect(typeof r === 'string' || (typeof r === 'object' && r !== null && 'error' in r)).toBe(true);
      }
    }
  });
});

describe('TASKSTATUS with 完成进度', () => {
  it.each([
    // 2019-07-01: a deadline at year end has 49.6% of its time (from 01-01) elapsed
    ['40% (9.6 points behind)', '2019年底前', '40%', '进行中'],
    ['30% (19.6 points behind)', '2019年底前', 0.3, '滞后'],
    ['完成30% as text', '2019年底前', '完成30%', '滞后'],
    ['a period from its start', '2019年1月至2019年12月', '20%', '滞后'],
    ['done wins', '2019年底前', '10%', '已完成'],
    ['unreadable progress is no progress', '2019年底前', '见附件', '进行中'],
  ])('%s', (_name, time, progress, expected) => {
    const done = expected === '已完成' ? '已完成' : null;
    expect(TASKSTATUS(time, done, null, serial('2019-07-01'), null, progress)).toBe(expected);
  });
});

describe('TASKDUE', () => {
  const rows: Array<[string, unknown, unknown, unknown]> = [
    ['deadline', '2018年9月底前出台', null, serial('2018-09-30')],
    ['end of year', '2019年底基本完成', null, serial('2019-12-31')],
    ['period end', '2018—2022年', null, serial('2022-12-31')],
    ['yearly: this cycle', '每年推进', serial('2019-06-15'), serial('2019-12-31')],
    ['yearly by month end', '每年6月底前', serial('2019-08-01'), serial('2020-06-30')],
    ['quarterly', '每季度', serial('2019-05-01'), serial('2019-06-30')],
    ['yearless', '6月底前', serial('2021-01-10'), serial('2021-06-30')],
    // milestones: the next unreached step, the last once all have passed
    ['milestones, before the first step', '2021年6月底前出台方案，12月底前完成', serial('2021-05-01'), serial('2021-06-30')],
    ['milestones, between the steps', '2021年6月底前出台方案，12月底前完成', serial('2021-07-01'), serial('2021-12-31')],
    ['milestones, all passed', '2021年6月底前出台方案，12月底前完成', serial('2022-03-01'), serial('2021-12-31')],
    ['monthly on the 25th, after it', '每月25日前', serial('2021-05-26'), serial('2021-06-25')],
    ['next year', '明年6月底前', serial('2021-05-01'), serial('2022-06-30')],
    ['date cell', serial('2019-01-01'), null, 43466],
    ['serial 59 is 1900-02-28', 59, null, 59],
    ['blank', '', null, ''],
    ['omitted', null, null, ''],
  ];
  it.each(rows)('%s', (_name, time, asOf, expected) => {
    expect(outcome(() => TASKDUE(time, asOf))).toBe(expected);
  });

  it('open schedules are #N/A with a message', () => {
    const r = outcome(() => TASKDUE('执行国家规定', null)) as { error: string; message: string };
    expect(r.error).toBe('#N/A');
    expect(r.message).toMatch(/长期/);
  });
  it('unreadable phrases are #VALUE! naming the phrase in Chinese', () => {
    const r = outcome(() => TASKDUE('尽快落实', null)) as { error: string; message: string };
    expect(r.error).toBe('#VALUE!');
    expect(r.message).toContain('尽快落实');
    expect(r.message).toMatch(/无法识别/);
  });
  it('serial 60 (the phantom 1900-02-29) is not a date', () => {
    expect((outcome(() => TASKDUE(60, null)) as { error: string }).error).toBe('#VALUE!');
  });
  it('a multi-cell range is #VALUE!', () => {
    expect((outcome(() => TASKDUE([['2019年底前'], ['2020年底前']], null)) as { error: string }).error).toBe('#VALUE!');
  });
});

describe('TASKLEAD', () => {
  const rows: Array<[unknown, string]> = [
    ['省发展改革委、省财政厅', '省发展改革委'],
    ['省财政厅、省发改委（牵头）', '省发展改革委'],
    ['牵头单位：省财政厅；配合单位：省审计厅', '省财政厅'],
    ['省人社厅、省财政厅', '省人力社保厅'],
    ['各市、县(市、区)政府，省财政厅', '各市、县(市、区)政府'],
    ['某某局、省财政厅', '某某局'],
    [[['省审计厅']], '省审计厅'],
    ['', ''],
    [null, ''],
  ];
  it.each(rows)('%p → %p', (units, expected) => {
    expect(outcome(() => TASKLEAD(units))).toBe(expected);
  });
  it('never throws anything but CustomFunctions.Error', () => {
    for (const v of [0, 12.5, true, '#N/A', { code: '#NUM!' }, [['a', 'b']], '、、、', '等']) {
      const r = outcome(() => TASKLEAD(v));
      expect(typeof r === 'string' || (typeof r === 'object' && r !== null && 'error' in r)).toBe(true);
    }
  });
});

describe('UNITWORKLOAD', () => {
  const ledger = [['省财政厅、省审计厅'], ['省审计厅（牵头）、省财政厅'], ['省财政厅'], [''], [null], ['#N/A']];
  const rows: Array<[string, unknown, unknown, unknown, unknown]> = [
    ['total', '省财政厅', ledger, null, 3],
    ['lead', '省财政厅', ledger, '牵头', 2],
    ['support', '省财政厅', ledger, '配合', 1],
    ['English role words', '省审计厅', ledger, 'lead', 1],
    ['全部', '省审计厅', ledger, '全部', 2],
    ['unit not named', '省统计局', ledger, null, 0],
    ['aliases count', '省人力社保厅', [['省人社厅'], ['省人力社保厅、省财政厅'], ['省财政厅、省人社保厅']], null, 3],
    ['asked by an alias', '省人社厅', [['省人社厅'], ['省人力社保厅、省财政厅']], null, 2],
    ['successor name counts the predecessor', '省司法厅', [['省法制办'], ['省财政厅、省司法厅']], null, 2],
    ['predecessor name counts under the plan name only', '省法制办', [['省法制办'], ['省财政厅、省司法厅']], null, 1],
    ['merged successor counts both predecessors', '省市场监管局', [['省质监局'], ['省工商局、省财政厅'], ['省市场监管局']], null, 3],
    ['two columns: lead, supporting', '省审计厅', [['省财政厅', '省审计厅、省统计局'], ['省审计厅', '']], 'support', 1],
    ['two columns: lead', '省审计厅', [['省财政厅', '省审计厅、省统计局'], ['省审计厅', '']], 'lead', 1],
    ['a single cell as the range', '省财政厅', '省财政厅', null, 1],
    ['a local unit', '某某县政府', [['某某县政府、省财政厅'], ['某某县政府']], null, 2],
    ['blank unit', '', ledger, null, ''],
  ];
  it.each(rows)('%s', (_name, unit, range, role, expected) => {
    expect(outcome(() => UNITWORKLOAD(unit, range as unknown[][], role))).toBe(expected);
  });

  it('reads a whole column with trailing blanks', () => {
    const column: unknown[][] = Array.from({ length: 1_048_576 }, () => ['']);
    column[0] = ['省财政厅'];
    column[1] = ['省审计厅、省财政厅'];
    expect(UNITWORKLOAD('省财政厅', column, null)).toBe(2);
  });

  it.each([
    ['an unknown role', ['省财政厅', ledger, 'boss'], '#VALUE!'],
    ['three columns', ['省财政厅', [['a', 'b', 'c'], ['d', 'e', 'f']], null], '#VALUE!'],
    ['a range as the unit', [[['省财政厅', '省审计厅']], ledger, null], '#VALUE!'],
    ['an error as the unit', ['#N/A', ledger, null], '#N/A'],
  ] as Array<[string, unknown[], string]>)('%s is an error', (_name, args, code) => {
    const r = outcome(() => (UNITWORKLOAD as (...a: unknown[]) => unknown)(...args)) as { error: string };
    expect(r.error).toBe(code);
  });
});

describe('WORKLOADTABLE', () => {
  const units = [['省财政厅、省审计厅'], ['省审计厅（牵头）、省财政厅'], ['省财政厅'], [''], ['省统计局']];
  const status = [['逾期'], ['进行中'], ['逾期'], [''], ['已完成']];

  it('spills a header and one row per unit, busiest first', () => {
    const t = WORKLOADTABLE(units, undefined as unknown as unknown[][]);
    expect(t[0]).toEqual(['单位', '牵头', '配合', '合计']);
    expect(t.slice(1)).toEqual([
      ['省财政厅', 2, 1, 3],
      ['省审计厅', 1, 1, 2],
      ['省统计局', 1, 0, 1],
    ]);
  });
  it('adds 逾期 from a status range, row for row', () => {
    const t = WORKLOADTABLE(units, status);
    expect(t[0]).toEqual(['单位', '牵头', '配合', '合计', '逾期']);
    const byUnit = new Map(t.slice(1).map((r) => [r[0], r[4]]));
    expect(byUnit.get('省财政厅')).toBe(2);
    expect(byUnit.get('省审计厅')).toBe(1);
    expect(byUnit.get('省统计局')).toBe(0);
  });
  it('optional status range arrives as null', () => {
    expect(WORKLOADTABLE(units, null as unknown as unknown[][])[0]).toHaveLength(4);
  });
  it('is rectangular and totals add up on the plan', () => {
    const t = WORKLOADTABLE(PLAN_2018.tasks.map((x) => [x.units]), null as unknown as unknown[][]);
    expect(new Set(t.map((r) => r.length))).toEqual(new Set([4]));
    const body = t.slice(1) as Array<[string, number, number, number]>;
    for (const [, lead, support, total] of body) expect(lead + support).toBe(total);
    expect(body.reduce((s, r) => s + r[1], 0)).toBe(PLAN_2018.tasks.length);
    for (let i = 1; i < body.length; i++) expect(body[i - 1][3]).toBeGreaterThanOrEqual(body[i][3]);
  });
  it('an empty range gives the header alone', () => {
    expect(WORKLOADTABLE([[''], [null]], null as unknown as unknown[][])).toEqual([['单位', '牵头', '配合', '合计']]);
  });
  it('status and units of different lengths are #VALUE!', () => {
    const r = outcome(() => WORKLOADTABLE(units, [['逾期']])) as { error: string; message: string };
    expect(r.error).toBe('#VALUE!');
    expect(r.message).toMatch(/行/);
  });
  it('errors inside the range name no unit', () => {
    const t = WORKLOADTABLE([['#N/A'], [{ code: '#VALUE!' }], ['省财政厅']] as unknown[][], null as unknown as unknown[][]);
    expect(t.slice(1)).toEqual([['省财政厅', 1, 0, 1]]);
  });
});

describe('every function, every argument type', () => {
  const kinds: unknown[] = [null, undefined, '', ' ', '省财政厅', '2019年底前', '牵头', 0, -1, 43466, 1e308, NaN, Infinity,
    true, false, '#N/A', '#REF!', { code: '#VALUE!' }, [['x']], [['省财政厅', '省审计厅']], [['a'], ['b']], [], [[]],
    new Date(Date.UTC(2019, 0, 1)), {}];
  const fns: Array<[string, (...a: unknown[]) => unknown, unknown[]]> = [
    ['TASKSTATUS', TASKSTATUS as (...a: unknown[]) => unknown, ['2019年底前', null, null, serial('2019-06-15'), null]],
    ['TASKDUE', TASKDUE as (...a: unknown[]) => unknown, ['2019年底前', null]],
    ['TASKLEAD', TASKLEAD as (...a: unknown[]) => unknown, ['省财政厅']],
    ['UNITWORKLOAD', UNITWORKLOAD as (...a: unknown[]) => unknown, ['省财政厅', [['省财政厅']], null]],
    ['WORKLOADTABLE', WORKLOADTABLE as (...a: unknown[]) => unknown, [[['省财政厅']], null]],
  ];
  it.each(fns)('%s answers with a value or a CustomFunctions.Error', (_name, fn, base) => {
    for (let pos = 0; pos < base.length; pos++) {
      for (const k of kinds) {
        const args = [...base];
        args[pos] = k;
        const r = outcome(() => fn(...args));
        const ok =
          typeof r === 'string' || typeof r === 'number' || Array.isArray(r) ||
          (typeof r === 'object' && r !== null && 'error' in r);
        expect(ok).toBe(true);
        if (typeof r === 'number') expect(Number.isFinite(r)).toBe(true);
      }
    }
  });

  it('WORKLOADTABLE reads whole columns with trailing blanks', () => {
    const n = 1_048_576;
    const units: unknown[][] = Array.from({ length: n }, () => ['']);
    const status: unknown[][] = Array.from({ length: n }, () => ['']);
    units[0] = ['省财政厅、省审计厅'];
    status[0] = ['逾期'];
    units[1] = ['省审计厅'];
    status[1] = ['进行中'];
    expect(WORKLOADTABLE(units, status)).toEqual([
      ['单位', '牵头', '配合', '合计', '逾期'],
      ['省审计厅', 1, 1, 2, 1],
      ['省财政厅', 1, 0, 1, 1],
    ]);
  });
});
