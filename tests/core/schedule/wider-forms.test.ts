// The forms other plans write (issue #8, spec "Time requirements"): words and subjects before the
// date, work after it, relative years, recurring forms with a due day or a count, milestones.
// Expected answers are written from the spec's rules; every family has explicit non-matches.
import { currentCycle, currentStep, parseSchedule, scheduleDue, scheduleToJson } from '../../../src/core/schedule';
import { statusAt } from '../../../src/core/status';
import type { Schedule } from '../../../src/core/types';

const asOf = '2021-05-01'; // yearless and relative phrases take 2021 (明年: 2022)
const json = (text: string, at = asOf) => JSON.parse(JSON.stringify(scheduleToJson(parseSchedule(text, { asOf: at }))));
const deadline = (due: string) => ({ kind: 'deadline', due });
const UNKNOWN = { kind: 'unknown' };

describe('family 1: leading words and subjects do not move the date', () => {
  test.each([
    ['原则上于2019年6月底前完成', '2019-06-30'],
    ['原则上2019年底前完成', '2019-12-31'],
    ['要在2020年底前完成', '2020-12-31'],
    ['将于2021年6月底前出台', '2021-06-30'],
    ['确保2021年底前完成', '2021-12-31'],
    ['争取2022年6月底前建成', '2022-06-30'],
    ['计划2021年10月底前完成', '2021-10-31'],
    ['预计2022年3月底前完工', '2022-03-31'],
    ['该项工作于2020年9月底前完成', '2020-09-30'],
    ['以上工作要在2021年3月底前完成', '2021-03-31'],
    ['上述工作须于2021年11月30日前完成', '2021-11-30'],
    ['要求2019年底前完成', '2019-12-31'],
    ['各县(市、区)于2020年3月底前完成', '2020-03-31'],
    ['各县（市、区）要于2020年3月底前完成', '2020-03-31'],
    ['市财政局将于2021年6月底前完成', '2021-06-30'],
    ['各地要在2021年底前全面完成', '2021-12-31'],
  ])('%p -> %s', (text, due) => {
    expect(json(text)).toEqual(deadline(due));
  });

  test('a subject before a recurring phrase is dropped too', () => {
    expect(json('各成员单位应于每年1月10日前报送')).toEqual({ kind: 'recurring', every: 'year', due: '01-10' });
  });

  test.each([
    ['试点2018年底前完成', 'no particle between the words and the date'],
    ['2019年底前完成后于2020年推广', 'two dates without a milestones joiner'],
    ['每年于6月底前', 'never a subject that is itself a time word'],
    ['原则上尽快完成', 'leading words before no date'],
  ])('%p (%s) -> unknown', (text) => {
    expect(json(text)).toEqual(UNKNOWN);
  });
});

describe('family 2: text after the date is the work, not the time', () => {
  test.each([
    ['2021年6月底前，出台实施细则', '2021-06-30'],
    ['2021年6月底前完成全部验收工作', '2021-06-30'],
    ['2022年底完成90%以上', '2022-12-31'],
    ['2022年底前建成10个以上', '2022-12-31'],
    ['2021年底前新增5000户', '2021-12-31'],
    ['2021年底前完成《2021—2025年规划》编制', '2021-12-31'],
    ['2021年10月底前：形成初步方案。', '2021-10-31'],
    ['2022年底完成90%左右', '2022-12-31'], // 左右 is about the quantity, not the date
    ['2023年底前完成总工程量的50%', '2023-12-31'],
    ['2023年9月底前（视上级部署调整）', '2023-09-30'],
    ['10月中下旬', '2021-10-31'],
    ['2023年11月上中旬', '2023-11-20'],
  ])('%p -> %s', (text, due) => {
    expect(json(text)).toEqual(deadline(due));
  });

  test.each([
    ['2021年6月底前完成，持续推进', 'a deadline mixed with ongoing work'],
    ['2021年6月左右', 'about a month'],
    ['2021年底前完成后3个月内验收', 'a relative span after the date'],
    ['2021年底前完成80%，2022年6月左右全部完成', 'a second date that is only about'],
  ])('%p (%s) -> unknown', (text) => {
    expect(json(text)).toEqual(UNKNOWN);
  });
});

describe('family 3: relative years', () => {
  test.each([
    ['今年6月底前', '2021-06-30'],
    ['本年度内', '2021-12-31'],
    ['当年完成', '2021-12-31'],
    ['年内完成', '2021-12-31'],
    ['明年6月底前', '2022-06-30'],
    ['明年底前完成', '2022-12-31'],
    ['次年3月底前', '2022-03-31'],
    ['力争明年上半年完成', '2022-06-30'],
  ])('%p at %s', (text, due) => {
    expect(json(text)).toEqual(deadline(due));
  });

  test('relative years follow the as-of date, not the day the phrase was first read', () => {
    expect(json('明年底前', '2030-01-01')).toEqual(deadline('2031-12-31'));
    expect(json('明年底前', '2021-05-01')).toEqual(deadline('2022-12-31'));
  });

  test.each([['三年内'], ['近期'], ['尽快'], ['两年内完成'], ['近两年'], ['后年']])('%p has no anchor -> unknown', (text) => {
    expect(json(text)).toEqual(UNKNOWN);
  });
});

describe('family 4: recurring with a due day or a count', () => {
  test.each([
    ['每月25日前', { kind: 'recurring', every: 'month', day: 25 }],
    ['每月10日前报送', { kind: 'recurring', every: 'month', day: 10 }],
    ['每月的5号前', { kind: 'recurring', every: 'month', day: 5 }],
    ['每季度末月20日前', { kind: 'recurring', every: 'quarter', day: 20 }],
    ['每季度最后一个月的25日前', { kind: 'recurring', every: 'quarter', day: 25 }],
    ['每年3月10日前', { kind: 'recurring', every: 'year', due: '03-10' }],
    ['每半年报送一次', { kind: 'recurring', every: 'half-year' }],
    ['每半年', { kind: 'recurring', every: 'half-year' }],
    ['每年召开两次', { kind: 'recurring', every: 'half-year' }],
    ['每年至少召开2次', { kind: 'recurring', every: 'half-year' }],
    ['每年召开一次', { kind: 'recurring', every: 'year', due: '12-31' }],
    ['每年开展4次', { kind: 'recurring', every: 'quarter' }],
    ['2021年起，每年6月底前', { kind: 'recurring', every: 'year', due: '06-30', from: '2021-01-01' }],
    ['每月5日前报送上月进展', { kind: 'recurring', every: 'month', day: 5 }],
    ['每季度末报送本季度情况', { kind: 'recurring', every: 'quarter' }],
  ])('%p', (text, expected) => {
    expect(json(text)).toEqual(expected);
  });

  test.each([
    ['每月32日前', 'no 32nd'],
    ['每月0日前', 'no day 0'],
    ['每年3次', 'three times a year is no cycle'],
    ['每季度结束后10日内', 'after the cycle: not a due day'],
    ['每两个月', 'every two months'],
    ['每季度首月5日前报送上季度情况', 'due in the next quarter: not the spec\'s day of the last month'],
    ['每周', 'weekly is not a ledger cycle'],
  ])('%p (%s) -> unknown', (text) => {
    expect(json(text)).toEqual(UNKNOWN);
  });

  const monthly25 = { kind: 'recurring', every: 'month', day: 25 } as Schedule & { kind: 'recurring' };
  const quarterly20 = { kind: 'recurring', every: 'quarter', day: 20 } as Schedule & { kind: 'recurring' };
  test.each([
    // monthly on the 25th: from the 26th of the month before to the 25th
    [monthly25, '2021-05-01', '2021-04-26', '2021-05-25'],
    [monthly25, '2021-05-25', '2021-04-26', '2021-05-25'],
    [monthly25, '2021-05-26', '2021-05-26', '2021-06-25'],
    [monthly25, '2021-12-30', '2021-12-26', '2022-01-25'],
    [monthly25, '2021-01-10', '2020-12-26', '2021-01-25'],
    // quarterly on the 20th of the quarter's last month: 03-20, 06-20, 09-20, 12-20
    [quarterly20, '2021-05-01', '2021-03-21', '2021-06-20'],
    [quarterly20, '2021-06-21', '2021-06-21', '2021-09-20'],
    [quarterly20, '2021-12-25', '2021-12-21', '2022-03-20'],
    [quarterly20, '2021-01-05', '2020-12-21', '2021-03-20'],
  ])('cycle of %o at %s: %s..%s', (s, at, start, end) => {
    expect(currentCycle(s, at)).toEqual({ start, end });
  });

  test('每月31日前 is due on the last day of a shorter month', () => {
    const s = parseSchedule('每月31日前', { asOf });
    expect(scheduleDue(s, '2021-02-10')).toBe('2021-02-28');
  });
});

describe('family 5: milestones', () => {
  test.each([
    ['2021年6月底前出台方案，12月底前完成', ['2021-06-30', '2021-12-31']],
    ['2021年9月底前完成试点，2022年底前全面推开', ['2021-09-30', '2022-12-31']],
    ['2021年6月底前出台方案并于12月底前完成', ['2021-06-30', '2021-12-31']],
    ['2021年3月底前制定方案；6月底前启动建设；11月底前建成投用', ['2021-03-31', '2021-06-30', '2021-11-30']],
    ['今年6月底前出台方案，年底前完成', ['2021-06-30', '2021-12-31']],
    ['2018年底前完成，2019年推广', ['2018-12-31', '2019-12-31']],
    ['2018年6月30日前完成，2018年12月31日前验收', ['2018-06-30', '2018-12-31']],
    ['市住建局于2021年6月底前出台方案，年底前完成改造，报市政府备案', ['2021-06-30', '2021-12-31']],
  ])('%p', (text, steps) => {
    expect(json(text)).toEqual({ kind: 'milestones', steps });
  });

  test.each([
    ['2021年12月底前出台方案，6月底前完成', 'steps run backwards'],
    ['2021年6月底前出台方案，6月底前完成', 'two steps on one day'],
    ['2021年6月底前出台方案，13月底前完成', 'no month 13'],
    ['2019年6月底前和2020年底前', '和 is not a milestones joiner'],
    ['2021年6月底前出台方案，持续推进', 'the second part is ongoing work'],
    ['完成《方案》编制，2021年底前', 'the first part has no date'],
  ])('%p (%s) -> unknown', (text) => {
    expect(json(text)).toEqual(UNKNOWN);
  });

  test('a start year then a deadline stays a period', () => {
    expect(json('2018年启动，2020年底前完成')).toEqual({ kind: 'period', start: '2018-01-01', end: '2020-12-31' });
    expect(json('2021年启动试点，2022年底前完成')).toEqual({ kind: 'period', start: '2021-01-01', end: '2022-12-31' });
  });

  const two = parseSchedule('2021年6月底前出台方案，12月底前完成', { asOf }) as Schedule & { kind: 'milestones' };
  test.each([
    ['2021-05-01', '2021-06-30'],
    ['2021-06-30', '2021-06-30'],
    ['2021-07-01', '2021-12-31'],
    ['2022-03-01', '2021-12-31'],
  ])('at %s the current step is %s (also scheduleDue)', (at, step) => {
    expect(currentStep(two, at)).toBe(step);
    expect(scheduleDue(two, at)).toBe(step);
  });

  test.each([
    // [as-of, completion cells, status]: judged as a deadline on the current step
    ['2021-05-01', {}, '进行中'],
    ['2021-06-15', {}, '临期'], // near the first step
    ['2021-07-15', {}, '进行中'], // the first step passed: not 逾期 before the last
    ['2021-12-10', {}, '临期'],
    ['2022-01-05', {}, '逾期'], // after the last step
    ['2022-01-05', { done: '已完成', date: '2021-11-20' }, '已完成'],
    ['2022-01-05', { done: '已完成', date: '2021-08-01' }, '已完成'], // after step 1, before the last: on time
    ['2022-02-05', { done: '已完成', date: '2022-01-10' }, '逾期完成'],
  ])('status at %s with %o: %s', (at, completion, status) => {
    expect(statusAt(two, completion, at).status).toBe(status);
  });
});
