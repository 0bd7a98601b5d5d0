// 校验 and 清除标记 in WPS 表格: the Excel side's promise (src/office/marks.ts) kept with WPS's own calls.
//
// Marks are conditional formats here too (FormatConditions.Add of an expression that is always TRUE
// and names task-ledger), never writes to Interior or Font: clearing deletes our conditions, so every
// cell keeps its own format, "no fill" included, and a user's edits made between check and clear
// survive. Snapshot-and-restore was the alternative; it rewrites every marked cell's format on clear
// (undoing a colleague's colouring made in between) and costs two calls per cell. docs/wps.md.
//
// WPS's calls are synchronous and each crosses into the host, so reading goes by ranges: one Value2
// per sheet probe, one per 5,000 rows of the ledger, and merged areas found by halving row bands.

import type { CheckResult } from '../core/engine';
import type { CellValue, MergeArea } from '../core/types';
// The header lies within the first 100 rows and 52 columns (A:AZ); after 200 empty rows the next value
// is looked up instead of read: both as on the Excel side.
import {
  EMPTY_ROW,
  isEmptyRow,
  isOurFormula,
  markCellsOf,
  markFormula,
  PROBE_COLS,
  PROBE_ROWS,
  SKIP_AFTER_EMPTY_ROWS,
  type CheckOutcome,
  type CheckProgress,
} from '../office/marks';
import { MARK_STYLES, planPaint } from '../office/paint-plan';
import { rectToA1 } from '../office/a1';
import type { HostCheckParams } from '../taskpane/host';
import { ENGINE } from '../taskpane/host';
import { bgr, XL, type WpsApplication, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './object-model';

const CHUNK_ROWS = 5000;
/** WPS, like VBA, refuses Range addresses longer than 255 characters. */
export const WPS_ADDRESS_LIMIT = 255;

export function workbookOf(app: WpsApplication): WpsWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new Error('没有打开的工作簿 / No workbook is open');
  return wb;
}

export function sheetsOf(wb: WpsWorkbook): WpsWorksheet[] {
  const out: WpsWorksheet[] = [];
  for (let i = 1; i <= wb.Worksheets.Count; i++) out.push(wb.Worksheets.Item(i));
  return out;
}

/** Value2 as rows of cell values: a single cell's scalar wrapped, empty cells (undefined) as null. */
export function valuesOf(v: unknown): CellValue[][] {
  const rows = Array.isArray(v) ? (v as unknown[][]) : [[v]];
  return rows.map((row) => row.map((x) => (x === undefined ? null : (x as CellValue))));
}

/** Columns up to the last that holds a value in any row (Value2 rows are as wide as the range read). */
function usedWidth(values: readonly CellValue[][]): number {
  let width = 0;
  for (const row of values) for (let c = row.length - 1; c >= width; c--) if (row[c] !== null && row[c] !== '') width = c + 1;
  return width;
}

const a1 = (top: number, left: number, bottom: number, right: number) => rectToA1({ top, left, bottom, right });
/** A sheet's header probe: its first 100 rows of A:AZ. */
const probe = (ws: WpsWorksheet): CellValue[][] => valuesOf(ws.Range(a1(0, 0, PROBE_ROWS - 1, PROBE_COLS - 1)).Value2);

/** The sheet's values from A1 down to its last value within A:right, skipping long empty stretches. */
function readValues(ws: WpsWorksheet, right: number, onProgress?: (p: CheckProgress) => void): CellValue[][] {
  const columns = ws.Range(a1(0, 0, 1048575, right - 1));
  const last = columns.Find('*', undefined, XL.values, XL.part, XL.byRows, XL.previous);
  if (!last) return [];
  const bottom = last.Row; // exclusive, 0-based
  const out: CellValue[][] = [];
  let row = 0;
  while (row < bottom) {
    const n = Math.min(CHUNK_ROWS, bottom - row);
    const lines = valuesOf(ws.Range(a1(row, 0, row + n - 1, right - 1)).Value2);
    out.push(...lines);
    row += n;
    onProgress?.({ phase: 'read', done: row, total: bottom });
    if (row < bottom && lines.length >= SKIP_AFTER_EMPTY_ROWS && lines.slice(-SKIP_AFTER_EMPTY_ROWS).every(isEmptyRow)) {
      // After the range's last cell, so the search starts at its first one (Find skips the cell it starts after).
      const rest = ws.Range(a1(row, 0, bottom - 1, right - 1));
      const next = rest.Find('*', ws.Range(a1(bottom - 1, right - 1, bottom - 1, right - 1)), XL.values, XL.part, XL.byRows, XL.next);
      const to = next ? next.Row - 1 : bottom;
      while (row < to) {
        out.push(EMPTY_ROW);
        row++;
      }
    }
  }
  return out;
}

/**
 * Merged areas within the first `rows` × `cols` cells: row bands that report no merged cell are
 * skipped whole (halving), and a row that has one is walked cell by cell, jumping over each area.
 */
function readMerges(ws: WpsWorksheet, rows: number, cols: number): MergeArea[] {
  const found = new Map<string, MergeArea>();
  const walkRow = (r: number) => {
    for (let c = 0; c < cols; ) {
      const cell: WpsRange = ws.Range(a1(r, c, r, c));
      if (!cell.MergeCells) {
        c++;
        continue;
      }
      const m = cell.MergeArea;
      const area = { top: m.Row - 1, left: m.Column - 1, bottom: m.Row + m.Rows.Count - 2, right: m.Column + m.Columns.Count - 2 };
      found.set(`${area.top},${area.left}`, area);
      c = area.right + 1;
    }
  };
  const band = (top: number, bottom: number) => {
    if (ws.Range(a1(top, 0, bottom, cols - 1)).MergeCells === false) return;
    if (top === bottom) return walkRow(top);
    const mid = (top + bottom) >> 1;
    band(top, mid);
    band(mid + 1, bottom);
  };
  if (rows > 0 && cols > 0) band(0, rows - 1);
  return [...found.values()];
}

/** Our conditions of a sheet (data bars and other kinds, which have no formula, are the user's). */
function ourConditions(ws: WpsWorksheet): Array<{ delete(): void }> {
  const all = ws.Cells.FormatConditions;
  const out: Array<{ delete(): void }> = [];
  for (let i = 1; i <= all.Count; i++) {
    const cf = all.Item(i);
    let formula = '';
    try {
      formula = cf.Type === XL.expression ? cf.Formula1 : '';
    } catch {
      formula = '';
    }
    if (isOurFormula(formula)) out.push({ delete: () => cf.Delete() });
  }
  return out;
}

export function checkWorkbookWps(app: WpsApplication, params: HostCheckParams): CheckOutcome<CheckResult> {
  const { onProgress } = params;
  const wb = workbookOf(app);
  const sheets = sheetsOf(wb);
  const names = sheets.map((s) => s.Name);
  onProgress?.({ phase: 'read', done: 0, total: 0 });
  const probes = sheets.map(probe);
  const active = wb.ActiveSheet?.Name;
  const index = params.sheetName ? names.indexOf(params.sheetName) : ENGINE.pickLedgerSheet(names.map((name, i) => ({ name, values: probes[i] })), active);
  const ws = index >= 0 ? sheets[index] : null;
  let result: CheckResult | null = null;
  if (ws) {
    const values = readValues(ws, PROBE_COLS, onProgress);
    const width = usedWidth(values);
    const merges = readMerges(ws, values.length, width);
    onProgress?.({ phase: 'check', done: 0, total: 1 });
    result = ENGINE.checkLedger({ values, merges, name: names[index], origin: { row: 0, col: 0 } }, params.options);
  }
  let plan = null;
  let markedCells = 0;
  if (params.paint !== false) {
    onProgress?.({ phase: 'paint', done: 0, total: 1 });
    const screen = app.ScreenUpdating;
    app.ScreenUpdating = false;
    try {
      for (const s of sheets) for (const cf of ourConditions(s)) cf.delete();
      if (ws && result) {
        plan = planPaint(markCellsOf(result), WPS_ADDRESS_LIMIT);
        for (const style of plan.styles) {
          const look = MARK_STYLES[style.style];
          for (const chunk of style.chunks) {
            const cf = ws.Range(chunk).FormatConditions.Add(XL.expression, undefined, markFormula(style.style));
            cf.Interior.Color = bgr(look.fill);
            cf.Font.Color = bgr(look.font);
            if (look.bold) cf.Font.Bold = true;
          }
        }
        markedCells = plan.cellCount;
      }
    } finally {
      app.ScreenUpdating = screen;
    }
  }
  onProgress?.({ phase: 'done', done: 1, total: 1 });
  return { sheetNames: names, sheetName: index >= 0 ? names[index] : null, result, plan, markedCells, limitations: [] };
}

export function clearMarksWps(app: WpsApplication): number {
  let n = 0;
  for (const ws of sheetsOf(workbookOf(app))) {
    for (const cf of ourConditions(ws)) {
      cf.delete();
      n++;
    }
  }
  return n;
}

/** Selects a cell: WPS, like Excel's VBA, selects only on the active sheet, so the sheet comes first. */
export function selectCellWps(app: WpsApplication, sheet: string, cell: string): void {
  const ws = workbookOf(app).Worksheets.Item(sheet);
  ws.Activate();
  ws.Range(cell).Select();
}

/** Names of the sheets whose first 100 rows hold a ledger header. */
export function probeSheets(app: WpsApplication): Array<{ name: string; values: CellValue[][] }> {
  return sheetsOf(workbookOf(app)).map((ws) => ({ name: ws.Name, values: probe(ws) }));
}

/** A sheet's values and merged areas from A1 (columns A:AZ, at most `maxRows` rows), or null. */
export function readSheetTableWps(app: WpsApplication, name: string, maxRows: number): { values: CellValue[][]; merges: MergeArea[] } | null {
  const ws = sheetsOf(workbookOf(app)).find((s) => s.Name === name);
  if (!ws) return null;
  const values = readValues(ws, PROBE_COLS).slice(0, maxRows);
  const width = usedWidth(values);
  return { values, merges: readMerges(ws, values.length, width) };
}
