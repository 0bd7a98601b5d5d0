// A workbook in the fake holding the built-in sample ledger (src/core/sample.ts) with a 状态 column
// and some formatting of the user's own, for adapter, pane and browser tests.
import { FakeExcel, FakeOptions, SheetModel, Cell } from './excel';
import { sampleLedgerLayout, SAMPLE_SHEET_NAME, SAMPLE_AS_OF } from '../../src/report/sample';
import { dateToIso, isoToSerial } from '../../src/core/dates';

export { SAMPLE_AS_OF, SAMPLE_SHEET_NAME };

export function toExcelValue(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoToSerial(dateToIso(v));
  return v as Cell;
}

export function sampleWorkbook(options: FakeOptions = {}): { fx: FakeExcel; sheet: SheetModel } {
  const fx = new FakeExcel(options);
  fx.addSheet('说明', [['本工作簿为示例台账。']]);
  const layout = sampleLedgerLayout();
  const values = layout.values.map((row, r) => [...row.map(toExcelValue), r === layout.headerRow ? '状态' : '']);
  const sheet = fx.addSheet(SAMPLE_SHEET_NAME, values);
  for (const m of layout.merges) sheet.merges.push({ ...m, right: m.right + 1 });
  // The user's own formats, which a check and a clear must leave exactly as they are.
  const header = layout.headerRow;
  for (let c = 0; c < values[header].length; c++) {
    fx.cellAt(sheet, header, c).fill = { color: '#D9E1F2' };
    fx.cellAt(sheet, header, c).font.bold = true;
  }
  fx.cellAt(sheet, layout.taskRows[0], 1).fill = { color: '#FFFFFF' }; // solid white, not "no fill"
  fx.cellAt(sheet, layout.taskRows[2], 4).fill = { color: '#C6EFCE' }; // a user's green
  fx.cellAt(sheet, layout.taskRows[40], 2).font.color = '#0070C0';
  fx.model.activeSheetId = sheet.id;
  return { fx, sheet };
}
