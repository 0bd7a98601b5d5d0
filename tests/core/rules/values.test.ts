// Rules on cell values: time-unparsed, unit-unknown, unit-alias, and the status rules.
import { parsePlan } from '../../../src/core/plan';
import { findings, run, SheetCase, utcDate } from './helpers';
import type { CellValue } from '../../../src/core/types';
import { UnitDirectory } from '../../../src/core/units';

type Case = [string, SheetCase, string[]];
const noPlan = { plan: null };

describe('time-unparsed', () => {
  test.each<[CellValue, string[]]>([
    ['每年推进', []],
    ['2019年6月底前完成', []],
    ['2018—2022年', []],
    ['执行国家规定', []],
    [utcDate(2019, 6, 30), []],
    [43646, []],
    ['尽快', ['D2 unparsed']],
    ['2019年13月底前', ['D2 unparsed']],
    ['2019年2月30日', ['D2 unparsed']],
    ['', []],
    [true, ['D2 unparsed']],
  ])('时间要求 %j', (time, expected) => {
    expect(findings({ rows: [[1, '任务', '省财政厅', time]], options: noPlan }, 'time-unparsed')).toEqual(expected);
  });
});

describe('unit-unknown', () => {
  // A ledger of the reference plan (its one row is the plan's one task): a warning per cell.
  const ownPlan = parsePlan([{ seq: 1, task: '任务', units: '省财政厅', time: '每年推进' }]);
  test.each<[string, string[], string[]]>([
    ['省财政厅', [], []],
    ['省法制办,各市、县(市、区)政府', [], []],
    ['省财政局', ['C2 nearMiss'], ['error']],
    ['市财政厅', ['C2 nearMiss'], ['error']], // a city's department is a 局: 市财政局
    ['县教肓局', ['C2 nearMiss'], ['error']],
    ['区城管局', [], []], // a usual department of a level: known as written
    ['各乡镇（街道）、区直各部门', [], []],
    ['县直有关部门', [], []], // never corrected to 县级有关部门
    ['县政务服务中心', [], []],
    ['某某学会', ['C2 unknown'], ['warning']],
    ['某某协会', ['C2 unknown'], ['warning']],
    ['省财政厅、某某协会', ['C2 unknown'], ['warning']],
  ])('on a plan ledger: %s', (units, expected, severities) => {
    const r = run({ rows: [[1, '任务', units, '每年推进']], options: { plan: ownPlan } });
    const issues = r.issues.filter((i) => i.rule === 'unit-unknown');
    expect(issues.map((i) => `${i.cell} ${i.messageId}`)).toEqual(expected);
    expect(issues.map((i) => i.severity)).toEqual(severities);
  });

  test('elsewhere the names still unknown are listed once, with how many rows name each', () => {
    const r = run({ rows: [[1, '任务甲', '某某协会', '每年推进'], [2, '任务乙', '某某协会、全区经济运行各专班', '每年推进'], [3, '任务丙', '省财政局', '每年推进']], options: noPlan });
    const issues = r.issues.filter((i) => i.rule === 'unit-unknown');
    expect(issues.map((i) => `${i.cell} ${i.messageId} ${i.severity}`)).toEqual(['C4 nearMiss error', 'null unknownList info']);
    expect(issues[1].data).toEqual({ count: 2, units: '某某协会（2）、全区经济运行各专班（1）' });
  });

  test('a name one character away from one the ledger writes on more rows is a typo of it', () => {
    const rows = [[1, '任务甲', '城东社区服务中心', '每年推进'], [2, '任务乙', '城东社区服务中心', '每年推进'], [3, '任务丙', '城东社区服务中必', '每年推进'], [4, '任务丁', '城西社区服务中心', '每年推进']];
    const issues = run({ rows, options: noPlan }).issues.filter((i) => i.rule === 'unit-unknown');
    // 城西 is another place, not a typo of 城东: a direction never counts as the one character.
    expect(issues.map((i) => `${i.cell} ${i.messageId}`)).toEqual(['C4 nearMiss', 'null unknownList']);
    expect(issues[0].data).toEqual({ unit: '城东社区服务中必', suggestion: '城东社区服务中心' });
  });

  test('a near miss names the known unit', () => {
    const r = run({ rows: [[1, '任务', '省财政局', '每年推进']], options: noPlan });
    const issue = r.issues.find((i) => i.rule === 'unit-unknown')!;
    expect(issue.data).toMatchObject({ unit: '省财政局', suggestion: '省财政厅' });
  });

  test('two-column layout: reported on the column the unit is written in', () => {
    const c: SheetCase = {
      header: ['序号', '重点任务', '牵头单位', '配合单位', '时间要求'],
      rows: [[1, '任务', '省财政厅', '某某协会', '每年推进']],
      options: { plan: ownPlan },
    };
    expect(findings(c, 'unit-unknown')).toEqual(['D2 unknown']);
  });

  test('a units directory extension makes a local unit known', () => {
    const directory = UnitDirectory.builtin().extend({ units: [{ name: '某某协会' }] });
    expect(findings({ rows: [[1, '任务', '某某协会', '每年推进']], options: { plan: null, directory } }, 'unit-unknown')).toEqual([]);
  });
});

describe('unit-alias', () => {
  test.each<[string, string[]]>([
    ['省人力社保厅', []],
    ['省人社厅', ['C2 alias']],
    ['省发改委', ['C2 alias']],
    ['省司法厅', []],
    ['省市场监管局', []],
    ['某某协会', []],
  ])('%s', (units, expected) => {
    expect(findings({ rows: [[1, '任务', units, '每年推进']], options: noPlan }, 'unit-alias')).toEqual(expected);
  });

  test('says the canonical name', () => {
    const r = run({ rows: [[1, '任务', '省人社厅', '每年推进']], options: noPlan });
    expect(r.issues.find((i) => i.rule === 'unit-alias')!.data).toMatchObject({ unit: '省人社厅', canonical: '省人力社保厅' });
  });

  test('a collective in a local ledger’s own wording is not corrected; on a plan ledger it is', () => {
    expect(findings({ rows: [[1, '任务', '区直各部门', '每年推进']], options: noPlan }, 'unit-alias')).toEqual([]);
    expect(findings({ rows: [[1, '任务', '县直各部门', '每年推进']], options: noPlan }, 'unit-alias')).toEqual([]);
    const ownPlan = parsePlan([{ seq: 1, task: '任务', units: '省级各部门', time: '每年推进' }]);
    expect(findings({ rows: [[1, '任务', '省直各部门', '每年推进']], options: { plan: ownPlan } }, 'unit-alias')).toEqual(['C2 alias']);
  });

  test("the plan's own words for the row's plan task are not corrected; the same alias elsewhere is", () => {
    const plan = parsePlan([
      { seq: 1, task: '开展职业技能提升行动', units: '省人社保厅', time: '2019年底前' },
      { seq: 2, task: '严控会议经费', units: '省财政厅', time: '2019年底前' },
    ]);
    const rows = [
      [1, '开展职业技能提升行动', '省人社保厅', '2019年底前'],
      [2, '严控会议经费', '省财政厅、省人社保厅', '2019年底前'],
    ];
    expect(findings({ rows, options: { plan } }, 'unit-alias')).toEqual(['C3 alias']);
  });
});

describe('status rules', () => {
  const row = (time: CellValue, done: CellValue = '', doneDate: CellValue = ''): CellValue[] => [1, '任务', '省财政厅', time, done, doneDate];
  const at = (asOf: string, r: CellValue[], extra: object = {}): SheetCase => ({ rows: [r], options: { plan: null, asOf, ...extra } });

  test.each<Case>([
    ['due date passed, not done', at('2019-07-15', row('2019年6月底前完成')), ['D2 overdue']],
    ['due date passed, marked 未完成', at('2019-07-15', row('2019年6月底前完成', '未完成')), ['D2 overdue']],
    ['due date passed but done', at('2019-07-15', row('2019年6月底前完成', '已完成', '2019-06-20')), []],
    ['due today is not overdue', at('2019-06-30', row('2019年6月底前完成')), []],
    ['open schedule never overdue', at('2030-01-01', row('执行国家规定')), []],
    ['unreadable time is not overdue', at('2030-01-01', row('尽快')), []],
  ])('overdue: %s', (_name, c, expected) => {
    expect(findings(c, 'overdue')).toEqual(expected);
  });

  test('overdue data: due date and days', () => {
    const r = run(at('2019-07-15', row('2019年6月底前完成')));
    expect(r.issues.find((i) => i.rule === 'overdue')!.data).toMatchObject({ due: '2019-06-30', days: 15 });
  });

  test.each<Case>([
    ['within 30 days', at('2019-06-15', row('2019年6月底前完成')), ['D2 dueSoon']],
    ['due today', at('2019-06-30', row('2019年6月底前完成')), ['D2 dueSoon']],
    ['outside a 10-day window', at('2019-06-15', row('2019年6月底前完成'), { warnDays: 10 }), []],
    ['far away', at('2019-01-15', row('2019年6月底前完成')), []],
    ['done already', at('2019-06-15', row('2019年6月底前完成', '是', '2019-06-01')), []],
  ])('due-soon: %s', (_name, c, expected) => {
    expect(findings(c, 'due-soon')).toEqual(expected);
  });

  test.each<Case>([
    ['completed after the due date', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-08-01')), ['F2 late']],
    ['completed on time', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-06-30')), []],
    ['completion date as a date cell', at('2019-09-01', row('2019年6月底前完成', '√', utcDate(2019, 7, 2))), ['F2 late']],
  ])('completed-late: %s', (_name, c, expected) => {
    expect(findings(c, 'completed-late')).toEqual(expected);
  });

  test.each<Case>([
    ['done without a date', at('2019-09-01', row('2019年6月底前完成', '已完成', '')), ['F2 missing']],
    ['done with a date', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-06-01')), []],
    ['not done', at('2019-09-01', row('2019年6月底前完成', '推进中', '')), []],
    [
      'no 完成时间 column',
      { header: ['序号', '重点任务', '责任单位', '时间要求', '完成情况'], rows: [[1, '任务', '省财政厅', '每年推进', '已完成']], options: { plan: null } },
      [],
    ],
  ])('completion-date-missing: %s', (_name, c, expected) => {
    expect(findings(c, 'completion-date-missing')).toEqual(expected);
  });

  test.each<Case>([
    ['a date', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-06-01')), []],
    ['not a date', at('2019-09-01', row('2019年6月底前完成', '已完成', '六月份')), ['F2 notDate']],
    ['an impossible date', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-02-30')), ['F2 notDate']],
    ['later than the as-of date', at('2019-09-01', row('2019年6月底前完成', '已完成', '2019-12-01')), ['F2 future']],
    ['an error value', at('2019-09-01', row('2019年6月底前完成', '已完成', '#VALUE!')), ['F2 notDate']],
    ['empty', at('2019-09-01', row('2019年6月底前完成', '', '')), []],
  ])('completion-date-invalid: %s', (_name, c, expected) => {
    expect(findings(c, 'completion-date-invalid')).toEqual(expected);
  });

  test('the 状态 column is never read as a completion mark', () => {
    const c: SheetCase = {
      header: ['序号', '重点任务', '责任单位', '时间要求', '状态'],
      rows: [[1, '任务', '省财政厅', '2019年6月底前完成', '已完成']],
      options: { plan: null, asOf: '2019-07-15' },
    };
    expect(findings(c, 'overdue')).toEqual(['D2 overdue']);
  });
});
