'use strict';
// Task pane: checking and marking a 2,000-row ledger with about 200 problem cells, against the
// in-memory Excel fake. Reports the sync calls (<= 4) and the add-in's own time (engine, paint planning,
// request building; the fake's time serving each batch is left out) in ms (<= 300).
// Compiles what it needs (src/core, src/office, the pane's actions, the fake) with tsc into a temp dir.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { report } = require('./report');

const ROOT = path.join(__dirname, '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-bench-'));
const tsc = require.resolve('typescript/bin/tsc');
const compiled = spawnSync(
  process.execPath,
  [
    tsc,
    'src/taskpane/office-actions.ts',
    'tests/fakes/excel.ts',
    '--outDir', out, '--rootDir', '.', '--module', 'commonjs', '--target', 'es2020', '--esModuleInterop',
    '--resolveJsonModule', '--skipLibCheck', '--types', 'node,office-js', '--lib', 'es2022,dom', '--sourceMap', 'false',
  ],
  { cwd: ROOT, encoding: 'utf8' },
);
if (compiled.status !== 0) {
  process.stderr.write(compiled.stdout + compiled.stderr);
  process.exit(1);
}

const { FakeExcel } = require(path.join(out, 'tests/fakes/excel.js'));
const { createOfficeActions } = require(path.join(out, 'src/taskpane/office-actions.js'));
const { detectCapabilities } = require(path.join(out, 'src/office/capabilities.js'));

const UNITS = ['省发展改革委', '省财政厅', '省司法厅', '省人力社保厅', '省统计局', '省委编办', '省政府办公厅'];
const ROWS = 2000;

function ledger() {
  const values = [['某市重点任务执行台账'], ['序号', '重点任务', '责任单位', '时间要求', '完成情况', '完成时间', '进展情况', '状态']];
  let problems = 0;
  for (let i = 1; i <= ROWS; i++) {
    let units = `${UNITS[i % UNITS.length]}、${UNITS[(i + 3) % UNITS.length]}`;
    let time = `${2030 + (i % 5)}年${(i % 12) + 1}月底前`;
    if (i % 10 === 0) {
      // one problem cell in every tenth row, of four kinds
      problems++;
      const kind = (i / 10) % 4;
      if (kind === 0) time = '';
      else if (kind === 1) time = '尽快';
      else if (kind === 2) time = '2019年6月底前';
      else units = `省统计局、某某办${i}`;
    }
    values.push([i, `第${i}项重点工作：推进${UNITS[i % UNITS.length]}牵头的专项任务`, units, time, '推进中', '', '', '']);
  }
  return { values, problems };
}

async function main() {
  const fx = new FakeExcel();
  const { values, problems } = ledger();
  fx.addSheet('执行台账', values);
  const caps = detectCapabilities(fx.office().context.requirements);
  const actions = createOfficeActions(fx.run, caps);
  const settings = { asOf: '2024-06-30', warnDays: 30, disabled: [], aliases: {}, currentNames: false, behindPoints: 10, plan: { source: 'builtin' } };
  const started = Date.now();
  const { outcome } = await actions.check({ settings });
  const total = Date.now() - started;
  const marked = outcome.markedCells;
  if (!outcome.result || outcome.result.tasks.length !== ROWS) throw new Error(`bench ledger not read as ${ROWS} tasks`);
  const byRule = {};
  for (const i of outcome.result.issues) byRule[i.rule] = (byRule[i.rule] || 0) + 1;
  if (process.env.BENCH_VERBOSE) process.stderr.write(JSON.stringify(byRule) + '\n');
  process.stderr.write(`pane bench: ${outcome.result.issues.length} issues, ${problems} seeded, ${marked} cells marked, total ${total} ms, fake ${fx.syncMs} ms\n`);
  report('pane.validate2k.syncs', fx.syncCount, 'syncs');
  report('pane.validate2k.ms', total - fx.syncMs, 'ms');
}

main()
  .catch((e) => {
    process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(out, { recursive: true, force: true }));
