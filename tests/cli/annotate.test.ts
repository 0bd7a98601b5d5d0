import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from './run';
import { HEADER, inlineStr, rawXlsx, rawXlsxParts, sha256, tempDir, writeLedger, zip } from './helpers';
import { SEVERITY_FILL, annotateWorkbook, escapeCellText } from '../../src/cli/annotate';
import { asXlsxPath } from '../../src/cli/main';
import { loadWorkbook } from '../../src/cli/xlsx';
import { readWorkbookValues } from '../../src/cli/xlsx-read';
import type { LedgerIssue, Severity } from '../../src/core/types';
import { RULES } from '../../src/core/rules';

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const GREEN = 'FFC6EFCE';

describe('--annotate round trip', () => {
  const dir = tempDir();
  let input: string;
  let out: string;
  let issues: Array<{ rule: string; severity: Severity; category: 'ledger' | 'progress'; cell: string | null; message: string }>;
  beforeAll(async () => {
    input = await writeLedger(
      path.join(dir, '台账.xlsx'),
      [
        [1, '编制年度统计报告', '省统计局', '2019年6月底前完成', '推进中', null],
        [1, '编制年度审计报告', '省审计厅', '2019年12月底前完成', '推进中', null],
        [3, '编制年度调查报告', '省统计局', '下个月看情况', '推进中', null],
      ],
      {
        title: '2019年重点工作执行台账',
        header: [...HEADER, '进展情况'],
        setup: (ws) => {
          ws.mergeCells('A1:G1');
          ws.getCell('A1').font = { bold: true, size: 16 };
          ws.getRow(2).eachCell((c) => {
            c.font = { bold: true, color: { argb: 'FF1F4E79' } };
            c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
          });
          for (let r = 3; r <= 5; r++) {
            for (let c = 1; c <= 7; c++) {
              ws.getRow(r).getCell(c).style = {
                font: { name: '仿宋', size: 12, italic: c === 2 },
                border: { top: { style: 'thin' }, bottom: { style: 'double' }, left: { style: 'thin' }, right: { style: 'thin' } },
                numFmt: c === 6 ? 'yyyy/m/d' : undefined,
              } as Partial<ExcelJS.Style>;
            }
          }
          ws.getCell('G3').value = '已报送初稿';
          ws.getCell('G3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREEN } };
          ws.getCell('D3').note = '原批注：时间已与处室核对';
          ws.getColumn(2).width = 40;
          ws.views = [{ state: 'frozen', ySplit: 2 }];
        },
      },
    );
    out = path.join(dir, 'annotated.xlsx');
    const before = sha256(input);
    const r = await run(['check', input, '--as-of', '2019-12-06', '--annotate', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(sha256(input)).toBe(before);
    issues = JSON.parse(r.stdout).files[0].issues;
    expect(issues.some((i) => i.cell)).toBe(true);
  });

  test('every original value and merge is kept', async () => {
    const sheetOf = async (file: string) => (await readWorkbookValues(fs.readFileSync(file))).sheets.find((w) => w.name === '台账')!;
    const a = await sheetOf(input);
    const b = await sheetOf(out);
    expect(b.values).toEqual(a.values);
    expect(b.merges).toEqual(a.merges);
  });

  test('painted cells: fill by the worst severity of the cell, font and border kept, note says why', async () => {
    const src = (await open(input)).getWorksheet('台账')!;
    const ws = (await open(out)).getWorksheet('台账')!;
    const byCell = new Map<string, typeof issues>();
    for (const i of issues) if (i.cell) byCell.set(i.cell, [...(byCell.get(i.cell) ?? []), i]);
    for (const [cell, list] of byCell) {
      const worst = list.map((i) => i.severity).sort((x, y) => RANK[y] - RANK[x])[0];
      const c = ws.getCell(cell);
      expect({ cell, fill: (c.fill as ExcelJS.FillPattern)?.fgColor?.argb }).toEqual({ cell, fill: SEVERITY_FILL[worst] });
      expect(c.font).toEqual(src.getCell(cell).font);
      expect(c.border).toEqual(src.getCell(cell).border);
      const note = JSON.stringify(c.note);
      for (const i of list) expect(note).toContain(i.message.slice(0, 10));
    }
  });

  test('a note the user already had is kept', async () => {
    const ws = (await open(out)).getWorksheet('台账')!;
    expect(JSON.stringify(ws.getCell('D3').note)).toContain('原批注：时间已与处室核对');
  });

  test('unpainted cells keep fill, font, border, number format; sheet layout kept', async () => {
    const src = (await open(input)).getWorksheet('台账')!;
    const ws = (await open(out)).getWorksheet('台账')!;
    const painted = new Set(issues.map((i) => i.cell));
    for (let r = 1; r <= 5; r++) {
      for (let c = 1; c <= 7; c++) {
        const a = src.getRow(r).getCell(c);
        if (painted.has(a.address)) continue;
        const b = ws.getRow(r).getCell(c);
        expect({ at: a.address, fill: b.fill, font: b.font, border: b.border, numFmt: b.numFmt }).toEqual({
          at: a.address, fill: a.fill, font: a.font, border: a.border, numFmt: a.numFmt,
        });
      }
    }
    expect((ws.getCell('G3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(GREEN);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  test('a 问题清单 sheet lists every issue: ledger mistakes first, Chinese rule names, the task beside each', async () => {
    const wb = await open(out);
    const list = wb.getWorksheet('问题清单')!;
    expect(list).toBeDefined();
    const rows: string[][] = [];
    list.eachRow((row, n) => {
      if (n >= 4) rows.push([String(row.getCell(1).value), String(row.getCell(3).value), String((row.getCell(4).value as any)?.text ?? ''), String(row.getCell(8).value)]);
    });
    const ordered = [...issues.filter((i) => i.category === 'ledger'), ...issues.filter((i) => i.category === 'progress')];
    const name = (id: string) => RULES.find((r) => r.meta.id === id)!.meta.description['zh-CN'];
    expect(rows).toEqual(ordered.map((i) => [i.category === 'ledger' ? '填报问题' : '进度预警', name(i.rule), i.cell ?? '', i.message]));
    // No rule ids anywhere on the sheet; the header is repeated on every printed A4 landscape page.
    const text = JSON.stringify(list.getSheetValues());
    for (const i of issues) expect(text).not.toContain(`"${i.rule}"`);
    expect(list.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' });
    expect(String(list.getCell('A2').value)).toBe('图例：');
  });

  test('notes say the problem in Chinese, without a program name or rule id', async () => {
    const ws = (await open(out)).getWorksheet('台账')!;
    const withCell = issues.find((i) => i.cell && i.cell !== 'D3')!;
    const note = JSON.stringify(ws.getCell(withCell.cell!).note);
    expect(note).toContain(withCell.message);
    expect(note).not.toContain('task-ledger');
    expect(note).not.toContain(withCell.rule);
  });
});

describe('annotating cells that share one style object', () => {
  test('painting one cell does not colour the others', async () => {
    const wb0 = new ExcelJS.Workbook();
    const ws0 = wb0.addWorksheet('台账');
    ws0.addRow(HEADER);
    ws0.addRow([1, '甲', '省财政厅', '每年推进']);
    ws0.addRow([2, '乙', '省财政厅', '每年推进']);
    for (const a of ['A2', 'B2', 'C2', 'D2', 'A3', 'B3', 'C3', 'D3']) ws0.getCell(a).font = { name: '宋体', size: 11 };
    const { workbook } = await loadWorkbook(Buffer.from(await wb0.xlsx.writeBuffer()));
    const ws = workbook.getWorksheet('台账')!;
    // ExcelJS hands every cell of one style id the same object (as with LibreOffice files).
    expect(ws.getCell('B2').style).toBe(ws.getCell('C3').style);
    const others = ['A2', 'C2', 'D2', 'A3', 'B3', 'C3', 'D3'];
    const before = others.map((a) => ({ a, fill: ws.getCell(a).fill }));
    const issue: LedgerIssue = { rule: 'required', severity: 'error', category: 'ledger', row: 2, col: 1, column: '重点任务', cell: 'B2', messageId: 'x', data: {} };
    annotateWorkbook({ workbook, sheetName: '台账', issues: [issue], messages: ['缺少重点任务'], lang: 'zh-CN', fileLabel: 'x', asOf: '2019-01-01' });
    expect((ws.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SEVERITY_FILL.error);
    expect(others.map((a) => ({ a, fill: ws.getCell(a).fill }))).toEqual(before);
    for (const a of others) expect((ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.pattern).not.toBe('solid');
    expect(ws.getCell('C3').font).toEqual({ name: '宋体', size: 11 });
    const back = await loadWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect((back.workbook.getWorksheet('台账')!.getCell('C3').fill as ExcelJS.FillPattern | undefined)?.pattern).not.toBe('solid');
    expect((back.workbook.getWorksheet('台账')!.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SEVERITY_FILL.error);
  });
});

describe('--annotate targets', () => {
  const dir = tempDir();
  let a: string;
  let b: string;
  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    a = await writeLedger(path.join(dir, 'a', '甲.xlsx'), [[1, '编制年度统计报告', '省统计局', '2019年6月底前完成']]);
    b = await writeLedger(path.join(dir, 'b', '乙.xlsx'), [[1, '编制年度审计报告', '省审计厅', '2019年6月底前完成']]);
  });
  test('several inputs: OUT is a folder, one copy per input', async () => {
    const r = await run(['check', a, b, '--as-of', '2019-12-06', '--annotate', path.join(dir, 'marked'), '--fail-on-progress']);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'marked', '甲.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'marked', '乙.xlsx'))).toBe(true);
  });
  test('one input and OUT an existing folder: the copy goes inside', async () => {
    fs.mkdirSync(path.join(dir, 'into'));
    await run(['check', a, '--annotate', path.join(dir, 'into')]);
    expect(fs.existsSync(path.join(dir, 'into', '甲.xlsx'))).toBe(true);
  });
  test.each([
    ['OUT is the input', () => ['check', a, '--annotate', a]],
    ['OUT is the input, relative', () => ['check', a, '--annotate', path.relative(process.cwd(), a)]],
    ['OUT is the folder holding the input', () => ['check', a, '--annotate', path.join(dir, 'a')]],
    ['several inputs, OUT a file', () => ['check', a, b, '--annotate', b]],
  ])('refused: %s (exit 2, input untouched)', async (_n, argv) => {
    const before = [sha256(a), sha256(b)];
    const r = await run(argv());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect([sha256(a), sha256(b)]).toEqual(before);
  });
  test('the built-in sample can be annotated too', async () => {
    const out = path.join(dir, 'sample-marked.xlsx');
    const r = await run(['check', '--annotate', out, '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['执行台账', '问题清单']);
  });
});

describe('a file written the way LibreOffice writes it (one shared cell format)', () => {
  test('only the problem cell is painted in the copy', async () => {
    const { inlineStr, rawXlsx } = await import('./helpers');
    const cells = (r: number, vals: Array<string | number>) =>
      `<row r="${r}">${vals.map((v, i) => (typeof v === 'number' ? `<c r="${'ABCD'[i]}${r}" s="1"><v>${v}</v></c>` : inlineStr(`${'ABCD'[i]}${r}`, v).replace('<c ', '<c s="1" '))).join('')}</row>`;
    const sheet = cells(1, ['序号', '重点任务', '责任(牵头)单位', '时间要求']) + cells(2, [1, '编制年度统计报告', '省统计局', '每年推进']) + cells(3, [2, '编制年度审计报告', '省审计厅', '看情况']);
    const dir = tempDir();
    const file = path.join(dir, 'lo.xlsx');
    fs.writeFileSync(file, rawXlsx(sheet, { xfNumFmts: [0, 0] }));
    const out = path.join(dir, 'lo-marked.xlsx');
    const r = await run(['check', file, '--annotate', out, '--format', 'json', '--as-of', '2019-12-06']);
    const painted = new Set(JSON.parse(r.stdout).files[0].issues.map((i: any) => i.cell).filter(Boolean));
    expect(painted.has('D3')).toBe(true);
    const ws = (await open(out)).worksheets[0];
    for (let row = 1; row <= 3; row++) {
      for (let col = 1; col <= 4; col++) {
        const c = ws.getRow(row).getCell(col);
        const solid = (c.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid';
        expect({ at: c.address, solid }).toEqual({ at: c.address, solid: painted.has(c.address) });
      }
    }
  });
});

describe('copies keep every value (Excel\'s _xHHHH_ escapes)', () => {
  // Text as Excel stores it: the text "_x0041_" is written _x005F_x0041_; control characters and CR,
  // which XML cannot carry, as _xHHHH_.
  const stored = ['_x005F_x0041_ 不是 A', '甲_x0001_乙', '第一行_x000D__x000A_第二行', '制表_x0009_符', '普通文字 x0041'];
  const dir = tempDir();
  let input: string;
  beforeAll(() => {
    const cells = stored.map((t, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>${t}</t></is></c><c r="C${i + 2}" t="s"><v>${i}</v></c></row>`);
    input = path.join(dir, 'escapes.xlsx');
    fs.writeFileSync(input, rawXlsx(`<row r="1">${HEADER.slice(0, 3).map((h, i) => inlineStr(`${'ABC'[i]}1`, h)).join('')}</row>${cells.join('')}`, { sharedStrings: stored }));
  });

  test('the reader decodes them as Excel does', async () => {
    const values = (await readWorkbookValues(fs.readFileSync(input))).sheets[0].values;
    expect(values.slice(1).map((r) => r[1])).toEqual(['_x0041_ 不是 A', '甲\u0001乙', '第一行\r\n第二行', '制表\t符', '普通文字 x0041']);
    expect(values.slice(1).map((r) => r[2])).toEqual(values.slice(1).map((r) => r[1]));
  });

  test('an annotated copy reads back with 100% of the values', async () => {
    const out = path.join(dir, 'copy.xlsx');
    const r = await run(['check', input, '--as-of', '2019-12-06', '--annotate', out]);
    expect(r.stderr).toContain('copy.xlsx');
    const a = (await readWorkbookValues(fs.readFileSync(input))).sheets[0];
    const b = (await readWorkbookValues(fs.readFileSync(out))).sheets.find((s) => s.name === a.name)!;
    expect(b.values).toEqual(a.values);
  });

  test.each([
    ['_x0041_', '_x005F_x0041_'],
    ['a\u0001b', 'a_x0001_b'],
    ['a\rb', 'a_x000D_b'],
    ['a\nb\tc', 'a\nb\tc'],
    ['_x004', '_x004'],
    ['_X0041_', '_X0041_'],
  ])('escapeCellText(%j) = %j', (text, expected) => expect(escapeCellText(text)).toBe(expected));
});

describe('an .xlsm input', () => {
  test('its copy is an .xlsx, and the tool says the macros are not carried', async () => {
    const dir = tempDir();
    const parts: Record<string, string | Buffer> = rawXlsxParts(`<row r="1">${HEADER.slice(0, 4).map((h, i) => inlineStr(`${'ABCD'[i]}1`, h)).join('')}</row>`);
    parts['xl/vbaProject.bin'] = Buffer.from('not really a VBA project');
    const input = path.join(dir, '台账.xlsm');
    fs.writeFileSync(input, zip(parts));
    const before = sha256(input);
    fs.mkdirSync(path.join(dir, 'out'));
    const r = await run(['check', input, '--as-of', '2019-12-06', '--annotate', path.join(dir, 'out')]);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['台账.xlsx']);
    expect(r.stderr).toContain('原文件含宏');
    expect(sha256(input)).toBe(before);
    // The copy is a plain workbook: no macro part, the .xlsx content type.
    const copy = await loadWorkbook(fs.readFileSync(path.join(dir, 'out', '台账.xlsx')));
    expect(copy.workbook.worksheets.map((w) => w.name)).toContain('台账');
    const text = fs.readFileSync(path.join(dir, 'out', '台账.xlsx')).toString('latin1');
    expect(text).not.toContain('vbaProject');
    expect(text).not.toContain('macroEnabled');
  });

  test('a single copy named .xlsm or .xls is written as .xlsx', () => {
    expect(asXlsxPath('/a/b.xlsm')).toBe('/a/b.xlsx');
    expect(asXlsxPath('/a/b.XLS')).toBe('/a/b.xlsx');
    expect(asXlsxPath('/a/b.xlsx')).toBe('/a/b.xlsx');
    expect(asXlsxPath('/a/标注')).toBe('/a/标注.xlsx');
  });
});
