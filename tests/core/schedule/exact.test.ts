import { parseSchedule } from '../../../src/core/schedule';

const asOf = '2019-05-01';

describe('exact dates: a day, with or without 前 and a verb', () => {
  test.each([
    ['2018年6月30日', '2018-06-30'],
    ['2018年6月30日前', '2018-06-30'],
    ['2018年6月30日以前完成', '2018-06-30'],
    ['2018年6月30号之前出台', '2018-06-30'],
    ['2018-06-30', '2018-06-30'],
    ['2018/6/30', '2018-06-30'],
    ['2018.6.30', '2018-06-30'],
    ['2018.6.30前完成', '2018-06-30'],
    ['二〇一八年六月三十日前', '2018-06-30'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['２０１８年６月３０日前', '2018-06-30'],
    [' 2018 年 6 月 30 日前 完成。', '2018-06-30'],
    ['力争于2018年10月1日前完成', '2018-10-01'],
    ['6月30日前', '2019-06-30'], // no year: the as-of year
    ['2020年2月29日前', '2020-02-29'],
  ])('%p -> deadline %s', (text, due) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'deadline', due });
  });

  test.each([
    ['2019年2月30日前', 'no 30 February'],
    ['2019年2月29日前', 'not a leap year'],
    ['2018年6月31日', 'June has 30 days'],
    ['2018-13-01', 'no month 13'],
    ['2018年6月30日以后', 'after, not by'],
    ['2018年6月30日左右', 'about: not a due date'],
  ])('%p (%s) -> unknown', (text) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'unknown' });
  });

  test('an Excel serial number or a Date is a deadline on that day', () => {
    expect(parseSchedule(43281)).toEqual({ kind: 'deadline', due: '2018-06-30' });
    expect(parseSchedule(new Date(Date.UTC(2019, 11, 31)))).toEqual({ kind: 'deadline', due: '2019-12-31' });
  });

  test.each([[60], [0], [-5], [3e6], [true], [false], [null], [undefined], [''], [new Date('x')]])(
    'junk %p -> unknown',
    (v) => {
      expect(parseSchedule(v as never)).toEqual({ kind: 'unknown' });
    },
  );
});
