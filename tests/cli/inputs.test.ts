// check over folders and quoted patterns, as a province's office runs it on returned ledgers.
import * as fs from 'fs';
import * as path from 'path';
import { run } from './run';
import { tempDir, writeLedger } from './helpers';
import { expandInputs } from '../../src/cli/inputs';

describe('folders and quoted patterns', () => {
  const dir = tempDir();
  beforeAll(async () => {
    const row = [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]];
    fs.mkdirSync(path.join(dir, '各地台账', '杭州'), { recursive: true });
    fs.mkdirSync(path.join(dir, '各地台账', '.备份'));
    await writeLedger(path.join(dir, '各地台账', '台账10.xlsx'), row);
    await writeLedger(path.join(dir, '各地台账', '台账2.xlsx'), row);
    await writeLedger(path.join(dir, '各地台账', '杭州', '台账.xlsm'), row);
    await writeLedger(path.join(dir, '各地台账', '.备份', '台账.xlsx'), row);
    fs.writeFileSync(path.join(dir, '各地台账', '~$台账2.xlsx'), Buffer.from([0x12, 0x34]));
    fs.writeFileSync(path.join(dir, '各地台账', '说明.docx'), 'x');
    fs.writeFileSync(path.join(dir, '各地台账', '.DS_Store'), 'x');
  });

  // In the order of a Chinese file list: pinyin (杭 hang before 台 tai), numbers by value (2 before 10).
  const order = [path.join('各地台账', '杭州', '台账.xlsm'), path.join('各地台账', '台账2.xlsx'), path.join('各地台账', '台账10.xlsx')];

  test('a folder: its workbooks, in name order, below it too; lock, hidden and other files skipped and counted', () => {
    const e = expandInputs(['各地台账'], dir);
    expect(e.inputs.map((i) => i.label)).toEqual(order);
    expect(e.skipped).toEqual({ lock: 1, hidden: 2, other: 1 });
  });

  test('a quoted pattern is expanded here, as Windows shells never do', () => {
    const e = expandInputs(['各地台账/*.xlsx'], dir);
    expect(e.inputs.map((i) => path.basename(i.full))).toEqual(['台账2.xlsx', '台账10.xlsx']);
    expect(e.skipped).toEqual({ lock: 1, hidden: 0, other: 0 });
  });

  test('a lock file named explicitly is checked (and says what it is); a folder with no workbook is said', () => {
    const e = expandInputs([path.join('各地台账', '~$台账2.xlsx'), '各地台账/杭州/*.xlsx'], dir);
    expect(e.inputs.map((i) => path.basename(i.full))).toEqual(['~$台账2.xlsx']);
    expect(e.empty).toEqual(['各地台账/杭州/*.xlsx']);
  });

  test('check over a folder: every ledger reported, the skips said on stderr, exit as for the files', async () => {
    const r = await run(['check', '各地台账', '--as-of', '2019-12-06', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(order);
    expect(r.stderr).toContain('已跳过：Excel 临时锁定文件 1 个');
    expect(r.stderr).not.toContain('错误');
  });

  test('nothing to check: exit 2 with one line', async () => {
    const r = await run(['check', '各地台账/*.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有找到要检查的台账文件');
  });
});

describe('--annotate over several folders', () => {
  test('copies keep their folders under OUT: two 台账.xlsx never overwrite each other', async () => {
    const dir = tempDir();
    const row = [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]];
    for (const d of ['杭州', '宁波']) fs.mkdirSync(path.join(dir, d));
    await writeLedger(path.join(dir, '杭州', '台账.xlsx'), row);
    await writeLedger(path.join(dir, '宁波', '台账.xlsx'), row);
    const r = await run(['check', '杭州', '宁波', '--as-of', '2019-12-06', '--annotate', '标注'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, '标注', '杭州', '台账.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, '标注', '宁波', '台账.xlsx'))).toBe(true);
  });
});

test('--sheet matches a sheet whose name has a stray space', async () => {
  const dir = tempDir();
  await writeLedger(path.join(dir, 'a.xlsx'), [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]], { sheetName: '执行台账 ', extraSheets: ['说明'] });
  const r = await run(['check', 'a.xlsx', '--sheet', '执行台账', '--format', 'json', '--as-of', '2019-12-06'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).files[0].sheet).toBe('执行台账 ');
});

test('a .csv saved under .xlsx: one line saying to save it as .xlsx', async () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '台账.xlsx'), '序号,重点任务,责任单位,时间要求\n1,严控会议经费,省财政厅,每年推进\n');
  const r = await run(['check', '台账.xlsx'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('错误：台账.xlsx：这是文本文件（如 .csv、.txt），不是 .xlsx 工作簿；请在 Excel 中打开并另存为 .xlsx 后再检查\n');
});

test('an annotated copy that exists is replaced only with --force', async () => {
  const dir = tempDir();
  await writeLedger(path.join(dir, 'a.xlsx'), [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]]);
  const args = ['check', 'a.xlsx', '--as-of', '2019-12-06', '--annotate', 'a-标注.xlsx'];
  expect((await run(args, { cwd: dir })).code).toBe(0);
  const again = await run(args, { cwd: dir });
  expect(again.code).toBe(2);
  expect(again.stderr).toBe('错误：“a-标注.xlsx”已存在，未覆盖（加 --force 覆盖）\n');
  expect((await run([...args, '--force'], { cwd: dir })).code).toBe(0);
});

test('many files, reports into a file, stderr a terminal: a progress line, cleared before error lines', async () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, '台账'));
  for (let i = 1; i <= 10; i++) await writeLedger(path.join(dir, '台账', `${i}.xlsx`), [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]]);
  fs.writeFileSync(path.join(dir, '台账', '坏.xlsx'), '');
  const { main } = await import('../../src/cli/main');
  let stderr = '';
  const code = await main(['check', '台账', '--as-of', '2019-12-06', '-o', 'r.txt'], {
    stdout: { write: () => true, isTTY: true },
    stderr: { write: (s: string) => (stderr += s), isTTY: true },
    stdin: '',
    env: {},
    cwd: dir,
  });
  expect(code).toBe(2);
  expect(stderr).toContain('已检查 10/11 个文件…');
  expect(stderr).toContain('\r\x1b[K错误：');
  // No progress line after the last file: the run's end is not left behind a stale count.
  expect(stderr).not.toContain('已检查 11/11');
});
