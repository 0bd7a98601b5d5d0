import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileError, classifyBuffer, loadWorkbook, readFileBuffer, oleStreamNames } from '../../src/cli/xlsx';
import { readWorkbookValues } from '../../src/cli/xlsx-read';

const readWorkbookFile = (file: string) => readWorkbookValues(readFileBuffer(file));
import { compoundFile, inlineStr, rawXlsx, sha256, tempDir, writeLedger, zip } from './helpers';

async function errorId(p: () => Promise<unknown>): Promise<string | null> {
  try {
    await p();
    return null;
  } catch (e) {
    return e instanceof FileError ? e.id : `other:${(e as Error).message}`;
  }
}

describe('bad files get their own reason', () => {
  const dir = tempDir();
  let good: Buffer;
  beforeAll(async () => {
    await writeLedger(path.join(dir, 'good.xlsx'), [[1, '任务', '省财政厅', '2019年底前']]);
    good = fs.readFileSync(path.join(dir, 'good.xlsx'));
  });
  const cases: Array<[string, () => Buffer]> = [
    ['empty', () => Buffer.alloc(0)],
    // A .csv saved under .xlsx: text, and the reason says to save it as .xlsx.
    ['text-file', () => Buffer.from('序号,重点任务\n1,严控会议经费\n', 'utf8')],
    ['text-file', () => Buffer.from('{"tasks": []}', 'utf8')],
    ['not-workbook', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['not-workbook', () => zip({ 'readme.txt': 'hello' })],
    ['not-workbook', () => zip({ 'word/document.xml': '<w:document/>', '[Content_Types].xml': '<Types/>' })],
    ['truncated', () => good.subarray(0, Math.floor(good.length / 2))],
    ['xls', () => compoundFile(['Workbook', 'SummaryInformation'])],
    ['xls', () => compoundFile(['Book'])],
    ['encrypted', () => compoundFile(['EncryptionInfo', 'EncryptedPackage'])],
    ['ole-other', () => compoundFile(['WordDocument'])],
    ['xlsb', () => zip({ 'xl/workbook.bin': Buffer.from([0, 1, 2]) })],
    ['ods', () => zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' })],
    ['no-sheets', () => zip({})],
  ];
  test.each(cases)('%s', async (id, make) => {
    expect(await errorId(() => readWorkbookValues(make()))).toBe(id);
    // The same reason when the whole workbook is loaded to write an annotated copy.
    expect(await errorId(() => loadWorkbook(make()))).toBe(id);
  });
  test('a damaged zip whose workbook part is garbage', async () => {
    const bad = zip({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<<<not xml', 'xl/worksheets/sheet1.xml': '<' });
    expect(await errorId(() => readWorkbookValues(bad))).toBe('damaged');
  });
  test('missing file and directory', async () => {
    expect(await errorId(() => readWorkbookFile(path.join(dir, 'nope.xlsx')))).toBe('not-found');
    expect(await errorId(() => readWorkbookFile(dir))).toBe('is-directory');
    expect(await errorId(() => readWorkbookFile(path.join(dir, 'good.xlsx', 'inner')))).toBe('not-found');
  });
  test('the OLE directory parser reads stream names', () => {
    expect(oleStreamNames(compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });
  test('a good workbook classifies as fine', () => {
    expect(classifyBuffer(good)).toBeNull();
  });
});

describe('readWorkbookValues converts every kind of cell', () => {
  test('values, merges and merged slave cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.getCell('A1').value = '标题';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = { richText: [{ text: '序' }, { text: '号' }] };
    ws.getCell('B2').value = '重点任务';
    ws.getCell('A3').value = 1;
    ws.getCell('B3').value = { formula: 'CONCAT("严控","会议经费")', result: '严控会议经费' };
    ws.getCell('C3').value = { text: '省财政厅', hyperlink: 'http://example.org' };
    ws.getCell('D3').value = new Date(Date.UTC(2019, 5, 30));
    ws.getCell('E3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C4').value = '省法制办';
    ws.mergeCells('C4:C6');
    ws.getCell('A6').value = 3;
    ws.getCell('F8').value = '';
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const s = (await readWorkbookValues(buf)).sheets.find((w) => w.name === '台账')!;
    // Rows are as long as their last non-empty cell.
    expect(s.values[0]).toEqual(['标题']);
    expect(s.values[1].slice(0, 2)).toEqual(['序号', '重点任务']);
    expect(s.values[2][1]).toBe('严控会议经费');
    expect(s.values[2][2]).toBe('省财政厅');
    expect((s.values[2][3] as Date).toISOString()).toBe('2019-06-30T00:00:00.000Z');
    expect(s.values[2][4]).toBe('#N/A');
    // Excel's range.values: a merged area's value sits in its top-left cell only.
    expect(s.values[3][2]).toBe('省法制办');
    expect(s.values[4][2] ?? null).toBeNull();
    expect(s.values[5][2] ?? null).toBeNull();
    expect(s.merges).toEqual(expect.arrayContaining([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 3, left: 2, bottom: 5, right: 2 },
    ]));
    // Down to the last row with content (an empty string is none); rows as long as their content.
    expect(s.values.map((r) => r.length)).toEqual([1, 2, 5, 3, 0, 1]);
  });

  test('inline strings, shared strings and shared formulas (as other programs write them)', async () => {
    const sheet =
      `<row r="1">${inlineStr('A1', '序号')}${inlineStr('B1', '重点任务')}<c r="C1" t="s"><v>0</v></c>${inlineStr('D1', '时间要求')}</row>` +
      `<row r="2"><c r="A2"><v>1</v></c>${inlineStr('B2', '严控会议经费')}<c r="C2" t="s"><v>1</v></c>${inlineStr('D2', '每年推进')}</row>` +
      `<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">A2+1</f><v>2</v></c>${inlineStr('B3', '严控公文、会议数量')}<c r="C3" t="s"><v>1</v></c>${inlineStr('D3', '每年推进')}</row>` +
      `<row r="4"><c r="A4"><f t="shared" si="0"/><v>3</v></c><c r="B4" t="str"><f>"开展"&amp;"试点"</f><v>开展试点</v></c><c r="C4" t="e"><v>#N/A</v></c></row>`;
    const buf = rawXlsx(sheet, { sharedStrings: ['责任(牵头)单位', '省财政厅'] });
    const s = (await readWorkbookValues(buf)).sheets[0];
    expect(s.values[0]).toEqual(['序号', '重点任务', '责任(牵头)单位', '时间要求']);
    expect(s.values[1]).toEqual([1, '严控会议经费', '省财政厅', '每年推进']);
    expect(s.values[2][0]).toBe(2);
    expect(s.values[3][0]).toBe(3);
    expect(s.values[3][1]).toBe('开展试点');
    expect(s.values[3][2]).toBe('#N/A');
  });

  test('active sheet comes from the workbook view', async () => {
    const dir = tempDir();
    const file = await writeLedger(path.join(dir, 'a.xlsx'), [], { extraSheets: ['说明', '其他'], activeTab: 2 });
    const loaded = await readWorkbookFile(file);
    expect(loaded.active).toBe('台账');
  });

  test('reading never writes the input (mtime and sha256 unchanged)', async () => {
    const dir = tempDir();
    const file = await writeLedger(path.join(dir, 'a.xlsx'), [[1, '任务', '省财政厅', '2019年底前']]);
    const past = new Date('2020-01-02T03:04:05Z');
    fs.utimesSync(file, past, past);
    const before = { sha: sha256(file), mtime: fs.statSync(file).mtimeMs };
    await readWorkbookFile(file);
    expect(sha256(file)).toBe(before.sha);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtime);
  });
});

// Files saved by LibreOffice: tests/cli/libreoffice.test.ts.

test('a damaged workbook part: the reason names the part, not the parser', async () => {
  const { rawXlsx } = await import('./helpers');
  const good = rawXlsx('<row r="1"><c r="A1"><v>1</v></c></row>');
  // Break the sheet XML inside an otherwise valid package.
  const bad = rawXlsx('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>99</v></c>'.replace('</c>', '</x>'));
  expect((await readWorkbookValues(good)).sheets).toHaveLength(1);
  let err: unknown;
  try {
    await readWorkbookValues(bad);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(FileError);
  expect((err as FileError).id).toBe('damaged');
  expect((err as FileError).data).toEqual({ part: 'xl/worksheets/sheet1.xml' });
});
