'use strict';
// cli.bulk300.ratio: one `check` run (text report, local units from a --units file) over 300 ledgers
// of 49–500 rows (realistic ledgers, bench/ledgers.js, written as .xlsx), divided by the time ExcelJS
// alone takes to load the same 300 files. Both are whole Node processes, measured alternately in the
// same run (median of five each); target: at most 1.6.
// cli.bulk300.cpu_ratio is the same over CPU time, which a busy machine disturbs less.
// cli.bulk300.summary.s: one run over the same files with --summary FILE.xlsx --summary-only.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const ExcelJS = require('exceljs');
const { report } = require('./report');
const { buildRealistic, localUnitsConfig, AS_OF } = require('./ledgers');

const FILES = 300;
const RUNS = 5;
const ROOT = path.join(__dirname, '..');

async function writeLedger(file, n, seed) {
  const { values, merges } = buildRealistic(n, seed);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执行台账');
  for (const row of values) ws.addRow(row.map((v) => (v === '' ? null : v)));
  for (const m of merges) if (m.bottom > m.top || m.right > m.left) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

/** Wall and CPU time (ms) of one Node process running `args`. */
function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'cpu-at-exit.js'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
    // The command line checks files in a child process; it reports that process's CPU time here.
    env: { ...process.env, TASK_LEDGER_DEBUG: '1' },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ').slice(0, 80)}… exited ${r.status}: ${r.stderr}`);
  const cpu = Number(/cpu-ms ([\d.]+)/.exec(String(r.stderr))?.[1]) + Number(/CPU \d+ ms, (\d+) ms/.exec(String(r.stderr))?.[1] ?? 0);
  return { wall, cpu };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bulk-'));
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const file = path.join(dir, `台账${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeLedger(file, 49 + Math.round((i * (500 - 49)) / (FILES - 1)), 1000 + i);
    files.push(file);
  }
  // The ledgers' local units (杭州市发改委 …) come with a units file, as a province's office runs it.
  const units = path.join(dir, 'units.json');
  fs.writeFileSync(units, JSON.stringify(localUnitsConfig()));
  const list = path.join(dir, 'files.json');
  fs.writeFileSync(list, JSON.stringify(files));
  const loadOnly = [
    '-e',
    `const ExcelJS = require('exceljs'); const fs = require('fs');
     (async () => { for (const f of JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f)); })();`,
    list,
  ];
  const check = ['bin/task-ledger.js', 'check', ...files, '--units', units, '--as-of', AS_OF, '--fail-on', 'none'];
  const loads = [];
  const checks = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(timed(loadOnly));
    checks.push(timed(check));
  }
  const walls = (xs) => xs.map((x) => Math.round(x.wall)).join('/');
  process.stderr.write(`bulk bench: ExcelJS load ${walls(loads)} ms, check ${walls(checks)} ms\n`);
  const med = (xs, k) => median(xs.map((x) => x[k]));
  report('cli.bulk300.ms', med(checks, 'wall'), 'ms');
  report('cli.bulk300.ratio', med(checks, 'wall') / med(loads, 'wall'), 'ratio');
  report('cli.bulk300.cpu_ratio', med(checks, 'cpu') / med(loads, 'cpu'), 'ratio');
  // The province's run: the same 300 ledgers with the summary workbook and only the table printed.
  const summary = timed([...check, '--summary', path.join(dir, '汇总.xlsx'), '--summary-only']);
  if (!fs.existsSync(path.join(dir, '汇总.xlsx'))) throw new Error('no summary workbook written');
  report('cli.bulk300.summary.s', summary.wall / 1000, 's');
  fs.rmSync(dir, { recursive: true, force: true });
})().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
