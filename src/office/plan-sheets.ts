// 参照计划 from a sheet of this workbook: the sheets that hold a ledger header (the choices 设置 lists),
// and one sheet's cells read whole for core/plan/from-table.ts. Reading only: nothing is written.

import type { CellValue, MergeArea } from '../core/types';
import { isLedgerSheet } from '../core/sheet/header';
import { a1ToRects, rectToA1 } from './a1';
import type { Capabilities, ExcelRun } from './capabilities';
import { PROBE_ADDRESS } from './marks';

/** A plan has tens to hundreds of tasks: rows past this are not read (a whole ledger is not a plan). */
export const PLAN_SHEET_MAX_ROWS = 3000;

/** Names of the sheets whose first 100 rows hold a ledger header (task-ledger's own output sheets left out). */
export async function listLedgerSheets(run: ExcelRun): Promise<string[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const probes = sheets.items.map((ws) => ws.getRange(PROBE_ADDRESS).load('values'));
    await ctx.sync();
    return sheets.items.filter((ws, i) => isLedgerSheet({ name: ws.name, values: probes[i].values as CellValue[][] })).map((ws) => ws.name);
  });
}

/** A sheet's values and merged areas from A1 (columns A:AZ), or null when no sheet has that name. */
export async function readSheetTable(
  run: ExcelRun,
  caps: Capabilities,
  name: string,
): Promise<{ values: CellValue[][]; merges: MergeArea[] } | null> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load('isNullObject');
    await ctx.sync();
    if (ws.isNullObject) return null;
    const used = ws.getRange('A:AZ').getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,rowCount,columnCount');
    await ctx.sync();
    if (used.isNullObject) return { values: [], merges: [] };
    const rect = { top: 0, left: 0, bottom: Math.min(used.rowIndex + used.rowCount, PLAN_SHEET_MAX_ROWS) - 1, right: used.columnIndex + used.columnCount - 1 };
    const range = ws.getRange(rectToA1(rect)).load('values');
    const merged = caps.mergedAreas ? range.getMergedAreasOrNullObject().load('address,isNullObject') : null;
    await ctx.sync();
    return { values: range.values as CellValue[][], merges: merged && !merged.isNullObject ? a1ToRects(merged.address) : [] };
  });
}
