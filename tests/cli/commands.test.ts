import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { sha256, tempDir, writeLedger } from './helpers';
import { PLAN_2018 } from '../../src/core/plan';

const jsonLines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l));

describe('schedule', () => {
  test('arguments: one JSON line each, in input order, spec form', async () => {
    const r = await run(['schedule', '2018年9月底前出台', '2018—2022年', '每年推进', '执行国家规定', '随便写写', '2019年2月30日前']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { text: '2018年9月底前出台', schedule: { kind: 'deadline', due: '2018-09-30' } },
      { text: '2018—2022年', schedule: { kind: 'period', start: '2018-01-01', end: '2022-12-31' } },
      { text: '每年推进', schedule: expect.objectContaining({ kind: 'recurring', every: 'year', due: '12-31' }) },
      { text: '执行国家规定', schedule: expect.objectContaining({ kind: 'open' }) },
      { text: '随便写写', schedule: expect.objectContaining({ kind: 'unknown' }) },
      { text: '2019年2月30日前', schedule: expect.objectContaining({ kind: 'unknown' }) },
    ]);
  });
  test('stdin: one phrase per line (CRLF too), blank lines kept so lines stay aligned', async () => {
    const r = await run(['schedule'], { stdin: '2019年6月底前完成\r\n\r\n2019年底基本完成\n' });
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.text)).toEqual(['2019年6月底前完成', '', '2019年底基本完成']);
    expect(out[0].schedule).toMatchObject({ kind: 'deadline', due: '2019-06-30' });
    expect(out[1].schedule.kind).toBe('unknown');
    expect(out[2].schedule).toMatchObject({ kind: 'deadline', due: '2019-12-31' });
  });
  test('--as-of gives the year to phrases without one', async () => {
    const a = jsonLines((await run(['schedule', '6月底前', '--as-of', '2020-03-01'])).stdout)[0];
    const b = jsonLines((await run(['schedule', '6月底前', '--as-of', '2021-03-01'])).stdout)[0];
    expect(a.schedule).toMatchObject({ kind: 'deadline', due: '2020-06-30' });
    expect(b.schedule).toMatchObject({ kind: 'deadline', due: '2021-06-30' });
  });
  test('typing at a terminal: a hint on stderr, answers on stdout', async () => {
    const { Readable } = await import('stream');
    const { main } = await import('../../src/cli/main');
    const stdin = Object.assign(Readable.from([Buffer.from('每年推进\n')]), { isTTY: true });
    let out = '';
    let err = '';
    const code = await main(['schedule'], { stdin, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {} });
    expect(code).toBe(0);
    expect(err).toContain('Ctrl+D');
    expect(JSON.parse(out).schedule.kind).toBe('recurring');
  });
  test('no input, no output', async () => {
    expect(await run(['schedule'], { stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('units', () => {
  test.each([
    ['省发展改革委、省质监局', ['省发展改革委', '省质监局'], '省发展改革委'],
    ['省法制办,各市、县(市、区)政府', ['省法制办', '各市、县(市、区)政府'], '省法制办'],
    ['省统计局、省发展改革委（牵头）', ['省统计局', '省发展改革委'], '省发展改革委'],
  ])('%s', async (text, units, lead) => {
    const [o] = jsonLines((await run(['units', text])).stdout);
    expect(o).toMatchObject({ text, units, lead });
    expect(o.canonical).toHaveLength(units.length);
  });
  test('aliases resolve in the canonical field, names stay as written', async () => {
    const [o] = jsonLines((await run(['units', '省发改委'])).stdout);
    expect(o.units).toEqual(['省发改委']);
    expect(o.canonical).toEqual(['省发展改革委']);
  });
  test('stdin lines and --units extensions', async () => {
    const dir = tempDir();
    const cfg = path.join(dir, 'u.json');
    fs.writeFileSync(cfg, JSON.stringify({ units: [{ name: '临安区政府', aliases: ['临安区府'] }] }));
    const out = jsonLines((await run(['units', '--units', cfg], { stdin: '临安区府\n省财政厅\n' })).stdout);
    expect(out.map((o) => o.canonical)).toEqual([['临安区政府'], ['省财政厅']]);
  });
});

describe('workload', () => {
  test('of the plan: the issue\'s figures, busiest first', async () => {
    const r = await run(['workload']);
    expect(r.code).toBe(0);
    const rows: Array<{ unit: string; lead: number; support: number; total: number }> = JSON.parse(r.stdout);
    const find = (u: string) => rows.find((x) => x.unit === u);
    expect(find('省法制办')).toMatchObject({ lead: 10 });
    expect(find('省政府办公厅')).toMatchObject({ lead: 9 });
    expect(find('省发展改革委')).toMatchObject({ lead: 5, support: 1 });
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['lead', 'support', 'total', 'unit']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].total).toBeGreaterThanOrEqual(rows[i].total);
    expect(rows.some((x) => x.unit === '省人社保厅')).toBe(false);
  });
  test('--current-names counts under today\'s names', async () => {
    const rows: Array<{ unit: string; lead: number }> = JSON.parse((await run(['workload', '--current-names'])).stdout);
    expect(rows.find((x) => x.unit === '省司法厅')).toMatchObject({ lead: 10 });
    expect(rows.find((x) => x.unit === '省法制办')).toBeUndefined();
  });
  test('of ledger files, with an unreadable one: exit 2, the rest counted', async () => {
    const dir = tempDir();
    const a = await writeLedger(path.join(dir, 'a.xlsx'), [
      [1, '甲', '省财政厅', '每年推进'],
      [2, '乙', '省统计局、省财政厅', '每年推进'],
    ]);
    const r = await run(['workload', a, path.join(dir, 'missing.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const rows = JSON.parse(r.stdout);
    expect(rows).toEqual([
      { unit: '省财政厅', lead: 1, support: 1, total: 2 },
      { unit: '省统计局', lead: 1, support: 0, total: 1 },
    ]);
  });
});

describe('template', () => {
  const dir = tempDir();
  const file = path.join(dir, 'tpl.xlsx');
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const r = await run(['template', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('49');
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    ws = wb.worksheets[0];
  });
  test('a ready ledger: merged title, header, frozen, widths, wrap, progress columns, validation', () => {
    expect(ws.name).toBe('执行台账');
    expect(String(ws.getCell('A1').value)).toContain(PLAN_2018.title);
    expect((ws.model as { merges: string[] }).merges).toContain('A1:H1');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间', '进展情况', '备注']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(2).width).toBeGreaterThan(30);
    expect(ws.getCell('B4').alignment?.wrapText).toBe(true);
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list' });
    expect(String(ws.getCell('A3').value)).toBe(`一、${PLAN_2018.projects[0]}`);
  });
  test('holds the plan\'s 49 tasks verbatim', () => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => {
      const v = row.values as unknown[];
      if (typeof v[1] === 'number') rows.push(v.slice(1, 5));
    });
    expect(rows).toEqual(PLAN_2018.tasks.map((t) => [t.seq, t.task, t.units, t.time]));
  });
  test('checked again: no errors before any task falls due; later only overdue ones', async () => {
    const early = JSON.parse((await run(['check', file, '--as-of', '2018-01-15', '--format', 'json'])).stdout).files[0];
    expect(early.tasks).toHaveLength(49);
    expect(early.issues.filter((i: any) => i.severity === 'error')).toEqual([]);
    const late = JSON.parse((await run(['check', file, '--as-of', '2019-12-06', '--format', 'json', '--fail-on', 'none'])).stdout).files[0];
    expect(new Set(late.issues.filter((i: any) => i.severity === 'error').map((i: any) => i.rule))).toEqual(new Set(['overdue']));
  });
  test('without --out: the default name, never overwritten', async () => {
    const cwd = tempDir();
    expect((await run(['template'], { cwd })).code).toBe(0);
    const made = path.join(cwd, '重点任务执行台账.xlsx');
    const sha = sha256(made);
    const again = await run(['template'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha256(made)).toBe(sha);
  });
  test('an unwritable --out: exit 2, one line', async () => {
    const r = await run(['template', '--out', path.join(dir, 'no', 'such', 'dir', 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('help, version, usage errors', () => {
  test.each([[['--help']], [['-h']], [[]], [['check', '--help']]])('%j prints help', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('task-ledger');
    expect(r.stdout).toContain('--annotate');
  });
  test('help in English', async () => {
    expect((await run(['--help', '--lang', 'en'])).stdout).toContain('Usage: task-ledger');
  });
  test('version is the package version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect((await run(['--version'])).stdout.trim()).toBe(pkg.version);
  });
  test.each([
    [['bogus'], '未知命令', 'unknown command'],
    [['check', '--as-of', '2019-02-30'], '不是有效日期', 'not a valid date'],
    [['check', '--warn-days', '-1'], '--warn-days', '--warn-days'],
    [['check', '--fail-on', 'foo'], '--fail-on', '--fail-on'],
    [['check', '--nope'], '未知选项', 'unknown option'],
    [['schedule', '--annotate', 'x'], '不适用', 'does not apply'],
  ])('%j: exit 2 with one line in --lang', async (argv, zh, en) => {
    for (const [lang, words] of [['zh-CN', zh], ['en', en]] as const) {
      const r = await run([...argv, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(words);
    }
  });
});

describe('--plan and --current-names on the other commands', () => {
  const dir = tempDir();
  const plan = path.join(dir, 'plan.json');
  beforeAll(() => {
    fs.writeFileSync(plan, JSON.stringify({
      title: '2023年数字政府重点任务', issued: '2023-02-01', lastYear: 2025, projects: ['数字政府'],
      tasks: [
        { seq: 1, task: '推进数字政府建设', units: '省大数据发展管理局、省财政厅', time: '2023年12月底前', project: 1 },
        { seq: 2, task: '完善政务服务标准', units: '省市场监管局', time: '2024年6月底前', project: 1 },
      ],
    }));
  });
  test('template --plan writes that plan', async () => {
    const out = path.join(dir, 't.xlsx');
    expect((await run(['template', '--plan', plan, '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toContain('2023年数字政府重点任务');
    expect(String(ws.getCell('A3').value)).toBe('一、数字政府');
    expect((ws.getRow(4).values as unknown[]).slice(1, 5)).toEqual([1, '推进数字政府建设', '省大数据发展管理局、省财政厅', '2023年12月底前']);
  });
  test('workload --plan counts that plan (same total: leads first)', async () => {
    const rows = JSON.parse((await run(['workload', '--plan', plan])).stdout);
    expect(rows).toHaveLength(3);
    expect(rows.slice(0, 2).map((r: any) => r.unit).sort()).toEqual(['省大数据发展管理局', '省市场监管局'].sort());
    for (const r of rows.slice(0, 2)) expect(r).toMatchObject({ lead: 1, support: 0, total: 1 });
    expect(rows[2]).toEqual({ unit: '省财政厅', lead: 0, support: 1, total: 1 });
  });
  test('check --current-names: the unit table under today\'s names', async () => {
    const before = (await run(['check', '--fail-on', 'none'])).stdout;
    const after = (await run(['check', '--fail-on', 'none', '--current-names'])).stdout;
    const table = (s: string) => s.slice(s.indexOf('各单位任务量'));
    expect(table(before)).toMatch(/\n\s+省法制办\s/);
    expect(table(after)).not.toMatch(/\n\s+省法制办\s/);
    expect(table(after)).toMatch(/\n\s+省司法厅\s/);
  });
});

describe('--units file errors', () => {
  test.each([
    ['not JSON', '{units:', 'JSON'],
    ['wrong shape', '{"units": [{"aliases": ["x"]}]}', 'units.json'],
  ])('%s: exit 2, one line naming the file', async (_n, content, words) => {
    const dir = tempDir();
    const f = path.join(dir, 'units.json');
    fs.writeFileSync(f, content);
    const r = await run(['units', '--units', f, '省财政厅']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
