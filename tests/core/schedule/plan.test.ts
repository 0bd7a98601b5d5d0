// Every distinct 时间要求 of the 2018 plan (浙政发〔2018〕16号), read as the spec's table says.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseSchedule, scheduleToJson } from '../../../src/core/schedule';

// The shared plan file where the workspace has it; the repository's own copy elsewhere (CI).
const SHARED_PLAN = join(__dirname, '../../fixtures/plan/key-tasks.json');
const PLAN_FILE = existsSync(SHARED_PLAN) ? SHARED_PLAN : join(__dirname, '../../../src/core/plan/plan-2018.json');
const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { tasks: Array<{ seq: number; time: string }> };

const YEARLY = { kind: 'recurring', every: 'year', due: '12-31' };
const OPEN = { kind: 'open' };
const deadline = (due: string) => ({ kind: 'deadline', due });
const period = (start: string, end: string) => ({ kind: 'period', start, end });

const EXPECTED: Record<string, object> = {
  执行党中央和省委规定: OPEN,
  执行国家规定: OPEN,
  根据实际需要制订: OPEN,
  适时完成: OPEN,
  每年推进: YEARLY,
  每年开展: YEARLY,
  逐年推进: YEARLY,
  每年编制: YEARLY,
  每年12月底清理: YEARLY,
  '2018—2022年': period('2018-01-01', '2022-12-31'),
  '2018—2020年': period('2018-01-01', '2020-12-31'),
  '2018年3月底前出台': deadline('2018-03-31'),
  '2018年7月底前完成': deadline('2018-07-31'),
  '2018年8月底前形成方案': deadline('2018-08-31'),
  '2018年9月底前出台': deadline('2018-09-30'),
  '2018年12月底前全覆盖': deadline('2018-12-31'),
  '2018年12月底前完成': deadline('2018-12-31'),
  '2018年12月底前公布试点名单': deadline('2018-12-31'),
  '2019年6月底前完成': deadline('2019-06-30'),
  '2019年6月底前基本建立': deadline('2019-06-30'),
  '2019年12月底前完成': deadline('2019-12-31'),
  '2019年底基本完成': deadline('2019-12-31'),
  '2020年12月底前完成': deadline('2020-12-31'),
};

describe('the plan\'s 23 distinct phrases', () => {
  const distinct = [...new Set(plan.tasks.map((t) => t.time))];

  test('the plan has 49 tasks and 23 distinct phrases, all in the table', () => {
    expect(plan.tasks).toHaveLength(49);
    expect(distinct).toHaveLength(23);
    expect(distinct.slice().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))('%p', (text, expected) => {
    // The as-of date must not matter: every plan phrase names its year or needs none.
    for (const asOf of ['2018-04-28', '2021-01-01']) {
      expect(scheduleToJson(parseSchedule(text, { asOf }))).toEqual(expected);
    }
  });
});
