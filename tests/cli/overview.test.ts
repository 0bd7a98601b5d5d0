// The province's view of a bulk check: the per-file table, the JSON summary and the summary workbook.
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from './run';
import { tempDir, writeLedger } from './helpers';

describe('check over several ledgers with --summary', () => {
  const dir = tempDir();
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, '台账'));
    // As of 2019-12-06: 2019年6月底前, not done, is overdue; 2020年底前 is in progress; 每年推进 is open-ended.
    await writeLedger(path.join(dir, '台账', '甲县.xlsx'), [
      [1, '严控会议经费', '县财政局', '2019年6月底前', '推进中', null],
      [2, '推进政务公开', '县政府办', '2020年底前', '推进中', null],
    ]);
    await writeLedger(path.join(dir, '台账', '乙县.xlsx'), [
      [1, '严控会议经费', '县财政局', '2019年6月底前', '推进中', null],
      [2, '清理规范性文件', '县司法局', '2019年3月底前', '推进中', null],
    ]);
    await writeLedger(path.join(dir, '台账', '丙县.xlsx'), [
      [1, '严控会议经费', '', '2020年底前', '推进中', null],
      [2, '推进政务公开', '县政府办', '2019年6月底前', '已完成', new Date(Date.UTC(2019, 4, 20))],
    ]);
    fs.writeFileSync(path.join(dir, '台账', '丁县.xlsx'), '不是工作簿');
  });

  test('the table ranks the files: most overdue first, then ledger errors; unreadable ones listed', async () => {
    const r = await run(['check', '台账', '--as-of', '2019-12-06', '--summary-only'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('各文件汇总（4 个文件，按逾期任务、填报错误排序）');
    const body = lines.slice(2, 6).map((l) => l.trim().split(/\s{2,}/));
    expect(body[0][0]).toBe(path.join('台账', '乙县.xlsx'));
    expect(body[0].slice(1, 4)).toEqual(['2', '2', '0']);
    expect(body[1][0]).toBe(path.join('台账', '甲县.xlsx'));
    expect(body[1][2]).toBe('1');
    // 丙县: no overdue task, one ledger error (a blank 责任单位), on time 100%.
    expect(body[2][0]).toBe(path.join('台账', '丙县.xlsx'));
    expect(body[2].slice(2, 6)).toEqual(['0', '0', '0', '1']);
    expect(body[2][body[2].length - 1]).toBe('100%');
    expect(body[3]).toEqual([path.join('台账', '丁县.xlsx'), '无法读取']);
    // Only the table: no per-file report.
    expect(r.stdout).not.toContain('文件：');
  });

  test('JSON: the files, then a summary object with the same ranking', async () => {
    const r = await run(['check', '台账', '--as-of', '2019-12-06', '--format', 'json'], { cwd: dir });
    const j = JSON.parse(r.stdout) as { files: unknown[]; summary: { files: Array<{ file: string; status: Record<string, number>; ledgerErrors: number }>; unreadable: Array<{ file: string }> } };
    expect(j.files).toHaveLength(4);
    expect(j.summary.files.map((f) => [path.basename(f.file), f.status.overdue, f.ledgerErrors])).toEqual([
      ['乙县.xlsx', 2, 0],
      ['甲县.xlsx', 1, 0],
      ['丙县.xlsx', 0, 1],
    ]);
    expect(j.summary.unreadable.map((u) => path.basename(u.file))).toEqual(['丁县.xlsx']);
  });

  test('the summary workbook: files ranked, units across files, unreadable files with the reason', async () => {
    const r = await run(['check', '台账', '--as-of', '2019-12-06', '--summary', '汇总.xlsx', '--fail-on', 'none'], { cwd: dir });
    expect(r.stderr).toContain('已写出汇总工作簿：汇总.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '汇总.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['文件汇总', '单位汇总', '无法读取']);
    const files = wb.getWorksheet('文件汇总')!;
    expect(files.getRow(2).getCell(4).value).toBe('逾期');
    expect([3, 4, 5].map((r) => [path.basename(String(files.getRow(r).getCell(1).value)), files.getRow(r).getCell(4).value])).toEqual([
      ['乙县.xlsx', 2],
      ['甲县.xlsx', 1],
      ['丙县.xlsx', 0],
    ]);
    // 县财政局 leads an overdue task in 甲县 and in 乙县: 2 overdue across the files.
    const units = wb.getWorksheet('单位汇总')!;
    const byUnit = new Map<string, unknown[]>();
    units.eachRow((row, n) => n > 2 && byUnit.set(String(row.getCell(1).value), (row.values as unknown[]).slice(2)));
    expect(byUnit.get('县财政局')).toEqual([2, 0, 2, 0, 0, 2, 0]);
    const bad = wb.getWorksheet('无法读取')!;
    expect(String(bad.getRow(3).getCell(2).value)).toContain('不是 .xlsx 工作簿');
  });

  test('a native bar chart of the files with overdue tasks, drawn from the 文件汇总 cells', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, '汇总.xlsx')));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    // Two files have overdue tasks: 乙县 and 甲县, rows 3 and 4.
    expect(chart).toContain("<c:f>'文件汇总'!$A$3:$A$4</c:f>");
    expect(chart).toContain("<c:f>'文件汇总'!$D$3:$D$4</c:f>");
    expect(chart).toContain('逾期任务最多的2个文件');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // The drawing sits at the worksheet level, before its own extLst (not inside a data-bar rule's).
    expect(sheet.indexOf('<drawing r:id="rIdTlChart"/>')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(sheet).toMatch(/<drawing r:id="rIdTlChart"\/><extLst>[\s\S]*<\/extLst><\/worksheet>$/);
    expect(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).toContain('../drawings/drawing1.xml');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
  });
});
