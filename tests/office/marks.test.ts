// Adapter against the in-memory fake: read, paint, clear, re-check, sync counts, limits.
// The engine here is a stand-in that flags cells by their text, so these tests are about Excel.
import { FakeExcel, SheetModel } from '../fakes/excel';
import { checkWorkbook, clearMarks, selectCell, MAX_RULES_WITHOUT_AREAS } from '../../src/office/marks';
import { detectCapabilities, ExcelRun } from '../../src/office/capabilities';
import type { EngineResult, LedgerEngine } from '../../src/office/engine-types';
import type { CellValue, LedgerIssue, Severity } from '../../src/core/types';
import { columnLetter } from '../../src/core/a1';

/** Flags every cell whose text is ERR/WARN; the header is the row whose first cell is 序号. */
// Big sheets in the fake take seconds on a busy machine: a generous timeout, no timing assertion.
jest.setTimeout(60000);

const standIn: LedgerEngine<{}, EngineResult> = {
  pickLedgerSheet: (sheets, active) => {
    const has = (v: CellValue[][]) => v.some((r) => r[0] === '序号');
    const a = sheets.findIndex((s) => s.name === active);
    if (a >= 0 && has(sheets[a].values)) return a;
    return sheets.findIndex((s) => has(s.values));
  },
  checkLedger: (sheet) => {
    const issues: LedgerIssue[] = [];
    const headerRow = sheet.values.findIndex((r) => r[0] === '序号');
    const statusIdx = sheet.values[headerRow]?.indexOf('状态') ?? -1;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const severity: Severity | null = v === 'ERR' ? 'error' : v === 'WARN' ? 'warning' : null;
        if (severity)
          issues.push({ rule: 'stand-in', severity, category: 'ledger', row: r + 1, col: c, column: null, cell: `${columnLetter(c)}${r + 1}`, messageId: 'x', data: {} });
      }),
    );
    issues.push({ rule: 'plan-missing', severity: 'error', category: 'ledger', row: null, col: null, column: null, cell: null, messageId: 'y', data: {} });
    return {
      sheet: sheet.name ?? null,
      headerRow: headerRow + 1,
      columns: statusIdx >= 0 ? { status: { index: statusIdx, header: '状态' } } : {},
      tasks: [],
      issues,
    };
  },
};

function ledger(fx: FakeExcel, rows: number, problems: (r: number) => CellValue[] | null, name = '台账'): SheetModel {
  const values: CellValue[][] = [['重点任务执行台账'], ['序号', '重点任务', '责任单位', '时间要求', '状态']];
  for (let i = 1; i <= rows; i++) values.push(problems(i) ?? [i, `任务${i}`, '省财政厅', '2018年底前', '进行中']);
  return fx.addSheet(name, values as never);
}

const setup = (api = 17) => {
  const fx = new FakeExcel({ excelApi: api });
  const caps = detectCapabilities(fx.office().context.requirements);
  return { fx, caps, run: fx.run as unknown as ExcelRun };
};

test('a check paints problem cells by severity and the row status cell, in at most 4 syncs', async () => {
  const { fx, caps, run } = setup();
  ledger(fx, 5, (i) => (i === 2 ? [2, 'ERR', '省财政厅', 'WARN', '进行中'] : i === 4 ? ['ERR', '任务', '省财政厅', '2018', '逾期'] : null));
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(fx.syncCount).toBeLessThanOrEqual(4);
  expect(out.sheetName).toBe('台账');
  expect(fx.displayedFill('台账', 'B4')).toBe('#FFC7CE');
  expect(fx.displayedFill('台账', 'D4')).toBe('#FFEB9C');
  expect(fx.displayedFill('台账', 'A6')).toBe('#FFC7CE');
  expect(fx.displayedFill('台账', 'E4')).toBe('#E4DFEC');
  expect(fx.displayedFill('台账', 'E6')).toBe('#E4DFEC');
  expect(fx.displayedFill('台账', 'E5')).toBeNull();
  expect(fx.displayedFill('台账', 'A4')).toBeNull();
  // With range areas: one rule per style, whatever the number of cells.
  expect(fx.sheetByName('台账')!.conditionalFormats).toHaveLength(3);
  expect(out.markedCells).toBe(5);
  // Calculation is suspended for the painting batch.
  expect(fx.suspendCount).toBe(1);
});

test('check then clear leaves every format bit-for-bit as before: no fill, white and user colours', async () => {
  const { fx, caps, run } = setup();
  const s = ledger(fx, 6, (i) => (i % 2 ? [i, 'ERR', 'WARN', '2018', '进行中'] : null));
  // The user's own formats: a white fill (not the same as none), a colour, bold, a border, and a rule of theirs.
  fx.cellAt(s, 2, 1).fill = { color: '#FFFFFF' };
  fx.cellAt(s, 4, 1).fill = { color: '#92D050' };
  fx.cellAt(s, 4, 2).font.bold = true;
  fx.cellAt(s, 6, 2).borders.EdgeBottom = { style: 'Continuous', color: '#FF0000' };
  s.conditionalFormats.push({ id: 'user', type: 'Custom', formula: '=$E3="逾期"', fill: '#FF0000', fontColor: null, bold: null, ranges: [{ top: 2, left: 4, bottom: 20, right: 4 }] });
  const before = fx.formatSnapshot();
  const valuesBefore = fx.valueSnapshot();

  await checkWorkbook(run, standIn, { options: {}, caps });
  expect(fx.displayedFill('台账', 'B3')).toBe('#FFC7CE');
  expect(fx.cell('台账', 'B3').fill).toEqual({ color: '#FFFFFF' });
  expect(fx.formatSnapshot()).not.toBe(before);

  const removed = await clearMarks(run, caps);
  expect(removed).toBeGreaterThan(0);
  expect(fx.formatSnapshot()).toBe(before);
  expect(fx.valueSnapshot()).toBe(valuesBefore);
  expect(fx.cell('台账', 'B4').fill).toBeNull();
  expect(fx.displayedFill('台账', 'B5')).toBe('#92D050');
});

test('checking again replaces the marks instead of stacking them', async () => {
  const { fx, caps, run } = setup();
  const s = ledger(fx, 4, (i) => (i === 1 ? [1, 'ERR', '省财政厅', 'WARN', ''] : null));
  await checkWorkbook(run, standIn, { options: {}, caps });
  const first = s.conditionalFormats.length;
  await checkWorkbook(run, standIn, { options: {}, caps });
  expect(s.conditionalFormats.length).toBe(first);
  // The user fixes the task text; the next check drops its mark.
  fx.cellAt(s, 2, 1).value = '任务一';
  await checkWorkbook(run, standIn, { options: {}, caps });
  expect(fx.displayedFill('台账', 'B3')).toBeNull();
  expect(fx.displayedFill('台账', 'D3')).toBe('#FFEB9C');
});

test('values are never written by checking or clearing', async () => {
  const { fx, caps, run } = setup();
  ledger(fx, 3, (i) => (i === 2 ? [2, 'ERR', 'x', 'y', 'z'] : null));
  const v = fx.valueSnapshot();
  await checkWorkbook(run, standIn, { options: {}, caps });
  await clearMarks(run, caps);
  expect(fx.valueSnapshot()).toBe(v);
});

test('the active sheet is checked if it is a ledger, else the first ledger; the user may pick one', async () => {
  const { fx, caps, run } = setup();
  fx.addSheet('说明', [['本表说明']]);
  ledger(fx, 2, () => [1, 'ERR', 'a', 'b', 'c'], '台账A');
  ledger(fx, 2, () => null, '台账B');
  fx.model.activeSheetId = fx.sheetByName('说明')!.id;
  expect((await checkWorkbook(run, standIn, { options: {}, caps })).sheetName).toBe('台账A');
  fx.model.activeSheetId = fx.sheetByName('台账B')!.id;
  expect((await checkWorkbook(run, standIn, { options: {}, caps })).sheetName).toBe('台账B');
  expect((await checkWorkbook(run, standIn, { options: {}, caps, sheetName: '台账A' })).sheetName).toBe('台账A');
});

test('no ledger sheet: no result, nothing painted, old marks still removed', async () => {
  const { fx, caps, run } = setup();
  const s = ledger(fx, 2, () => [1, 'ERR', 'a', 'b', 'c']);
  await checkWorkbook(run, standIn, { options: {}, caps });
  expect(s.conditionalFormats.length).toBeGreaterThan(0);
  fx.cellAt(s, 1, 0).value = '编号?';
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(out.sheetName).toBeNull();
  expect(out.result).toBeNull();
  expect(s.conditionalFormats).toHaveLength(0);
});

test('10,000 rows with ~1,000 scattered problems: 4 syncs, addresses under 8,192, request under 5 MB', async () => {
  const { fx, caps, run } = setup();
  ledger(fx, 10000, (i) => (i % 10 === 3 ? [i, `任务${i}`, '省财政厅', i % 20 === 3 ? 'ERR' : 'WARN', '进行中'] : null));
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(fx.syncCount).toBe(4);
  expect(out.markedCells).toBe(2000);
  const cfs = fx.sheetByName('台账')!.conditionalFormats;
  // Three styles, some split over several address chunks: still a handful of rules.
  expect(cfs.length).toBeLessThan(20);
  expect(fx.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  expect(fx.displayedFill('台账', 'D5')).toBe('#FFC7CE');
  expect(fx.displayedFill('台账', 'D15')).toBe('#FFEB9C');
  expect(fx.displayedFill('台账', 'D6')).toBeNull();
});

test('the number of syncs does not grow with the number of problems', async () => {
  const counts: number[] = [];
  for (const every of [1000, 50, 2]) {
    const { fx, caps, run } = setup();
    ledger(fx, 3000, (i) => (i % every === 0 ? [i, 'ERR', '省财政厅', 'WARN', ''] : null));
    await checkWorkbook(run, standIn, { options: {}, caps });
    counts.push(fx.syncCount);
  }
  expect(new Set(counts).size).toBe(1);
});

test('a sheet too big for one response is read in chunks (more syncs, same result)', async () => {
  const { fx, caps, run } = setup();
  const long = '长'.repeat(400);
  ledger(fx, 6000, (i) => [i, i === 5999 ? 'ERR' : long, '省财政厅', '2018', '进行中']);
  const progress: number[] = [];
  const out = await checkWorkbook(run, standIn, { options: {}, caps, onProgress: (p) => p.phase === 'read' && progress.push(p.done) });
  expect(out.limitations).toContain('read-in-chunks');
  expect(fx.syncCount).toBeGreaterThan(4);
  expect(fx.displayedFill('台账', 'B6001')).toBe('#FFC7CE');
  expect(progress[progress.length - 1]).toBe(6002);
});

test('an underestimated chunk that fails for its size is retried smaller', async () => {
  const { fx, caps, run } = setup();
  const long = '长'.repeat(1000);
  ledger(fx, 3000, (i) => [i, i === 2999 ? 'ERR' : long, 'x', 'y', 'z']);
  const out = await checkWorkbook(run, standIn, { options: {}, caps, chunkRows: 3002 });
  expect(out.result!.issues.some((i) => i.cell === 'B3001')).toBe(true);
  expect(fx.displayedFill('台账', 'B3001')).toBe('#FFC7CE');
});

test('without range areas (ExcelApi 1.8) each rectangle is a rule, capped and said so', async () => {
  const { fx, caps, run } = setup(8);
  expect(caps.rangeAreas).toBe(false);
  ledger(fx, 2000, (i) => (i % 3 === 0 ? [i, 'ERR', 'x', 'y', ''] : null));
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(out.limitations).toContain('marks-capped');
  expect(fx.sheetByName('台账')!.conditionalFormats.length).toBe(MAX_RULES_WITHOUT_AREAS);
  expect(out.limitations).toContain('no-merged-areas');
});

test('without conditional formats (ExcelApi 1.5) the check lists problems and paints nothing', async () => {
  const { fx, caps, run } = setup(5);
  const s = ledger(fx, 3, () => [1, 'ERR', 'x', 'y', '']);
  const before = fx.formatSnapshot();
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(out.limitations).toContain('no-marks');
  expect(out.result!.issues.length).toBeGreaterThan(0);
  expect(fx.formatSnapshot()).toBe(before);
  expect(s.conditionalFormats).toHaveLength(0);
});

test('merged areas reach the engine in sheet coordinates', async () => {
  const { fx, caps, run } = setup();
  const s = ledger(fx, 4, () => null);
  s.merges.push({ top: 2, left: 2, bottom: 4, right: 2 }, { top: 0, left: 0, bottom: 0, right: 4 });
  let seen: unknown = null;
  const spy = { ...standIn, checkLedger: (sheet: Parameters<typeof standIn.checkLedger>[0], o: {}) => ((seen = sheet.merges), standIn.checkLedger(sheet, o)) };
  await checkWorkbook(run, spy, { options: {}, caps });
  expect(seen).toEqual(expect.arrayContaining([{ top: 2, left: 2, bottom: 4, right: 2 }, { top: 0, left: 0, bottom: 0, right: 4 }]));
});

test('selectCell activates the sheet and selects the cell', async () => {
  const { fx, run } = setup();
  ledger(fx, 2, () => null);
  fx.addSheet('其他');
  await selectCell(run, '台账', 'D4');
  expect(fx.model.selection).toEqual({ sheetId: fx.sheetByName('台账')!.id, address: 'D4' });
});

test('ExcelApi 1.6: a big sheet is still read (in chunks, by A1 address) and marked rectangle by rectangle', async () => {
  const { fx, caps, run } = setup(6);
  const long = '长'.repeat(400);
  ledger(fx, 6000, (i) => [i, i === 5999 ? 'ERR' : long, '省财政厅', '2018', '进行中']);
  const out = await checkWorkbook(run, standIn, { options: {}, caps });
  expect(out.limitations).toEqual(expect.arrayContaining(['read-in-chunks', 'no-merged-areas']));
  expect(fx.displayedFill('台账', 'B6001')).toBe('#FFC7CE');
});

describe('a stray value far away (issue #17): the check reads the ledger, not the used range', () => {
  const marksOf = (fx: FakeExcel) =>
    ['B4', 'D4', 'A6', 'E4', 'E6', 'E5', 'A4'].map((a) => [a, fx.displayedFill('台账', a)]);
  const make = (stray: boolean) => {
    const { fx, caps, run } = setup();
    const s = ledger(fx, 300, (i) => (i === 2 ? [2, 'ERR', '省财政厅', 'WARN', '进行中'] : i === 4 ? ['ERR', '任务', '省财政厅', '2018', '逾期'] : null));
    if (stray) fx.cellAt(s, 1_048_575, 16_383).value = '远处';
    return { fx, caps, run };
  };

  test('at XFD1048576: the same marks, and no more cells read than without it', async () => {
    const clean = make(false);
    await checkWorkbook(clean.run, standIn, { options: {}, caps: clean.caps });
    const far = make(true);
    const out = await checkWorkbook(far.run, standIn, { options: {}, caps: far.caps });
    expect(marksOf(far.fx)).toEqual(marksOf(clean.fx));
    expect(out.markedCells).toBeGreaterThan(0);
    expect(far.fx.cellsRead).toBe(clean.fx.cellsRead);
    expect(far.fx.syncCount).toBe(clean.fx.syncCount);
  });
});

test('a stray value at A1048576, in a column the ledger uses: empty rows are skipped, not read', async () => {
  const marks = (fx: FakeExcel) => ['B4', 'D4', 'A6', 'E4', 'E6'].map((a) => [a, fx.displayedFill('台账', a)]);
  const make = (stray: boolean) => {
    const { fx, caps, run } = setup();
    const s = ledger(fx, 300, (i) => (i === 2 ? [2, 'ERR', '省财政厅', 'WARN', '进行中'] : i === 4 ? ['ERR', '任务', '省财政厅', '2018', '逾期'] : null));
    if (stray) fx.cellAt(s, 1_048_575, 0).value = '远处';
    return { fx, caps, run };
  };
  const clean = make(false);
  await checkWorkbook(clean.run, standIn, { options: {}, caps: clean.caps });
  const far = make(true);
  const out = await checkWorkbook(far.run, standIn, { options: {}, caps: far.caps, chunkRows: 1000 });
  expect(marks(far.fx)).toEqual(marks(clean.fx));
  expect(out.result?.headerRow).toBe(2);
  // The ledger, one chunk of empty rows after it, and the far row's chunk: not a million rows.
  expect(far.fx.cellsRead).toBeLessThan(clean.fx.cellsRead + 3 * 1000 * 5);
});
