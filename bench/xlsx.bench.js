// Checking a 20,000-row .xlsx must cost little more than ExcelJS reading it: the checker's own work
// (sheet choice, cell conversion, checkLedger) under half the read time.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { report } = require('./report');
const { checkFile } = require('../lib/cli/main.js');
const { PLAN_2018 } = require('../lib/core/plan');

const ROWS = 20000;
const RUNS = 5;

async function makeLedger(file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执行台账');
  ws.addRow(['2019年重点任务执行台账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '备注']);
  // A consolidated ledger: the plan's 49 tasks, then local tasks of many units (varied wording,
  // the plan's units and time requirements), a third of them done.
  const tasks = PLAN_2018.tasks;
  const verbs = ['推进', '完善', '建立', '开展', '落实', '制定', '深化', '优化', '健全', '实施'];
  const objects = ['政务服务事项', '基层治理网格', '预算绩效管理', '公共数据共享目录', '行政执法监督', '营商环境评价', '公共信用体系', '应急管理预案', '重大项目审批', '乡镇便民服务'];
  for (let i = 0; i < ROWS; i++) {
    const t = tasks[i % tasks.length];
    const done = i % 3 === 0;
    const text = i < tasks.length ? t.task : `${verbs[i % 10]}${objects[Math.floor(i / 10) % 10]}工作（${Math.floor(i / 100) + 1}批第${(i % 100) + 1}项）`;
    ws.addRow([
      i + 1,
      text,
      t.units,
      t.time,
      done ? '已完成' : '推进中',
      done ? new Date(Date.UTC(2019, i % 12, 1 + (i % 28))) : null,
      done ? '已完成并报送' : '按计划推进',
      null,
    ]);
  }
  await wb.xlsx.writeFile(file);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bench-'));
  const file = path.join(dir, 'ledger-20k.xlsx');
  await makeLedger(file);
  const reads = [];
  const checks = [];
  const ratios = [];
  for (let i = 0; i < RUNS; i++) {
    if (global.gc) global.gc();
    const r = await checkFile(file, { check: { asOf: '2019-12-06' } });
    if (r.result.tasks.length !== ROWS) throw new Error(`expected ${ROWS} tasks, got ${r.result.tasks.length}`);
    reads.push(r.loadMs);
    checks.push(r.checkMs);
    ratios.push(r.checkMs / r.loadMs);
  }
  report('xlsx.read20k.ms', median(reads), 'ms');
  report('xlsx.check20k.ms', median(checks), 'ms');
  report('xlsx.check_over_read.ratio', median(ratios), 'ratio');
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
