import { parseSchedule, scheduleToJson } from '../../../src/core/schedule';

const asOf = '2019-05-01';

describe('open: per regulations, as needed, ongoing', () => {
  test.each([
    '执行党中央和省委规定',
    '执行国家规定',
    '按国家规定执行',
    '按照省委省政府部署',
    '根据省政府统一部署推进',
    '依照法律规定',
    '按要求完成',
    '根据实际需要制订',
    '根据需要',
    '根据工作需要适时开展',
    '适时完成',
    '视情开展',
    '按需开展',
    '长期',
    '长期坚持',
    '持续推进',
    '常态化推进',
    '常态化',
    '全年',
    '常年开展',
    '定期开展',
    '不定期',
    '动态调整',
    '“长期坚持”',
    '一以贯之',
  ])('%p -> open', (text) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'open' });
  });

  test('bounded open phrases keep their start', () => {
    expect(scheduleToJson(parseSchedule('2018年起长期坚持', { asOf }))).toEqual({ kind: 'open', from: '2018-01-01' });
    expect(scheduleToJson(parseSchedule('自2019年7月1日起施行', { asOf }))).toEqual({ kind: 'open', from: '2019-07-01' });
    expect(scheduleToJson(parseSchedule('2018年起', { asOf }))).toEqual({ kind: 'open', from: '2018-01-01' });
  });

  test.each([
    ['尽快', 'urgent, undated'],
    ['尽快完成', 'urgent, undated'],
    ['及时完成', 'urgent, undated'],
    ['立即整改', 'urgent, undated'],
    ['待定', 'not decided'],
    ['根据2018年规定', 'carries a date'],
    ['持续推进，2019年底前完成', 'carries a date'],
    ['长期坚持，每年开展', 'mixed'],
    ['完成', 'a verb alone'],
    ['随便写写', 'random text'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['2018年起尽快完成', 'urgent after a start'],
  ])('%p (%s) -> unknown', (text) => {
    expect(parseSchedule(text, { asOf })).toEqual({ kind: 'unknown' });
  });

  test('open words never swallow a dated phrase', () => {
    expect(parseSchedule('2019年底前持续推进', { asOf }).kind).not.toBe('open');
    expect(parseSchedule('每年持续推进', { asOf }).kind).toBe('recurring');
    expect(parseSchedule('2018—2022年持续推进', { asOf }).kind).toBe('period');
  });
});
