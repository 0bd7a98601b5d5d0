import {
  currentCycle,
  parseSchedule,
  parseScheduleUncached,
  scheduleDue,
  scheduleToJson,
} from '../../../src/core/schedule';
import type { Schedule } from '../../../src/core/types';

describe('memo', () => {
  test('cached and uncached parses agree', () => {
    for (const text of ['2018年9月底前出台', '每年推进', '6月底前', '执行国家规定', '尽快', '2018—2022年']) {
      expect(parseSchedule(text, { asOf: '2019-05-01' })).toEqual(parseScheduleUncached(text, { asOf: '2019-05-01' }));
    }
  });

  test('a yearless phrase is keyed on the as-of year too', () => {
    expect(parseSchedule('6月底前', { asOf: '2019-05-01' })).toEqual({ kind: 'deadline', due: '2019-06-30' });
    expect(parseSchedule('6月底前', { asOf: '2020-05-01' })).toEqual({ kind: 'deadline', due: '2020-06-30' });
    expect(parseSchedule('6月底前', { asOf: '2019-12-01' })).toEqual({ kind: 'deadline', due: '2019-06-30' });
    expect(parseSchedule('年内完成', { asOf: '2021-03-03' })).toEqual({ kind: 'deadline', due: '2021-12-31' });
    expect(parseSchedule('年内完成', { asOf: '2018-03-03' })).toEqual({ kind: 'deadline', due: '2018-12-31' });
  });

  test('a phrase with its own year ignores the as-of year', () => {
    expect(parseSchedule('2018年9月底前出台', { asOf: '2025-01-01' })).toEqual({ kind: 'deadline', due: '2018-09-30' });
  });

  test('without asOf, yearless phrases take today\'s year', () => {
    const year = new Date().getFullYear();
    expect(parseSchedule('年底前')).toEqual({ kind: 'deadline', due: `${year}-12-31` });
  });

  test('cached objects are frozen, so no caller can change another\'s schedule', () => {
    const s = parseSchedule('2019年底基本完成');
    expect(Object.isFrozen(s)).toBe(true);
    expect(parseSchedule('2019年底基本完成')).toBe(s);
  });
});

describe('plain numbers', () => {
  test('a whole number that reads as a year is that year', () => {
    expect(parseSchedule(2019)).toEqual({ kind: 'deadline', due: '2019-12-31' });
  });
  test('other numbers are serials', () => {
    expect(parseSchedule(43465)).toEqual({ kind: 'deadline', due: '2018-12-31' });
    expect(parseSchedule(43465.5)).toEqual({ kind: 'deadline', due: '2018-12-31' });
  });
});

const yearly = (due?: string): Schedule & { kind: 'recurring' } =>
  due ? { kind: 'recurring', every: 'year', due } : { kind: 'recurring', every: 'year' };

describe('currentCycle', () => {
  test.each([
    // yearly 12-31: the calendar year
    [yearly('12-31'), '2019-05-01', '2019-01-01', '2019-12-31'],
    [yearly(), '2019-01-01', '2019-01-01', '2019-12-31'],
    [yearly('12-31'), '2019-12-31', '2019-01-01', '2019-12-31'],
    // yearly 06-30: 07-01..06-30
    [yearly('06-30'), '2019-05-01', '2018-07-01', '2019-06-30'],
    [yearly('06-30'), '2019-06-30', '2018-07-01', '2019-06-30'],
    [yearly('06-30'), '2019-07-01', '2019-07-01', '2020-06-30'],
    // yearly 02-28 in a leap year still ends on 02-28
    [yearly('02-28'), '2020-02-29', '2020-02-29', '2021-02-28'],
    [{ kind: 'recurring', every: 'quarter' }, '2019-05-01', '2019-04-01', '2019-06-30'],
    [{ kind: 'recurring', every: 'quarter' }, '2019-12-31', '2019-10-01', '2019-12-31'],
    [{ kind: 'recurring', every: 'quarter' }, '2019-01-01', '2019-01-01', '2019-03-31'],
    [{ kind: 'recurring', every: 'half-year' }, '2019-06-30', '2019-01-01', '2019-06-30'],
    [{ kind: 'recurring', every: 'half-year' }, '2019-07-01', '2019-07-01', '2019-12-31'],
    [{ kind: 'recurring', every: 'month' }, '2019-02-10', '2019-02-01', '2019-02-28'],
    [{ kind: 'recurring', every: 'month' }, '2020-02-10', '2020-02-01', '2020-02-29'],
  ] as Array<[Schedule & { kind: 'recurring' }, string, string, string]>)(
    '%o at %s -> %s..%s',
    (s, asOf, start, end) => {
      expect(currentCycle(s, asOf)).toEqual({ start, end });
    },
  );

  test('after until, the last cycle is judged', () => {
    const s = parseSchedule('2018—2020年每年开展') as Schedule & { kind: 'recurring' };
    expect(currentCycle(s, '2022-03-01')).toEqual({ start: '2020-01-01', end: '2020-12-31' });
  });
});

describe('scheduleDue', () => {
  test.each([
    [{ kind: 'deadline', due: '2018-09-30' }, '2019-01-01', '2018-09-30'],
    [{ kind: 'period', start: '2018-01-01', end: '2022-12-31' }, '2019-01-01', '2022-12-31'],
    [yearly('06-30'), '2019-08-01', '2020-06-30'],
    [{ kind: 'recurring', every: 'quarter' }, '2019-08-01', '2019-09-30'],
    [{ kind: 'open' }, '2019-08-01', null],
    [{ kind: 'unknown' }, '2019-08-01', null],
  ] as Array<[Schedule, string, string | null]>)('%o at %s -> %s', (s, asOf, due) => {
    expect(scheduleDue(s, asOf)).toBe(due);
  });
});

describe('scheduleToJson: the spec\'s command-line form', () => {
  test.each([
    ['2018年9月底前出台', { kind: 'deadline', due: '2018-09-30' }],
    ['2018—2022年', { kind: 'period', start: '2018-01-01', end: '2022-12-31' }],
    ['每年推进', { kind: 'recurring', every: 'year', due: '12-31' }],
    ['每季度', { kind: 'recurring', every: 'quarter' }],
    ['执行国家规定', { kind: 'open' }],
    ['尽快', { kind: 'unknown' }],
  ])('%p', (text, json) => {
    expect(JSON.parse(JSON.stringify(scheduleToJson(parseSchedule(text))))).toEqual(json);
  });
});
