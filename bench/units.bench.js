'use strict';
// Units parser, directory and workload speed. Requires the compiled engine (npm run bench builds lib/).
const { report } = require('./report');
const { parseUnits, workload, UnitDirectory } = require('../lib/core/units');
const { PLAN_2018 } = require('../lib/core/plan');

const dir = UnitDirectory.builtin();
const forms = [
  (i) => `省发改委（牵头）、省财政厅、市单位${i}`,
  (i) => `牵头单位：省统计局；配合单位：省人社厅、各市、县（市、区）政府、县局${i}`,
  (i) => `省编办、省数据管理中心等省级单位，各市、县〔市、区〕政府，区办${i}`,
  (i) => `省法制办\n省司法厅 杭州市发改委${i}等`,
];
// Distinct cells defeat the per-directory cache: the cold figure is the parser's own cost.
const N = 20000;
const cells = Array.from({ length: N }, (_, i) => forms[i % forms.length](i));

let t = process.hrtime.bigint();
const parsed = cells.map((c) => parseUnits(c, dir));
let ms = Number(process.hrtime.bigint() - t) / 1e6;
report('units.parse-distinct-cell', (ms * 1000) / N, 'µs');

const ledger = Array.from({ length: N }, (_, i) => PLAN_2018.tasks[i % 49].units);
t = process.hrtime.bigint();
const plan = ledger.map((c) => parseUnits(c, dir));
ms = Number(process.hrtime.bigint() - t) / 1e6;
report('units.parse-repeated-cell', (ms * 1000) / N, 'µs');

// A big ledger (the plan's lists repeated) and the worst case: every row naming a different unit.
t = process.hrtime.bigint();
workload(plan, dir, { currentNames: true });
report('units.workload-20k-rows', Number(process.hrtime.bigint() - t) / 1e6, 'ms');
t = process.hrtime.bigint();
workload(parsed, dir);
report('units.workload-20k-distinct-units', Number(process.hrtime.bigint() - t) / 1e6, 'ms');

const typos = Array.from({ length: 2000 }, (_, i) => `省财政局${i % 7 === 0 ? '' : i}`);
t = process.hrtime.bigint();
for (const name of typos) dir.nearMiss(name);
report('units.near-miss', (Number(process.hrtime.bigint() - t) / 1e6 / typos.length) * 1000, 'µs');
