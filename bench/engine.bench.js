'use strict';
// Whole rule set over a 100,000-row in-memory ledger built from the plan's rows with the edits real
// ledgers show: renumbered rows, local tasks, edited text, aliases and successor names, dates typed
// as cells or text, completion marks and dates, section rows, vertically merged units.
const { report } = require('./report');
const core = require('../lib/core/index.js');

const ROWS = 100000;
const plan = core.PLAN_2018;
const HEADER = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '备注'];
const ALIASES = [['省人社保厅', '省人社厅'], ['省法制办', '省司法厅'], ['省发展改革委', '省发改委'], ['省质监局', '省市场监管局']];
const TIMES = ['2019年6月底前完成', '2019年12月底前', '每年推进', '2018—2022年', '执行国家规定', '2020年第三季度', '尽快'];

function build(n) {
  let seed = 20180428;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values = [['政府“两强三提高”建设行动计划执行台账'], HEADER];
  const merges = [];
  let seq = 0;
  while (values.length < n + 2) {
    const r = values.length;
    if (r % 60 === 0) {
      values.push([`${'一二三四五六七八九十'[(r / 60) % 10]}、重点工程`]);
      continue;
    }
    const t = plan.tasks[Math.floor(rnd() * plan.tasks.length)];
    const x = rnd();
    let task = t.task;
    let units = t.units;
    let time = t.time;
    if (x < 0.1) task = `${t.task}（第${Math.floor(r / 1000)}批）`;
    else if (x < 0.15) task = task.slice(0, -1) + '工作';
    else if (x < 0.25) task = `本单位落实任务${r}：${t.task.slice(0, 6)}`;
    const y = rnd();
    if (y < 0.15) {
      const [a, b] = ALIASES[Math.floor(rnd() * ALIASES.length)];
      units = units.replace(a, b);
    } else if (y < 0.2) units = `${units}、市财政局`;
    const z = rnd();
    if (z < 0.1) time = new Date(Date.UTC(2019, Math.floor(rnd() * 12), 28));
    else if (z < 0.2) time = TIMES[Math.floor(rnd() * TIMES.length)];
    const done = rnd() < 0.4 ? '已完成' : rnd() < 0.5 ? '推进中' : '';
    const doneDate = done === '已完成' && rnd() < 0.8 ? `2019-0${1 + Math.floor(rnd() * 9)}-15` : '';
    seq += rnd() < 0.02 ? 0 : 1;
    const row = [seq, task, units, time, done, doneDate, '按计划推进', ''];
    if (rnd() < 0.05 && values.length < n) {
      // the next row shares this row's units through a vertical merge
      merges.push({ top: r, left: 2, bottom: r + 1, right: 2 });
      values.push(row);
      values.push([seq + 1, task + '（续）', '', time, '', '', '', '']);
      seq++;
      continue;
    }
    values.push(row);
  }
  return { values, merges, name: '执行台账' };
}

const sheet = build(ROWS);
const options = { asOf: '2019-12-06' };
// Warm-up: JIT and the units directory's lazy structures.
core.checkLedger(build(5000), options);
let taskRows = 0;
let issueCount = 0;
const times = [];
const cpuTimes = [];
for (let i = 0; i < 4; i++) {
  if (global.gc) global.gc();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = core.checkLedger(sheet, options);
  const t = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  // The first full-size run is part of the warm-up; a previous result is not kept alive.
  if (i > 0) {
    times.push(t);
    cpuTimes.push((c.user + c.system) / 1e6);
  }
  taskRows = result.tasks.length;
  issueCount = result.issues.length;
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const median = times[1];
report('engine.rows.per_s', sheet.values.length / median, 'rows/s');
// Wall time suffers when the machine is shared; CPU time of this process (GC threads included)
// shows the engine's own cost.
report('engine.rows.per_cpu_s', sheet.values.length / cpuTimes[1], 'rows/s');
report('engine.tasks', taskRows, 'tasks');
report('engine.issues', issueCount, 'issues');
