// The one-file command line (npm run build:cli-bundle -> dist/task-ledger.cjs), as an office runs it:
// copied alone into an empty folder, far from any node_modules, with only Node.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { writeLedger } from './helpers';

const root = path.join(__dirname, '..', '..');
let dir = '';
const node = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['task-ledger.cjs', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:cli-bundle'], { cwd: root, stdio: 'pipe', timeout: 240_000 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-bundle-'));
  fs.copyFileSync(path.join(root, 'dist', 'task-ledger.cjs'), path.join(dir, 'task-ledger.cjs'));
  await writeLedger(path.join(dir, '台账.xlsx'), [
    [1, '严控会议经费', '省财政厅', '2019年6月底前', '推进中', null],
    [2, '推进政务公开', '省政府办公厅', '2020年底前', '推进中', null],
  ]);
}, 300_000);
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

test('one file, nothing beside it: no node_modules in its folder or above', () => {
  expect(fs.readdirSync(dir).sort()).toEqual(['task-ledger.cjs', '台账.xlsx']);
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) expect(fs.existsSync(path.join(d, 'node_modules'))).toBe(false);
  expect(fs.readFileSync(path.join(dir, 'task-ledger.cjs'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
});

test('--version is the package version', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  expect(node(['--version']).stdout.trim()).toBe(pkg.version);
});

test('checks a ledger, in its checker process, as the repository build does', () => {
  const r = node(['check', '台账.xlsx', '--as-of', '2019-12-06', '--format', 'json', '--fail-on', 'none']);
  expect(r.code).toBe(0);
  const file = JSON.parse(r.stdout).files[0] as { tasks: Array<{ status: string }> };
  expect(file.tasks.map((t) => t.status)).toEqual(['逾期', '进行中']);
  // A checker process that runs out of memory is that file's line, as from the repository.
  const oom = node(['check', '台账.xlsx', '--as-of', '2019-12-06'], { TASK_LEDGER_WORKER_MB: '1' });
  expect(oom.code).toBe(2);
  expect(oom.stderr).toBe('错误：台账.xlsx：处理时内存不足（文件内容过大），已跳过\n');
});

test('writes a template and 督办单 there', () => {
  expect(node(['template', '--out', '模板.xlsx']).code).toBe(0);
  expect(node(['notices', '台账.xlsx', '--as-of', '2019-12-06']).code).toBe(0);
  expect(fs.readdirSync(path.join(dir, '督办单'))).toEqual(['督办单-01-省财政厅.docx']);
});
