import { parseSchedule } from '../../src/core/schedule';
import { statusAt } from '../../src/core/status';
import { isDoneMark } from '../../src/core/progress/marks';
import { STATUS, type CellValue, type Schedule } from '../../src/core/types';

describe('isDoneMark', () => {
  test.each([
    ['已完成'],
    ['完成'],
    ['是'],
    ['√'],
    ['✓'],
    ['✔'],
    ['✔️'],
    ['Y'],
    ['y'],
    ['yes'],
    ['YES'],
    ['Yes'],
    ['TRUE'],
    ['true'],
    ['1'],
    ['100%'],
    ['１００％'],
    [' 已完成 '],
    ['已完成。'],
    ['\n完成\n'],
    ['Ｙ'],
    [true],
    [1],
  ] as Array<[CellValue]>)('%p is done', (v) => {
    expect(isDoneMark(v)).toBe(true);
  });

  test.each([
    ['未完成'],
    ['完成中'],
    ['基本完成'],
    ['推进中'],
    ['否'],
    ['N'],
    ['no'],
    ['FALSE'],
    ['0'],
    ['50%'],
    ['100'],
    ['是否完成'],
    ['×'],
    [''],
    ['   '],
    [false],
    [0],
    [0.5],
    [100],
    [null],
    [undefined],
    [new Date(Date.UTC(2018, 5, 30))],
  ] as Array<[CellValue]>)('%p is not done', (v) => {
    expect(isDoneMark(v)).toBe(false);
  });
});

const deadline = (due: string): Schedule => ({ kind: 'deadline', due });
const period = (start: string, end: string): Schedule => ({ kind: 'period', start, end });
const yearly = (due = '12-31'): Schedule => ({ kind: 'recurring', every: 'year', due });

describe('statusAt: every label, in the spec\'s order', () => {
  test.each([
    // 1. unknown, even when marked done
    [{ kind: 'unknown' }, {}, '2019-05-01', 'unknown', null],
    [{ kind: 'unknown' }, { done: '已完成' }, '2019-05-01', 'unknown', null],
    // 2. done: on time, late, no date, no due date
    [deadline('2018-09-30'), { done: '已完成', date: '2018-09-01' }, '2019-05-01', 'done', '2018-09-30'],
    [deadline('2018-09-30'), { done: '已完成', date: '2018-09-30' }, '2019-05-01', 'done', '2018-09-30'],
    [deadline('2018-09-30'), { done: '已完成', date: '2018-10-01' }, '2019-05-01', 'doneLate', '2018-09-30'],
    [deadline('2018-09-30'), { done: '是' }, '2019-05-01', 'done', '2018-09-30'],
    [{ kind: 'open' }, { done: '√' }, '2019-05-01', 'done', null],
    [period('2018-01-01', '2020-12-31'), { done: 'Y', date: '2021-01-15' }, '2021-02-01', 'doneLate', '2020-12-31'],
    // 3. open
    [{ kind: 'open' }, {}, '2019-05-01', 'open', null],
    [{ kind: 'open' }, { done: '未完成' }, '2019-05-01', 'open', null],
    // 4. a period that has not started
    [period('2020-01-01', '2022-12-31'), {}, '2019-05-01', 'notStarted', '2022-12-31'],
    [period('2019-05-02', '2019-05-20'), {}, '2019-05-01', 'notStarted', '2019-05-20'],
    // 5. overdue
    [deadline('2018-09-30'), {}, '2019-05-01', 'overdue', '2018-09-30'],
    [deadline('2019-04-30'), { done: '未完成' }, '2019-05-01', 'overdue', '2019-04-30'],
    [period('2018-01-01', '2018-12-31'), {}, '2019-01-01', 'overdue', '2018-12-31'],
    // 6. due soon, boundaries: due == asOf, due - asOf == warnDays
    [deadline('2019-05-01'), {}, '2019-05-01', 'dueSoon', '2019-05-01'],
    [deadline('2019-05-31'), {}, '2019-05-01', 'dueSoon', '2019-05-31'],
    [period('2019-01-01', '2019-05-31'), {}, '2019-05-01', 'dueSoon', '2019-05-31'],
    // 7. in progress: one day beyond the window
    [deadline('2019-06-01'), {}, '2019-05-01', 'inProgress', '2019-06-01'],
    [period('2018-01-01', '2022-12-31'), {}, '2019-05-01', 'inProgress', '2022-12-31'],
    [period('2019-05-01', '2022-12-31'), {}, '2019-05-01', 'inProgress', '2022-12-31'],
  ] as Array<[Schedule, { done?: CellValue; date?: CellValue }, string, keyof typeof STATUS, string | null]>)(
    '%o %o at %s -> %s',
    (s, completion, asOf, key, due) => {
      const r = statusAt(s, completion, asOf);
      expect(r.key).toBe(key);
      expect(r.status).toBe(STATUS[key]);
      expect(r.due).toBe(due);
    },
  );

  test('the warning window is a parameter', () => {
    expect(statusAt(deadline('2019-05-08'), {}, '2019-05-01', 7).key).toBe('dueSoon');
    expect(statusAt(deadline('2019-05-09'), {}, '2019-05-01', 7).key).toBe('inProgress');
    expect(statusAt(deadline('2019-05-01'), {}, '2019-05-01', 0).key).toBe('dueSoon');
    expect(statusAt(deadline('2019-05-02'), {}, '2019-05-01', 0).key).toBe('inProgress');
  });
});

describe('statusAt: completion dates', () => {
  test.each([
    ['a serial', 43373], // 2018-09-30
    ['a Date', new Date(Date.UTC(2018, 8, 30))],
    ['ISO text', '2018-09-30'],
    ['Chinese text', '2018年9月30日'],
    ['dotted text', '2018.9.30'],
  ] as Array<[string, CellValue]>)('a completion date as %s', (_label, date) => {
    const r = statusAt(deadline('2018-09-30'), { done: '已完成', date }, '2019-05-01');
    expect(r.key).toBe('done');
    expect(r.completedOn).toBe('2018-09-30');
  });

  test('a completion date alone (完成情况 blank) on or before asOf means done', () => {
    expect(statusAt(deadline('2018-09-30'), { date: '2018-09-15' }, '2019-05-01').key).toBe('done');
    expect(statusAt(deadline('2018-09-30'), { done: '', date: '2018-10-15' }, '2019-05-01').key).toBe('doneLate');
    expect(statusAt(deadline('2019-09-30'), { date: '2019-05-01' }, '2019-05-01').key).toBe('done');
  });

  test('a completion date after asOf is not done yet (and not late)', () => {
    const r = statusAt(deadline('2019-09-30'), { date: '2019-06-01' }, '2019-05-01');
    expect(r.key).toBe('inProgress');
    expect(r.completedOn).toBe('2019-06-01');
    // with a done mark the mark decides; the future date does not make it late
    expect(statusAt(deadline('2019-04-30'), { done: '已完成', date: '2019-06-01' }, '2019-05-01').key).toBe('done');
  });

  test('an explicit other mark overrides a completion date', () => {
    expect(statusAt(deadline('2018-09-30'), { done: '未完成', date: '2018-09-15' }, '2019-05-01').key).toBe('overdue');
  });

  test('an unreadable completion date leaves the mark to decide', () => {
    const r = statusAt(deadline('2018-09-30'), { done: '已完成', date: '九月份' }, '2019-05-01');
    expect(r.key).toBe('done');
    expect(r.completedOn).toBeNull();
    expect(statusAt(deadline('2018-09-30'), { date: '九月份' }, '2019-05-01').key).toBe('overdue');
  });
});

describe('statusAt: recurring cycles', () => {
  test('yearly 12-31: the calendar year is the cycle', () => {
    const s = yearly();
    expect(statusAt(s, {}, '2019-05-01')).toMatchObject({ key: 'inProgress', due: '2019-12-31' });
    expect(statusAt(s, {}, '2019-12-01')).toMatchObject({ key: 'dueSoon', due: '2019-12-31' });
    expect(statusAt(s, {}, '2019-12-31')).toMatchObject({ key: 'dueSoon', due: '2019-12-31' });
    expect(statusAt(s, {}, '2020-01-01')).toMatchObject({ key: 'inProgress', due: '2020-12-31' });
  });

  test('a completion date counts for the cycle it falls in', () => {
    const s = yearly();
    expect(statusAt(s, { done: '已完成', date: '2019-03-01' }, '2019-05-01').key).toBe('done');
    expect(statusAt(s, { date: '2019-03-01' }, '2019-05-01').key).toBe('done');
    // last year's completion does not cover this year
    expect(statusAt(s, { done: '已完成', date: '2018-12-20' }, '2019-05-01').key).toBe('inProgress');
    expect(statusAt(s, { done: '已完成', date: '2018-12-20' }, '2019-12-20').key).toBe('dueSoon');
  });

  test('a done mark without a date counts for the current cycle', () => {
    expect(statusAt(yearly(), { done: '完成' }, '2019-05-01')).toMatchObject({ key: 'done', due: '2019-12-31' });
  });

  test('yearly 06-30: the cycle runs 07-01..06-30', () => {
    const s = yearly('06-30');
    expect(statusAt(s, {}, '2019-06-15')).toMatchObject({ key: 'dueSoon', due: '2019-06-30' });
    expect(statusAt(s, {}, '2019-07-01')).toMatchObject({ key: 'inProgress', due: '2020-06-30' });
    expect(statusAt(s, { date: '2018-07-01' }, '2019-06-15').key).toBe('done');
    expect(statusAt(s, { date: '2018-06-30' }, '2019-06-15').key).toBe('dueSoon');
  });

  test('quarterly, half-yearly and monthly cycles', () => {
    const q: Schedule = { kind: 'recurring', every: 'quarter' };
    expect(statusAt(q, {}, '2019-05-01')).toMatchObject({ key: 'inProgress', due: '2019-06-30' });
    expect(statusAt(q, {}, '2019-06-01')).toMatchObject({ key: 'dueSoon', due: '2019-06-30' });
    expect(statusAt(q, { date: '2019-04-02' }, '2019-06-01').key).toBe('done');
    expect(statusAt(q, { date: '2019-03-31' }, '2019-06-01').key).toBe('dueSoon');
    const h: Schedule = { kind: 'recurring', every: 'half-year' };
    expect(statusAt(h, {}, '2019-08-01')).toMatchObject({ key: 'inProgress', due: '2019-12-31' });
    const m: Schedule = { kind: 'recurring', every: 'month' };
    expect(statusAt(m, {}, '2019-02-01')).toMatchObject({ key: 'dueSoon', due: '2019-02-28' });
    expect(statusAt(m, { done: '√', date: '2019-01-31' }, '2019-02-01').key).toBe('dueSoon');
  });

  test('bounded recurring: not started before from, last cycle after until', () => {
    const s = parseSchedule('2020—2021年每年开展');
    expect(statusAt(s, {}, '2019-05-01')).toMatchObject({ key: 'notStarted', due: '2020-12-31' });
    expect(statusAt(s, {}, '2022-03-01')).toMatchObject({ key: 'overdue', due: '2021-12-31' });
    expect(statusAt(s, { date: '2021-06-01' }, '2022-03-01').key).toBe('done');
  });
});

describe('statusAt on parsed plan phrases', () => {
  test.each([
    ['2018年9月底前出台', '2018-09-15', 'dueSoon'],
    ['2018年9月底前出台', '2018-10-01', 'overdue'],
    ['2018—2022年', '2017-12-31', 'notStarted'],
    ['2018—2022年', '2020-06-30', 'inProgress'],
    ['执行国家规定', '2020-06-30', 'open'],
    ['每年推进', '2020-12-31', 'dueSoon'],
    ['尽快', '2020-06-30', 'unknown'],
  ])('%p at %s -> %s', (text, asOf, key) => {
    expect(statusAt(parseSchedule(text, { asOf }), {}, asOf).key).toBe(key);
  });
});
