import * as fs from 'fs';
import * as path from 'path';
import { run } from './run';
import { compoundFile, HEADER, sha256, tempDir, writeLedger, zip } from './helpers';
import { sampleLedgerLayout, SAMPLE_AS_OF } from '../../src/report/sample';
import { PLAN_2018 } from '../../src/core/plan';

type Json = { files: Array<Record<string, any>> };
const parse = (s: string): Json => JSON.parse(s);

/** The sample's designed state on its own date (src/core/sample.ts, docs/cli.md). */
const DESIGNED: Record<string, number[]> = {
  长期: [1, 15, 37, 47, 49],
  已完成: [2, 3, 5, 7, 9, 10, 14, 17, 18, 19, 21, 25, 27, 29, 30, 31, 34, 38, 39, 40, 41, 42, 44, 46, 48],
  逾期完成: [8, 24, 32],
  临期: [4, 12, 20, 22, 26, 36, 43],
  逾期: [35, 45],
  进行中: [6, 11, 13, 16, 28, 33],
  无法识别: [23],
};
const layout = sampleLedgerLayout();
/** Excel row of plan task n in the sample. */
const rowOf = (seq: number) => layout.taskRows[seq - 1] + 1;

describe('check with no file: the built-in sample ledger', () => {
  let json: Json;
  beforeAll(async () => {
    const r = await run(['check', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    json = parse(r.stdout);
  });

  test('file entry has exactly the spec keys and the sample date', () => {
    const f = json.files[0];
    expect(Object.keys(f).sort()).toEqual(['asOf', 'counts', 'file', 'headerRow', 'issues', 'sheet', 'tasks'].sort());
    // Issues per category and severity (#10): ledger mistakes and progress alerts apart.
    const count = (category: string, severity: string) => f.issues.filter((i: any) => i.category === category && i.severity === severity).length;
    for (const category of ['ledger', 'progress']) {
      for (const severity of ['error', 'warning', 'info']) expect(f.counts[category][severity]).toBe(count(category, severity));
    }
    expect(f.counts.progress.error).toBeGreaterThan(0); // the sample's overdue tasks
    expect(f.asOf).toBe(SAMPLE_AS_OF);
    expect(f.headerRow).toBe(2);
    expect(f.tasks).toHaveLength(49);
  });

  test.each(Object.entries(DESIGNED))('tasks designed %s have that status', (status, seqs) => {
    const f = json.files[0];
    for (const seq of seqs) {
      const t = f.tasks.find((x: any) => x.row === rowOf(seq));
      expect({ seq, status: t?.status }).toEqual({ seq, status });
    }
  });

  test('task entries have the spec shape', () => {
    for (const t of json.files[0].tasks) {
      // The spec's task shape; `progress` is the share done (0–100) or null.
      expect(Object.keys(t).sort()).toEqual(['due', 'lead', 'progress', 'row', 'schedule', 'seq', 'status', 'task', 'units'].sort());
      expect(t.progress === null || (t.progress >= 0 && t.progress <= 100)).toBe(true);
      expect(Array.isArray(t.units)).toBe(true);
      expect(typeof t.schedule.kind).toBe('string');
      expect(t.due === null || /^\d{4}-\d{2}-\d{2}$/.test(t.due)).toBe(true);
    }
    const t8 = json.files[0].tasks.find((x: any) => x.row === rowOf(8));
    expect(t8).toMatchObject({ seq: 8, task: PLAN_2018.tasks[7].task, lead: '省法制办', schedule: { kind: 'deadline', due: '2018-09-30' }, due: '2018-09-30' });
  });

  test('issue entries have the spec shape and a rendered message', () => {
    const issues = json.files[0].issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual(['category', 'cell', 'column', 'data', 'message', 'messageId', 'row', 'rule', 'severity'].sort());
      expect(['ledger', 'progress']).toContain(i.category);
      expect(['error', 'warning', 'info']).toContain(i.severity);
      expect(i.message.length).toBeGreaterThan(0);
      expect(i.message).not.toMatch(/\{\w+\}/);
    }
  });

  test.each([
    ['completion-date-missing', 3, 'F'],
    ['time-unparsed', 23, 'D'],
    ['seq-duplicate', 38, 'A'],
    ['seq-duplicate', 39, 'A'],
    ['unit-alias', 41, 'C'],
    ['overdue', 35, 'D'],
    ['overdue', 45, 'D'],
    ['due-soon', 22, 'D'],
    ['completed-late', 8, 'F'],
  ])('the deliberate finding %s on task %d', (rule, seq, col) => {
    const hit = json.files[0].issues.find((i: any) => i.rule === rule && i.row === rowOf(seq));
    expect(hit).toBeDefined();
    expect(hit.cell).toBe(`${col}${rowOf(seq)}`);
  });

  test('and nothing the design did not put there', () => {
    const rules = new Set(json.files[0].issues.map((i: any) => i.rule));
    const designed = ['completion-date-missing', 'time-unparsed', 'plan-mismatch', 'seq-duplicate', 'unit-alias', 'overdue', 'due-soon', 'completed-late'];
    expect([...rules].filter((r) => !designed.includes(r as string))).toEqual([]);
  });
});

describe('check options', () => {
  test('--as-of moves the statuses (task 22, due 2019-12-31, is in progress in July)', async () => {
    const r = await run(['check', '--format', 'json', '--as-of', '2019-07-15', '--fail-on', 'none']);
    const t = parse(r.stdout).files[0].tasks.find((x: any) => x.row === rowOf(22));
    expect(t.status).toBe('进行中');
    expect(parse(r.stdout).files[0].asOf).toBe('2019-07-15');
  });
  test('--warn-days 0 turns due-soon into in progress; 60 catches more', async () => {
    const z = parse((await run(['check', '--format', 'json', '--warn-days', '0', '--fail-on', 'none'])).stdout).files[0];
    expect(z.tasks.filter((t: any) => t.status === '临期')).toHaveLength(0);
    const wide = parse((await run(['check', '--format', 'json', '--warn-days', '60', '--as-of', '2019-11-15', '--fail-on', 'none'])).stdout).files[0];
    expect(wide.tasks.find((x: any) => x.row === rowOf(22)).status).toBe('临期');
  });
  test('--disable switches rules off', async () => {
    const r = await run(['check', '--format', 'json', '--disable', 'due-soon,overdue', '--fail-on', 'none']);
    const rules = parse(r.stdout).files[0].issues.map((i: any) => i.rule);
    expect(rules).not.toContain('due-soon');
    expect(rules).not.toContain('overdue');
    expect(rules).toContain('seq-duplicate');
  });
  test('--disable with an unknown rule id is a usage error', async () => {
    const r = await run(['check', '--disable', 'no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no-such-rule');
  });
  test('--lang en renders messages in English', async () => {
    const r = await run(['check', '--format', 'json', '--lang', 'en', '--fail-on', 'none']);
    const msgs = parse(r.stdout).files[0].issues.map((i: any) => i.message).join('\n');
    const zh = parse((await run(['check', '--format', 'json', '--fail-on', 'none'])).stdout).files[0].issues.map((i: any) => i.message).join('\n');
    expect(msgs).not.toBe(zh);
    expect(msgs).toMatch(/[a-z]{4,}/);
  });
});

describe('exit codes and --fail-on', () => {
  const dir = tempDir();
  let clean: string;
  let warnOnly: string;
  beforeAll(async () => {
    clean = await writeLedger(path.join(dir, 'clean.xlsx'), [
      [1, '编制年度财政预算执行报告', '省财政厅', '2019年12月底前完成', '已完成', new Date(Date.UTC(2019, 10, 1))],
      [2, '编写年度报告', '省统计局', '2019年12月底前完成', '已完成', new Date(Date.UTC(2019, 10, 2))],
    ]);
    warnOnly = await writeLedger(path.join(dir, 'warn.xlsx'), [
      [1, '编写年度报告', '省统计局', '2019年12月底前完成', '推进中', null],
    ]);
  });
  test.each([
    ['sample, default error', [], 1],
    ['sample, none', ['--fail-on', 'none'], 0],
    ['clean ledger', ['CLEAN'], 0],
    ['clean ledger, warning', ['CLEAN', '--fail-on', 'warning', '--as-of', '2019-12-06'], 0],
    ['due soon only, error', ['WARN', '--as-of', '2019-12-06'], 0],
    // Progress alerts (due-soon, overdue) count for --fail-on only with --fail-on-progress (#10).
    ['due soon only, warning', ['WARN', '--as-of', '2019-12-06', '--fail-on', 'warning'], 0],
    ['due soon only, warning, progress counted', ['WARN', '--as-of', '2019-12-06', '--fail-on', 'warning', '--fail-on-progress'], 1],
    ['due soon only, error, progress counted', ['WARN', '--as-of', '2019-12-06', '--fail-on-progress'], 0],
    ['due soon only, none', ['WARN', '--as-of', '2019-12-06', '--fail-on', 'none'], 0],
  ])('%s (%j) -> exit %d', async (_name, extra, code) => {
    const argv = ['check', ...extra.map((a) => (a === 'CLEAN' ? clean : a === 'WARN' ? warnOnly : a))];
    if (!extra.includes('--as-of') && (extra.includes('CLEAN') || extra.includes('WARN'))) argv.push('--as-of', '2019-12-06');
    const r = await run(argv);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: '' });
  });
});

describe('bad files: exit 2, one line naming file and reason, others still checked', () => {
  const dir = tempDir();
  const files: Record<string, string> = {};
  beforeAll(async () => {
    files.good = await writeLedger(path.join(dir, 'good.xlsx'), [[1, '严控会议经费', '省财政厅', '每年推进', '推进中', null]]);
    const good = fs.readFileSync(files.good);
    const put = (name: string, data: Buffer) => {
      files[name] = path.join(dir, name);
      fs.writeFileSync(files[name], data);
    };
    put('empty.xlsx', Buffer.alloc(0));
    put('text.xlsx', Buffer.from('这不是工作簿'));
    put('cut.xlsx', good.subarray(0, good.length - 200));
    put('old.xls', compoundFile(['Workbook']));
    put('locked.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    put('nosheets.xlsx', zip({}));
    files['missing.xlsx'] = path.join(dir, 'missing.xlsx');
  });
  test.each([
    ['empty.xlsx', '文件为空', 'empty'],
    ['text.xlsx', '不是 .xlsx 工作簿', 'not an .xlsx workbook'],
    ['cut.xlsx', '不完整', 'incomplete'],
    ['old.xls', '另存为 .xlsx', 'save it as .xlsx'],
    ['locked.xlsx', '加密', 'encrypted'],
    ['nosheets.xlsx', '没有工作表', 'no worksheets'],
    ['missing.xlsx', '文件不存在', 'not found'],
  ])('%s', async (name, zh, en) => {
    for (const [lang, words] of [['zh-CN', zh], ['en', en]] as const) {
      const r = await run(['check', files[name], files.good, '--format', 'json', '--lang', lang]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(files[name]);
      expect(lines[0]).toContain(words);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const out = parse(r.stdout);
      expect(out.files).toHaveLength(2);
      expect(Object.keys(out.files[0]).sort()).toEqual(['error', 'file']);
      expect(out.files[0].file).toBe(files[name]);
      expect(out.files[1].tasks).toHaveLength(1);
    }
  });
  test('text output also lists the unreadable file, reports the good one, and totals both', async () => {
    const r = await run(['check', files['old.xls'], files.good]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(files.good);
    expect(r.stdout).toContain('工作表');
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^合计：2 个文件（1 个无法读取，0 个有错误），任务 1 项/);
  });
  test('--sheet naming a missing sheet is a per-file error', async () => {
    const r = await run(['check', files.good, '--sheet', '不存在']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不存在');
  });
});

describe('which sheet is checked', () => {
  const dir = tempDir();
  test('the active sheet when it is a ledger, else the first ledger sheet; --sheet overrides', async () => {
    const file = await writeLedger(path.join(dir, 'two.xlsx'), [[1, '严控会议经费', '省财政厅', '每年推进']], {
      extraSheets: ['说明'],
      setup: (_ws, wb) => {
        const other = wb.addWorksheet('二级台账');
        other.addRow(HEADER);
        other.addRow([1, '严控公文、会议数量', '省政府办公厅', '每年推进']);
        other.addRow([2, '严控会议经费', '省财政厅', '每年推进']);
      },
      activeTab: 2,
    });
    const active = parse((await run(['check', file, '--format', 'json', '--fail-on', 'none'])).stdout).files[0];
    expect(active.sheet).toBe('二级台账');
    expect(active.tasks).toHaveLength(2);
    const chosen = parse((await run(['check', file, '--sheet', '台账', '--format', 'json', '--fail-on', 'none'])).stdout).files[0];
    expect(chosen.sheet).toBe('台账');
    const first = await writeLedger(path.join(dir, 'first.xlsx'), [[1, '严控会议经费', '省财政厅', '每年推进']], { extraSheets: ['说明'], activeTab: 0 });
    expect(parse((await run(['check', first, '--format', 'json', '--fail-on', 'none'])).stdout).files[0].sheet).toBe('台账');
  });
  test('a hidden ledger sheet gives way to a visible one', async () => {
    const file = await writeLedger(path.join(dir, 'hidden.xlsx'), [[1, '编制年度统计报告', '省统计局', '每年推进']], {
      sheetName: '2019年台账',
      setup: (_ws, wb) => {
        const old = wb.addWorksheet('2018年台账', { state: 'hidden' });
        old.addRow(HEADER);
        old.addRow([1, '旧任务', '省统计局', '每年推进']);
        // Sheet order: the hidden 2018 copy first.
        (old as unknown as { orderNo: number }).orderNo = -1;
        wb.addWorksheet('汇总').getCell('A1').value = '汇总';
      },
      activeTab: 2,
    });
    const f = parse((await run(['check', file, '--format', 'json', '--fail-on', 'none'])).stdout).files[0];
    expect(f.sheet).toBe('2019年台账');
  });
  test('no ledger header anywhere: header-not-found, exit 1', async () => {
    const file = await writeLedger(path.join(dir, 'none.xlsx'), [['a', 'b']], { header: ['姓名', '电话'] });
    const r = await run(['check', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const f = parse(r.stdout).files[0];
    expect(f.issues.map((i: any) => i.rule)).toContain('header-not-found');
    const h = f.issues.find((i: any) => i.rule === 'header-not-found');
    expect([h.row, h.column, h.cell]).toEqual([null, null, null]);
  });
});

describe('--plan and --units', () => {
  const dir = tempDir();
  test('a JSON plan: rows compared with it, not with the 2018 plan', async () => {
    const plan = path.join(dir, 'plan.json');
    fs.writeFileSync(plan, JSON.stringify({ title: '2023年重点工作', issued: '2023-02-01', lastYear: 2023, projects: [], tasks: [
      { seq: 1, task: '推进数字政府建设', units: '省大数据发展管理局', time: '2023年12月底前' },
      { seq: 2, task: '完善政务服务标准', units: '省市场监管局', time: '2023年6月底前' },
    ] }));
    const ledger = await writeLedger(path.join(dir, 'l.xlsx'), [
      [1, '推进数字政府建设', '省大数据发展管理局', '2023年12月底前'],
      [2, '完善政务服务标准', '省财政厅', '2023年6月底前'],
    ]);
    const r = await run(['check', ledger, '--plan', plan, '--as-of', '2023-03-01', '--format', 'json']);
    const f = parse(r.stdout).files[0];
    const mismatch = f.issues.filter((i: any) => i.rule === 'plan-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].cell).toBe('C3');
  });
  test('an .xlsx plan in the ledger layout (the template itself)', async () => {
    const tpl = path.join(dir, 'plan.xlsx');
    expect((await run(['template', '--out', tpl])).code).toBe(0);
    const ledger = await writeLedger(path.join(dir, 'l2.xlsx'), [[8, PLAN_2018.tasks[7].task, '省法制办', '2018年10月底前出台']]);
    const f = parse((await run(['check', ledger, '--plan', tpl, '--as-of', '2018-05-01', '--format', 'json'])).stdout).files[0];
    expect(f.issues.filter((i: any) => i.rule === 'plan-mismatch').map((i: any) => i.cell)).toEqual(['D2']);
  });
  test.each([
    ['missing', null, '不存在'],
    ['broken', '{"tasks": [', 'JSON'],
    ['invalid', '{"tasks": []}', '计划'],
  ])('a %s plan file is a usage error', async (_name, content, words) => {
    const p = path.join(dir, `bad-${_name}.json`);
    if (content !== null) fs.writeFileSync(p, content);
    const r = await run(['check', '--plan', p]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(words);
  });
  test('--units adds a local unit, so it is no longer unknown', async () => {
    const ledger = await writeLedger(path.join(dir, 'local.xlsx'), [[1, '开展基层治理试点', '临安区综合执法局', '2019年12月底前']]);
    const before = parse((await run(['check', ledger, '--format', 'json', '--as-of', '2019-01-01', '--fail-on', 'none'])).stdout).files[0];
    expect(before.issues.map((i: any) => i.rule)).toContain('unit-unknown');
    const units = path.join(dir, 'units.json');
    fs.writeFileSync(units, JSON.stringify({ units: [{ name: '临安区综合执法局', aliases: ['临安执法局'] }] }));
    const after = parse((await run(['check', ledger, '--units', units, '--format', 'json', '--as-of', '2019-01-01', '--fail-on', 'none'])).stdout).files[0];
    expect(after.issues.map((i: any) => i.rule)).not.toContain('unit-unknown');
  });
});

describe('text output', () => {
  test('piped: header, summary, issues by rule with cells, workload table, no ANSI', async () => {
    const r = await run(['check']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain(SAMPLE_AS_OF);
    expect(r.stdout).toMatch(/表头行：2/);
    expect(r.stdout).toMatch(/任务 49 项/);
    expect(r.stdout).toContain('seq-duplicate');
    expect(r.stdout).toContain(`A${rowOf(39)}`);
    expect(r.stdout).toContain('各单位任务量');
    expect(r.stdout).toMatch(/省法制办\s+\d+/);
  });
  test('a terminal gets colours, unless NO_COLOR', async () => {
    expect((await run(['check'], { tty: true })).stdout).toMatch(/\x1b\[3\dm/);
    expect((await run(['check'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });
  test('English headings with --lang en', async () => {
    const r = await run(['check', '--lang', 'en']);
    expect(r.stdout).toContain('Workload by unit');
    expect(r.stdout).toContain('49 tasks');
    expect(r.stdout).toMatch(/\(逾期\) 2/);
    expect(r.stdout).not.toContain('（');
  });
});

describe('the input is never written', () => {
  test('check and annotate leave bytes and mtime alone', async () => {
    const dir = tempDir();
    const file = await writeLedger(path.join(dir, 'l.xlsx'), [[1, '严控会议经费', '省财政厅', '2018年9月底前', '推进中', null]]);
    const past = new Date('2021-03-04T05:06:07Z');
    fs.utimesSync(file, past, past);
    const before = { sha: sha256(file), mtime: fs.statSync(file).mtimeMs };
    await run(['check', file, '--annotate', path.join(dir, 'out.xlsx')]);
    await run(['check', file, '--format', 'json']);
    expect({ sha: sha256(file), mtime: fs.statSync(file).mtimeMs }).toEqual(before);
  });
});

describe('dates as Chinese-locale Excel and WPS store them', () => {
  // Built-in formats 31 (yyyy"年"m"月"d"日"), 57/58 are locale formats with no code in the file:
  // ExcelJS hands their cells over as serial numbers, format 14 as Date. Both must read as dates.
  test.each([
    ['format 14', 14],
    ['format 31', 31],
    ['format 57', 57],
    ['format 58', 58],
  ])('%s: completion date and time requirement cells', async (_n, fmt) => {
    const { inlineStr, rawXlsx } = await import('./helpers');
    // 2019-06-30 = serial 43646; 2019-08-15 = 43692.
    const sheet =
      `<row r="1">${['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'].map((h, i) => inlineStr(`${'ABCDEF'[i]}1`, h)).join('')}</row>` +
      `<row r="2"><c r="A2"><v>1</v></c>${inlineStr('B2', '编制年度统计报告')}${inlineStr('C2', '省统计局')}<c r="D2" s="1"><v>43646</v></c>${inlineStr('E2', '已完成')}<c r="F2" s="1"><v>43692</v></c></row>`;
    const dir = tempDir();
    const file = path.join(dir, `fmt${fmt}.xlsx`);
    fs.writeFileSync(file, rawXlsx(sheet, { xfNumFmts: [0, fmt] }));
    const f = parse((await run(['check', file, '--as-of', '2019-12-06', '--format', 'json', '--fail-on', 'none'])).stdout).files[0];
    expect(f.tasks[0]).toMatchObject({ schedule: { kind: 'deadline', due: '2019-06-30' }, status: '逾期完成', due: '2019-06-30' });
  });
});

describe('cells of every type never crash the check', () => {
  test('booleans, numbers, error values, rich text, formulas, hyperlinks, dates', async () => {
    const dir = tempDir();
    const file = await writeLedger(path.join(dir, 'odd.xlsx'), [
      [true, 12345, { error: '#N/A' }, { richText: [{ text: '2019年' }, { text: '6月底前', font: { bold: true } }] }, { formula: '1=1', result: true }, { formula: 'DATE(2019,6,1)', result: new Date(Date.UTC(2019, 5, 1)) }],
      [{ formula: 'ROW()-1', result: 2 }, { text: '开展试点', hyperlink: 'http://example.org' }, { text: '省统计局', hyperlink: 'mailto:x@example.org' }, new Date(Date.UTC(2019, 11, 31)), '√', '2019/11/3'],
      ['三', '任务', 3.5, { formula: 'NA()', result: { error: '#N/A' } }, null, { error: '#VALUE!' }],
    ] as unknown[][]);
    const r = await run(['check', file, '--format', 'json', '--as-of', '2019-12-06']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const f = parse(r.stdout).files[0];
    expect(f.tasks).toHaveLength(3);
    expect(f.tasks[1]).toMatchObject({ task: '开展试点', units: ['省统计局'], schedule: { kind: 'deadline', due: '2019-12-31' }, status: '已完成' });
    expect(f.tasks[0].schedule).toMatchObject({ kind: 'deadline', due: '2019-06-30' });
  });
});

describe('two-column units (牵头单位 + 责任单位)', () => {
  test('lead from the first column, support from the second', async () => {
    const dir = tempDir();
    const file = await writeLedger(path.join(dir, 'two.xlsx'), [[1, '开展基层治理试点', '省民政厅', '省财政厅、省统计局', '2019年12月底前']], {
      header: ['序号', '重点任务', '牵头单位', '责任单位', '时间要求'],
    });
    const t = parse((await run(['check', file, '--format', 'json', '--as-of', '2019-01-01', '--fail-on', 'none'])).stdout).files[0].tasks[0];
    expect(t).toMatchObject({ lead: '省民政厅', units: ['省民政厅', '省财政厅', '省统计局'] });
  });
});
