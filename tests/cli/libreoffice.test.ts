// Ledgers written by another spreadsheet program: LibreOffice Calc saves styles, shared strings, merged
// cells and dates its own way (and shares one style object between many cells). The checker must read
// such a file exactly as it reads the original, and --annotate must paint only the problem cells.
// Runs where LibreOffice is installed (CI installs libreoffice-calc-nogui); skipped elsewhere.
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from './run';
import { sha256, tempDir, writeLedger } from './helpers';

const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);

/** A city's ledger as offices keep them: merged title, a note row, a section row, two unit columns,
 *  a merged lead cell, date cells, rich text, a formula, user fills, trailing signature rows. */
async function writeMessyLedger(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = '填表说明：本表每月报送';
  const s = wb.addWorksheet('2019年台账');
  s.mergeCells('A1:H1');
  s.getCell('A1').value = '重点任务执行台账';
  s.mergeCells('A2:H2');
  s.getCell('A2').value = '填报单位：省政府办公厅';
  s.getRow(3).values = ['序 号', '重点\n任务', '牵头单位', '配合单位', '完成时限', '是否完成', '实际完成时间', '备注'];
  s.getRow(4).values = ['一、大力实施政府系统党的建设工程'];
  s.mergeCells('A4:H4');
  s.getRow(5).values = [1, '严控公文、会议数量', '省政府办公厅', '各市、县(市、区)政府', '每年推进', '', '', ''];
  s.getRow(6).values = [2, '严控会议经费', '省财政厅', '', '每年推进', '是', new Date(Date.UTC(2019, 5, 20)), ''];
  s.getRow(7).values = [3, '开展重点课题研究并转化为重要政策或工作举措', '省政府研究室', '', new Date(Date.UTC(2019, 8, 30)), '', '', ''];
  s.getRow(8).values = [4, '开展高端智库建设试点', '', '', '2018—2022年', '推进中', '', ''];
  s.mergeCells('C7:C8');
  s.getRow(9).values = [
    5,
    { richText: [{ text: '制订重大行政决策' }, { text: '执行情况第三方评估实施办法', font: { bold: true } }] },
    '省法制办',
    '',
    '2018年9月底前出台',
    '√',
    '2018.11.15',
    '',
  ];
  s.getRow(10).values = [6, '全面推广政务钉钉', '省政府办公厅', '', '2018年12月底前全覆盖', { formula: 'IF(1,"已完成","")', result: '已完成' }, 43400, ''];
  s.getRow(11).values = [6, '实行重点工作清单管理', '省发改委', '', '', '', '', ''];
  s.getRow(12).values = ['注：完成时间请填写实际日期。'];
  s.getRow(13).values = ['填表人：张三', '', '审核人：李四'];
  // The user's own formatting, shared by many cells once LibreOffice has saved the file.
  for (let r = 5; r <= 11; r++) s.getCell(`H${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (let r = 5; r <= 11; r++) s.getCell(`A${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  s.getCell('B10').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  await wb.xlsx.writeFile(file);
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  return f && f.type === 'pattern' && f.pattern === 'solid' ? (f.fgColor?.argb ?? null) : null;
}

(soffice ? describe : describe.skip)('a ledger saved by LibreOffice', () => {
  const dir = tempDir('tl-lo-');
  const original = path.join(dir, 'ledger.xlsx');
  const saved = path.join(dir, 'lo', 'ledger.xlsx');

  beforeAll(async () => {
    await writeMessyLedger(original);
    fs.mkdirSync(path.join(dir, 'lo'));
    execFileSync(soffice!, ['--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo'), original], {
      timeout: 120000,
      stdio: 'ignore',
    });
  }, 180000);

  test('is checked exactly as the original: same header, tasks, statuses and issue cells', async () => {
    const json = async (file: string) => {
      const r = await run(['check', file, '--as-of', '2019-07-20', '--format', 'json', '--sheet', '2019年台账']);
      return JSON.parse(r.stdout).files[0];
    };
    const a = await json(original);
    const b = await json(saved);
    expect(b.error).toBeUndefined();
    expect(b.headerRow).toBe(3);
    expect(b.tasks.map((t: { row: number; status: string; due: string | null }) => [t.row, t.status, t.due])).toEqual(
      a.tasks.map((t: { row: number; status: string; due: string | null }) => [t.row, t.status, t.due]),
    );
    expect(b.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`)).toEqual(
      a.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`),
    );
    // The ledger's own facts, read through LibreOffice's file: the merged lead, the dates, the formula.
    const byRow = new Map(b.tasks.map((t: { row: number }) => [t.row, t]));
    expect(byRow.get(8)).toMatchObject({ lead: '省政府研究室', status: '进行中' });
    expect(byRow.get(6)).toMatchObject({ status: '已完成' });
    expect(byRow.get(9)).toMatchObject({ status: '逾期完成', due: '2018-09-30' });
    expect(byRow.get(10)).toMatchObject({ status: '已完成' });
    expect(b.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`)).toEqual(
      expect.arrayContaining(['seq-duplicate@A10', 'seq-duplicate@A11', 'required@E11', 'unit-alias@C11', 'completed-late@G9']),
    );
  }, 60000);

  test('--annotate paints only the problem cells, although LibreOffice shares their style objects', async () => {
    const out = path.join(dir, 'marked.xlsx');
    const before = sha256(saved);
    const r = await run(['check', saved, '--as-of', '2019-07-20', '--annotate', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(sha256(saved)).toBe(before);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(saved);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(out);
    const s0 = src.getWorksheet('2019年台账')!;
    const s1 = marked.getWorksheet('2019年台账')!;
    // Problem cells are painted; their neighbours of the same style keep the user's blue.
    expect(fillOf(s1.getCell('A10'))).not.toBe(fillOf(s0.getCell('A10')));
    expect(fillOf(s1.getCell('A11'))).not.toBe(fillOf(s0.getCell('A11')));
    for (const ref of ['A5', 'A6', 'A7', 'A8', 'A9', 'H5', 'H9', 'H11', 'B10']) {
      expect([ref, fillOf(s1.getCell(ref))]).toEqual([ref, fillOf(s0.getCell(ref))]);
    }
    expect(fillOf(s1.getCell('H5'))).toBe('FFDDEBF7');
    // Values are kept everywhere.
    for (let r = 1; r <= 13; r++) {
      for (let c = 1; c <= 8; c++) expect(s1.getCell(r, c).text).toBe(s0.getCell(r, c).text);
    }
    expect(marked.getWorksheet('问题清单')).toBeDefined();
  }, 60000);
});

(soffice ? test : test.skip)('the summary workbook opens in LibreOffice with its chart', async () => {
  const dir = tempDir('tl-lo-chart-');
  await writeLedger(path.join(dir, '甲.xlsx'), [[1, '严控会议经费', '省财政厅', '2019年6月底前', '推进中', null]]);
  await writeLedger(path.join(dir, '乙.xlsx'), [[1, '推进政务公开', '省政府办公厅', '2019年3月底前', '推进中', null]]);
  await run(['check', '甲.xlsx', '乙.xlsx', '--as-of', '2019-12-06', '--summary', '汇总.xlsx', '--summary-only'], { cwd: dir });
  execFileSync(soffice!, ['--headless', '--convert-to', 'ods', '--outdir', path.join(dir, 'lo'), path.join(dir, '汇总.xlsx')], { timeout: 120000, stdio: 'ignore' });
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'lo', '汇总.ods')));
  // LibreOffice keeps a chart it read as an embedded object; one it could not read is dropped.
  const chart = Object.keys(zip.files).find((f) => /^Object \d+\/content\.xml$/.test(f));
  expect(chart).toBeDefined();
  expect(await zip.file(chart!)!.async('string')).toContain('chart:chart');
}, 180000);
