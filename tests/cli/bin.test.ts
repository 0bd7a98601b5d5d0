// The real entry point, as a user runs it: bin/task-ledger.js over the compiled lib/.
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import { compoundFile } from './helpers';

const repo = path.join(__dirname, '..', '..');
// Inside the repository (tmp/ is git-ignored) so that lib/ finds node_modules.
fs.mkdirSync(path.join(repo, 'tmp'), { recursive: true });
const work = fs.mkdtempSync(path.join(repo, 'tmp', 'bin-test-'));

function node(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, args, { input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...opts.env }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('without lib/: a bilingual hint to run npm install, no stack trace', () => {
  const bin = path.join(work, 'nolib', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.copyFileSync(path.join(repo, 'bin', 'task-ledger.js'), path.join(bin, 'task-ledger.js'));
  const r = node([path.join(bin, 'task-ledger.js'), 'check']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('npm install');
  expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

describe('compiled command line', () => {
  let bin: string;
  beforeAll(() => {
    const root = path.join(work, 'built');
    fs.mkdirSync(path.join(root, 'bin'), { recursive: true });
    execFileSync(process.execPath, [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(repo, 'tsconfig.cli.json'), '--outDir', path.join(root, 'lib')], { stdio: 'pipe' });
    fs.copyFileSync(path.join(repo, 'bin', 'task-ledger.js'), path.join(root, 'bin', 'task-ledger.js'));
    fs.copyFileSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
    bin = path.join(root, 'bin', 'task-ledger.js');
  }, 240000);

  test('check of the sample, JSON, exit by --fail-on', () => {
    const r = node([bin, 'check', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].tasks).toHaveLength(49);
    expect(node([bin, 'check', '--format', 'json']).code).toBe(1);
  });
  test('piped text has no colour codes', () => {
    const r = node([bin, 'check', '--fail-on', 'none']);
    expect(r.stdout).toContain('各单位任务量');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
  test('an old .xls: exit 2, one line, no stack trace', () => {
    const xls = path.join(work, '旧台账.xls');
    fs.writeFileSync(xls, compoundFile(['Workbook']));
    const r = node([bin, 'check', xls]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('另存为 .xlsx');
  });
  test('schedule reads stdin', () => {
    const r = node([bin, 'schedule'], { input: '2018年9月底前出台\n' });
    expect(JSON.parse(r.stdout.trim())).toEqual({ text: '2018年9月底前出台', schedule: expect.objectContaining({ kind: 'deadline', due: '2018-09-30' }) });
  });
  test('usage error: exit 2, one line in English with --lang en', () => {
    const r = node([bin, 'check', '--as-of', '2019-02-30', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: /);
  });
  test('piped into head: no EPIPE stack trace', () => {
    // Far more output than a pipe buffer holds, so the writer really meets a closed pipe.
    const cmd = `yes 2019年6月底前完成 | head -n 30000 | "${process.execPath}" "${bin}" schedule | head -n 1`;
    const r = spawnSync('sh', ['-c', cmd], { encoding: 'utf8', timeout: 60000 });
    expect(JSON.parse(r.stdout.split('\n')[0]).text).toBe('2019年6月底前完成');
    expect(r.stderr).toBe('');
  });
});

test('GBK on standard input (a Chinese Windows console) is read as GBK, and said so', () => {
  // 省财政厅（牵头） in GBK.
  const gbk = Buffer.from([0xca, 0xa1, 0xb2, 0xc6, 0xd5, 0xfe, 0xcc, 0xfc, 0xa3, 0xa8, 0xc7, 0xa3, 0xcd, 0xb7, 0xa3, 0xa9, 0x0a]);
  const r = spawnSync(process.execPath, [path.join(repo, 'bin', 'task-ledger.js'), 'units'], { input: gbk, encoding: 'utf8', timeout: 60000 });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout.trim().split('\n')[0]).lead).toBe('省财政厅');
  expect(r.stderr).toContain('已按 GBK（GB18030）读取');
});
