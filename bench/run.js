#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.js in its own process (so one figure's heap and JIT state
// do not colour another's) and passes their JSON lines through: {"bench":"name","value":N,"unit":"…"}.
'use strict';
const { readdirSync } = require('fs');
const { join } = require('path');
const { spawnSync } = require('child_process');

const only = process.argv.slice(2);
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--expose-gc', join(__dirname, f)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(`bench ${f} failed (exit ${r.status})\n`);
  }
}
process.exit(failed ? 1 : 0);
