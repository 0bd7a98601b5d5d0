// The progress reader's phrase families (spec "Ledgers as other governments keep them": done when the
// sentence plainly says the whole task is finished; part when it says part of it, ongoing or not begun;
// anything else not done). Expected readings are written from the spec, phrase by phrase.
import { quantityOf, readProgress, shareOfNumber, statedShare } from '../../src/core/progress/read';

const asOf = '2023-09-30';
const read = (text: string, taskText = '建成社区食堂12个') => readProgress(text, { asOf, taskText });

describe('done: the whole task is finished', () => {
  test.each([
    ['已完成'],
    ['已完成。'],
    ['已全面完成'],
    ['全部完成'],
    ['已全部完成'],
    ['已办结'],
    ['已销号'],
    ['已通过验收'],
    ['已建成投用'],
    ['项目已竣工并投入使用'],
    ['该项工作已完成'],
    ['如期完成'],
  ])('%p', (text) => {
    expect(read(text).state).toBe('done');
  });

  test.each([
    ['已于2023年3月20日印发。', '2023-03-20'],
    ['已于3月20日印发', '2023-03-20'],
    ['于2023年6月底建成', '2023-06-30'],
    ['2023年5月已正式上线', '2023-05-31'],
    ['已于12月5日召开', '2022-12-05'], // a month-day later than the as-of date is of the year before
  ])('%p is done on %s', (text, date) => {
    expect(read(text)).toMatchObject({ state: 'done', date });
  });

  test('a document issued finishes a task that is to issue it', () => {
    expect(read('实施方案已出台', '制定老旧小区改造实施方案').state).toBe('done');
  });
});

describe('part: part of the task, ongoing, or not begun', () => {
  test.each([
    ['已完成8个，其余4个正在施工。'],
    ['已完成8个'],
    ['正在推进'],
    ['有序推进中'],
    ['尚未启动'],
    ['已开工建设'],
    ['前期工作已完成'],
    ['基本完成'],
    ['拟于10月底前完成'],
    ['完成年度目标的82%'],
    ['80%(新区实验幼儿园进度滞后)'],
    ['已进场施工,完成60%。'],
  ])('%p', (text) => {
    expect(read(text).state).toBe('part');
  });

  test('方案已出台 under a task that also asks for more is not done', () => {
    expect(read('方案已出台', '制定老旧小区改造方案并组织实施').state).toBe('part');
  });
});

describe('unknown: not a reading', () => {
  test.each([[''], ['见附件'], ['详见备注'], ['同上'], ['——']])('%p', (text) => {
    expect(read(text).state).toBe('unknown');
  });
});

describe('shares and quantities', () => {
  test.each([
    ['95%', 95],
    ['80%(新区实验幼儿园进度滞后)', 80],
    ['已进场施工,完成60%。', 60],
    ['完成年度目标的82%', 82],
    ['104%', 104],
    ['同比增长5.8%', null], // not the task's share
    ['运行率99.69%', null],
    ['完成基础施工30%以上，主体结构正在施工', null], // a part's share, not the task's
  ])('%p states %p', (text, share) => {
    expect(statedShare(text)).toBe(share);
  });

  test('a share of 100% or more is done', () => {
    expect(read('104%').state).toBe('done');
  });

  test.each([
    [0.8, 80],
    [1.04, 104],
    [80, 80],
  ])('a share column number %p is %p%%', (n, share) => {
    expect(shareOfNumber(n)).toBe(share);
  });

  test.each([
    ['7123人', { value: 7123, unit: '人' }],
    ['5家', { value: 5, unit: '家' }],
    ['已完成7123人', null],
  ])('quantity %p', (text, q) => {
    expect(quantityOf(text)).toEqual(q);
  });
});

describe('the object of a done sentence', () => {
  test.each([
    ['已全面完成改造任务并通过验收', 'done'],
    ['已完成年度目标任务', 'done'],
    ['已完成方案起草工作', 'part'],
    ['已完成项目招标', 'part'],
    ['已完成选址', 'part'],
  ])('%p: %s', (text, state) => {
    expect(read(text).state).toBe(state);
  });
});
