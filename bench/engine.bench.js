'use strict';
// engine.check500.ms: the median warm check of a realistic 500-row ledger (bench/ledgers.js), the
// size of a county's or a department's ledger (target: at most 10 ms).
const { report } = require('./report');
const core = require('../lib/core/index.js');
const { buildRealistic, localUnitsConfig, AS_OF } = require('./ledgers');

const RUNS = 101;
const directory = core.UnitDirectory.builtin().extend(localUnitsConfig());
const options = { asOf: AS_OF, directory };
const sheet = buildRealistic(500);

for (let i = 0; i < 20; i++) core.checkLedger(sheet, options); // warm-up
const times = [];
let result = null;
for (let i = 0; i < RUNS; i++) {
  const t0 = process.hrtime.bigint();
  result = core.checkLedger(sheet, options);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
if (result.tasks.length < 450) throw new Error(`expected about 500 tasks, got ${result.tasks.length}`);
process.stderr.write(`engine bench: ${result.tasks.length} tasks, ${result.issues.length} issues\n`);
report('engine.check500.ms', times[Math.floor(RUNS / 2)], 'ms');
