'use strict';
// A realistic ledger for the benches: a consolidated ledger of a province's cities and departments.
// Mostly distinct local task wording with numbers, a share of the plan's tasks, unit lists of plan
// units, aliases and local units (杭州市发改委 …, known through a --units style directory extension),
// time requirements of every family (deadlines in words and as date cells, periods, recurring, open,
// a few unreadable), completion marks and dates, section rows merged across, units merged down over a
// few rows, and about 5–15% of rows carrying a problem. The same seed gives the same ledger.
const core = require('../lib/core/index.js');

const plan = core.PLAN_2018;
const HEADER = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '备注'];

const CITIES = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
const CITY_DEPTS = ['发改委', '财政局', '司法局', '市场监管局', '大数据局', '人力社保局', '审计局', '统计局', '信访局', '机关事务局'];
const PROVINCE_UNITS = ['省政府办公厅', '省发展改革委', '省财政厅', '省公安厅', '省统计局', '省市场监管局', '省司法厅', '省人力社保厅', '省信访局', '省委编办'];
const PROVINCE_ALIASES = ['省发改委', '省人社厅', '浙江省财政厅'];
const VERBS = ['推进', '深化', '完善', '落实', '开展', '建立', '加快', '健全', '组织', '实施'];
const OBJECTS = [
  '“最多跑一次”改革事项办理', '政务服务网事项接入', '行政审批中介服务清理', '政府购买服务目录编制', '重大行政决策目录管理',
  '基层政务公开标准化', '公共资源交易平台整合', '财政专项资金绩效评价', '政府债务风险防控', '信访积案化解',
  '营商环境评价', '数字政府建设项目', '机关效能建设', '行政执法“三项制度”', '审计问题整改',
  '统计数据质量核查', '公务用车平台管理', '公共数据开放', '“互联网+监管”事项', '民生实事项目',
];
const GOALS = ['完成率达到', '覆盖率达到', '办结率不低于', '新增', '累计完成', '压减'];
const TIME_WORDS = [
  (y, m) => `${y}年${m}月底前完成`, (y, m) => `${y}年${m}月底前`, (y) => `${y}年底前完成`, (y) => `${y}年底前基本建立`,
  (y, m) => `${y}-${String(m).padStart(2, '0')}-${m === 2 ? 28 : 30}`, (y, m) => `${y}年${m}月`, (y) => `${y}年上半年`,
  (y, m) => `${y}年第${1 + (m % 4)}季度`, (y) => `${y - 2}—${y}年`, () => '每年推进', () => '每季度开展', () => '每年12月底前',
  () => '每半年', () => '执行国家规定', () => '根据实际需要制订', () => '长期坚持',
];
const AS_OF = '2020-05-15';

function localUnitsConfig() {
  const units = [];
  for (const c of CITIES) {
    units.push({ name: `${c}政府`, aliases: [`${c}人民政府`] });
    for (const d of CITY_DEPTS) units.push({ name: `${c}${d}` });
  }
  return { units };
}

/** mulberry32: a generator whose state stays within exact integers (unlike `random` above). */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildRealistic(n, seed = 20200630) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const values = [['浙江省重点任务执行台账（汇总）'], HEADER];
  const merges = [];
  let seq = 0;
  let sections = 0;
  while (values.length < n + 2) {
    const r = values.length;
    if (r % 200 === 2 || rnd() < 0.002) {
      // a section heading merged across the row
      sections++;
      values.push([`${'一二三四五六七八九十'[sections % 10]}、${pick(CITIES)}重点工作`]);
      merges.push({ top: r, left: 0, bottom: r, right: HEADER.length - 1 });
      continue;
    }
    const city = pick(CITIES);
    const x = rnd();
    let task;
    let planTask = null;
    if (x < 0.04) {
      // a plan task, word for word (a few near-identical copies)
      planTask = pick(plan.tasks);
      task = rnd() < 0.8 ? planTask.task : planTask.task.slice(0, -1) + '工作';
    } else if (x < 0.05) {
      task = `${city}落实：${pick(plan.tasks).task.slice(0, 12)}`;
    } else {
      task = `${city}${pick(VERBS)}${pick(OBJECTS)}，${pick(GOALS)}${Math.floor(rnd() * 10000)}项（${r % 97 + 1}）`;
    }
    // units
    let units;
    const u = rnd();
    if (planTask && u < 0.85) units = planTask.units;
    else if (u < 0.55) {
      const k = 1 + Math.floor(rnd() * 3);
      const list = [];
      for (let i = 0; i < k; i++) list.push(`${city}${pick(CITY_DEPTS)}`);
      units = [...new Set(list)].join('、');
    } else if (u < 0.8) units = `${pick(PROVINCE_UNITS)}、${city}政府`;
    else if (u < 0.95) units = `${city}${pick(CITY_DEPTS)}（牵头）、${pick(PROVINCE_UNITS)}`;
    else if (u < 0.975) units = `${pick(PROVINCE_ALIASES)}、${city}${pick(CITY_DEPTS)}`; // unit-alias
    else if (u < 0.985) units = `${city}${pick(CITY_DEPTS)}、${city}发展局`; // unit-unknown
    else units = `${pick(PROVINCE_UNITS)}、各市、县(市、区)政府`;
    // time requirement
    let time;
    const tz = rnd();
    const year = 2020 + Math.floor(rnd() * 3);
    const month = 1 + Math.floor(rnd() * 12);
    if (planTask && tz < 0.9) time = planTask.time;
    else if (tz < 0.12) time = new Date(Date.UTC(year, month - 1, 15));
    else if (tz < 0.995) time = pick(TIME_WORDS)(year, month);
    else time = pick(['尽快', '按要求', '视情况']); // time-unparsed
    // completion: rows due before the as-of date are mostly done on time
    const sched = core.parseSchedule(time, { asOf: AS_OF });
    const due = core.scheduleDue(sched, AS_OF);
    let done = '';
    let doneDate = '';
    const c = rnd();
    if (due && due < AS_OF) {
      if (c < 0.95) {
        done = pick(['已完成', '完成', '是', '√']);
        if (c < 0.93) doneDate = rnd() < 0.3 ? new Date(Date.UTC(Number(due.slice(0, 4)), 0, 10)) : `${due.slice(0, 4)}-01-20`;
      } else done = '推进中';
    } else if (c < 0.15) {
      done = '已完成';
      doneDate = c < 0.14 ? `2020-0${1 + Math.floor(rnd() * 4)}-${10 + Math.floor(rnd() * 18)}` : '';
    } else if (c < 0.7) done = '推进中';
    seq += rnd() < 0.003 ? 0 : 1;
    // Progress text agrees with the done mark, as a kept ledger's does (else progress-conflict).
    const share = Math.floor(rnd() * 100);
    const progress = done === '推进中' || done === '' ? (share < 50 ? `已完成年度目标的${share}%` : '按计划推进') : '已完成';
    const row = [seq, task, units, time, done, doneDate, progress, ''];
    if (rnd() < 0.05 && values.length + 2 < n + 2) {
      // the next one or two rows share this row's units through a vertical merge
      const extra = 1 + Math.floor(rnd() * 2);
      merges.push({ top: r, left: 2, bottom: r + extra, right: 2 });
      values.push(row);
      for (let i = 1; i <= extra; i++) {
        seq++;
        values.push([seq, `${task.slice(0, -4)}（子任务${i}）`, '', time, done, doneDate, '按计划推进', '']);
      }
      continue;
    }
    values.push(row);
  }
  values.length = n + 2;
  return { values, merges: merges.filter((m) => m.bottom < n + 2), name: '汇总台账' };
}

module.exports = { buildRealistic, localUnitsConfig, AS_OF, HEADER };
