'use strict';
// Parse speed of the 时间要求 parser over the plan's 49 phrases: memoised (what the checker and the
// custom functions use) and uncached (the parsers themselves). Each run lasts >= 1 s after a warm-up.
const { existsSync, readFileSync } = require('fs');
const { join } = require('path');
const { parseSchedule, parseScheduleUncached } = require('../lib/core/schedule/index.js');
const { report } = require('./report');

const shared = join(__dirname, '../tests/fixtures/plan/key-tasks.json');
const planFile = existsSync(shared) ? shared : join(__dirname, '../src/core/plan/plan-2018.json');
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
if (plan.tasks.length !== 49) throw new Error(`expected the plan's 49 tasks, got ${plan.tasks.length}`);
const phrases = plan.tasks.map((t) => t.time);
const opts = { asOf: '2019-05-01' };

function rate(fn, minMs) {
  let n = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < phrases.length; i++) sink += fn(phrases[i], opts).kind.length;
    n += phrases.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sink === 0) throw new Error('nothing parsed');
  return (n / elapsed) * 1000;
}

rate(parseSchedule, 200); // warm-up (also fills the memo)
report('schedule.parse.per_s', rate(parseSchedule, 1000), 'parses/s');
rate(parseScheduleUncached, 200);
report('schedule.parse_uncached.per_s', rate(parseScheduleUncached, 1000), 'parses/s');
