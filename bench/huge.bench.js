'use strict';
// cli.check200k.ms / cli.check200k.peak_mb: one `check` of a 200,000-row ledger (realistic rows from
// bench/ledgers.js, written by ExcelJS's streaming writer), as a user runs it (bin/task-ledger.js,
// JSON report); the peak is the command's process plus its checker process. Issue #17's bound: within 60 s and 2 GB, or refused as too large.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { report } = require('./report');
const { buildRealistic, AS_OF } = require('./ledgers');

const ROWS = 200_000;
const ROOT = path.join(__dirname, '..');

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-huge-'));
  const file = path.join(dir, '台账200k.xlsx');
  const { values, merges } = buildRealistic(ROWS, 42);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('执行台账');
  // The streaming writer merges only rows not yet committed: a merge is applied once its last row is
  // added, and rows are committed 50 behind (the realistic ledger's merges span a few rows).
  const byBottom = new Map();
  for (const m of merges) if (m.bottom > m.top || m.right > m.left) byBottom.set(m.bottom, [...(byBottom.get(m.bottom) ?? []), m]);
  const rows = [];
  values.forEach((row, i) => {
    rows.push(ws.addRow(row.map((v) => (v === '' ? null : v))));
    for (const m of byBottom.get(i) ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (i >= 50) rows[i - 50].commit();
  });
  ws.commit();
  await wb.commit();

  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['bin/task-ledger.js', 'check', file, '--as-of', AS_OF, '--format', 'json', '--fail-on', 'none'],
    // TASK_LEDGER_DEBUG: the peak memory of this process and of the checker process.
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, env: { ...process.env, TASK_LEDGER_DEBUG: '1' } },
  );
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const stderr = String(r.stderr);
  if (r.status !== 0) throw new Error(`check exited ${r.status}: ${stderr.slice(0, 400)}`);
  // The figure is of a check, not of a refusal or of a file the checker could not read as a ledger.
  const tasks = spawnSync(process.execPath, ['bin/task-ledger.js', 'check', file, '--as-of', AS_OF, '--format', 'json', '--fail-on', 'none'], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  const checked = JSON.parse(String(tasks.stdout)).files[0];
  process.stderr.write(`huge bench: ${checked.tasks.length} tasks, ${checked.issues.length} issues\n`);
  if (checked.tasks.length < ROWS / 2) throw new Error(`only ${checked.tasks.length} tasks read`);
  report('cli.check200k.ms', wall, 'ms');
  // Both processes at their peaks at once: an upper bound of the run's memory.
  const peaks = /peak memory (\d+) MB \(this process\), (\d+) MB/.exec(stderr);
  report('cli.check200k.peak_mb', Number(peaks?.[1]) + Number(peaks?.[2]), 'MB');
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
