import { parseSchedule, scheduleToJson } from '../../../src/core/schedule';

const asOf = '2019-05-01';

describe('recurring', () => {
  test.each([
    // yearly, due 12-31 unless a month is named
    ['每年推进', 'year', '12-31'],
    ['每年开展', 'year', '12-31'],
    ['每年一次', 'year', '12-31'],
    ['逐年推进', 'year', '12-31'],
    ['每年编制', 'year', '12-31'],
    ['年度', 'year', '12-31'],
    ['按年度推进', 'year', '12-31'],
    ['每年度开展', 'year', '12-31'],
    ['年年开展', 'year', '12-31'],
    ['每一年更新', 'year', '12-31'],
    ['每年持续推进', 'year', '12-31'],
    ['每年12月底清理', 'year', '12-31'],
    ['每年6月底前', 'year', '06-30'],
    ['每年六月底前完成', 'year', '06-30'],
    ['每年3月', 'year', '03-31'],
    ['每年2月底', 'year', '02-28'],
    ['每年6月30日前报送', 'year', '06-30'],
    ['每年上半年', 'year', '06-30'],
    ['每年一季度', 'year', '03-31'],
    ['每年第三季度末', 'year', '09-30'],
    ['每年年底前', 'year', '12-31'],
    ['每年年初', 'year', '01-31'],
    ['每年11月上旬', 'year', '11-10'],
    ['每年3月底前报送上年度情况', 'year', '03-31'],
  ])('%p -> every %s due %s', (text, every, due) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'recurring', every, due });
  });

  test.each([
    ['每季度', 'quarter'],
    ['每季度末', 'quarter'],
    ['按季度报送', 'quarter'],
    ['每个季度', 'quarter'],
    ['每季', 'quarter'],
    ['每半年', 'half-year'],
    ['每半年一次', 'half-year'],
    ['半年度', 'half-year'],
    ['每月', 'month'],
    ['每月底前', 'month'],
    ['按月报送', 'month'],
    ['月度', 'month'],
  ])('%p -> every %s', (text, every) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'recurring', every });
  });

  test('bounds in front are kept as from/until', () => {
    expect(scheduleToJson(parseSchedule('2018年起每年开展', { asOf }))).toEqual({
      kind: 'recurring',
      every: 'year',
      due: '12-31',
      from: '2018-01-01',
    });
    expect(scheduleToJson(parseSchedule('2018—2022年每年开展', { asOf }))).toEqual({
      kind: 'recurring',
      every: 'year',
      due: '12-31',
      from: '2018-01-01',
      until: '2022-12-31',
    });
    expect(scheduleToJson(parseSchedule('自2019年7月起每季度', { asOf }))).toEqual({
      kind: 'recurring',
      every: 'quarter',
      from: '2019-07-01',
    });
  });

  test.each([
    ['每年13月', 'no month 13'],
    ['每年2月30日', 'no 30 February'],
    ['每年6月和12月', 'two dues a year'],
    ['每两年', 'every two years'],
    ['每年2018年底', 'a year after 每年'],
    ['每周', 'weekly is not a ledger cycle'],
  ])('%p (%s) -> unknown', (text) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'unknown' });
  });
});
