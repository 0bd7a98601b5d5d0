'use strict';
// TASKSTATUS calls per second on the plan's 49 时间要求 phrases, through the real function as Excel
// gets it: dist/functions.js run as a script with a stub CustomFunctions.associate, the function
// taken from the stub. It runs in this process's own global context, as in Excel's runtime: a
// separate vm context would route every global lookup (Array, Date …) through V8 interceptors and
// measure those instead. Builds dist/ first when it is missing or older than its sources.
//   functions.taskstatus.per_s        recalculation: TASKSTATUS is @volatile, so Excel recalculates
//                                     every status cell on every edit, with the same inputs
//   functions.taskstatus.first_per_s  first calculation: every call has inputs not seen before
const { readFileSync } = require('fs');
const { join } = require('path');
const vm = require('vm');
const { report } = require('./report');
const { freshDist } = require('./dist');

const root = join(__dirname, '..');
const bundle = join(freshDist(), 'functions.js');

const registered = new Map();
class CfError { constructor(code, message) { this.code = code; this.message = message; } }
globalThis.CustomFunctions = { Error: CfError, ErrorCode: {}, associate: (id, fn) => registered.set(id, fn) };
vm.runInThisContext(readFileSync(bundle, 'utf8'), { filename: 'functions.js' });
const TASKSTATUS = registered.get('TASKSTATUS');

const plan = JSON.parse(readFileSync(join(root, 'src/core/plan/plan-2018.json'), 'utf8'));
const phrases = (Array.isArray(plan) ? plan : plan.tasks).map((t) => t.time);
const asOf = 43631; // 2019-06-15
const marks = [null, '', '已完成', '推进中'];
const dates = [null, 43400, '', '2019-03-01'];

function recalc(n) {
  let sink = 0;
  for (let i = 0; i < n; i++) {
    sink += TASKSTATUS(phrases[i % phrases.length], marks[i & 3], dates[(i >> 2) & 3], asOf, null).length;
  }
  return sink;
}

let fresh = 0;
function first(n) {
  let sink = 0;
  for (let i = 0; i < n; i++) {
    // A warning window never used before makes every call's inputs new.
    sink += TASKSTATUS(phrases[i % phrases.length], marks[i & 3], dates[(i >> 2) & 3], asOf, 1000 + fresh++).length;
  }
  return sink;
}

function perSecond(fn, n, rounds) {
  fn(Math.min(n, 200_000)); // warm-up: JIT and the schedule memo
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn(n);
    best = Math.max(best, n / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return best;
}

report('functions.taskstatus.per_s', perSecond(recalc, 1_000_000, 5), 'calls/s');
report('functions.taskstatus.first_per_s', perSecond(first, 300_000, 3), 'calls/s');
