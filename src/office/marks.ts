// 校验 and 清除标记 against a workbook.
//
// Marks are conditional formats (custom rule with a marker formula) laid over problem cells: the cells'
// own formats are never written, so clearing (deleting our rules) leaves every cell exactly as it was,
// "no fill" and the user's colours included, and a user's edits made in between survive
// (docs/decisions/taskpane.md). Values are never written.
//
// Sync budget of a check: (1) sheet names; (2) a header probe, used-range size and conditional-format
// types of every sheet; (3) the ledger sheet's values, merged areas and the formulas of custom rules;
// (4) remove old marks and add new ones. Past one request's payload the values are read in row chunks:
// syncs then grow with the sheet's size, never with the number of problems.

import type { CellValue, MergeArea } from '../core/types';
import { a1ToRects, CellRect, rectToA1 } from './a1';
import type { Capabilities, ExcelRun } from './capabilities';
import type { EngineResult, LedgerEngine } from './engine-types';
import { MARK_STYLES, MarkCell, PaintPlan, planPaint } from './paint-plan';

/** Our rules carry this in their formula: always TRUE, and recognisable when clearing. */
export const MARK_TAG = 'task-ledger';
export const markFormula = (style: string): string => `=N("${MARK_TAG}:${style}")=0`;
export const isOurFormula = (formula: string | null | undefined): boolean =>
  typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);

/** Header probe: the engine finds the header within the first 100 rows. */
export const PROBE_ADDRESS = 'A1:AZ100';
export const PROBE_ROWS = 100;
export const PROBE_COLS = 52;
/** The columns of the probe: a header (and so every column the checker reads) lies within them. */
const LEDGER_COLUMNS = 'A:AZ';
/** A response budget under Excel on the web's 5 MB, with room for JSON overhead. */
export const READ_BUDGET_BYTES = 4.5 * 1024 * 1024;
/** A request budget for painting. */
export const PAINT_BUDGET_BYTES = 4 * 1024 * 1024;
/** Without RangeAreas (ExcelApi < 1.9) each rectangle costs a rule of its own: cap them. */
export const MAX_RULES_WITHOUT_AREAS = 300;

export type CheckPhase = 'read' | 'check' | 'paint' | 'done';
export interface CheckProgress {
  phase: CheckPhase;
  /** Rows read so far (phase read), else 0..1. */
  done: number;
  total: number;
}

export type Limitation = 'no-marks' | 'marks-capped' | 'no-merged-areas' | 'read-in-chunks';

export interface CheckOutcome<R extends EngineResult> {
  sheetNames: string[];
  /** The sheet checked, or null when no sheet has a ledger header. */
  sheetName: string | null;
  result: R | null;
  plan: PaintPlan | null;
  /** Cells actually marked (fewer than planned when capped). */
  markedCells: number;
  limitations: Limitation[];
}

export interface CheckParams<O> {
  options: O;
  caps: Capabilities;
  /** The sheet the user chose; default: active sheet if it has a header, else the first that does. */
  sheetName?: string | null;
  onProgress?: (p: CheckProgress) => void;
  /** Row chunk for large sheets (tests); default from the read budget. */
  chunkRows?: number;
  /** false: read and check only (考评 figures), leaving marks as they are. */
  paint?: boolean;
}

const isPayloadError = (e: unknown) =>
  !!e && typeof e === 'object' && /PayloadSizeLimitExceeded/i.test(String((e as { code?: string }).code ?? ''));

const yieldToUi = () => new Promise<void>((r) => setTimeout(r, 0));

interface CfRef {
  sheet: string;
  cf: Excel.ConditionalFormat;
}

/** Marks the cells that an engine result points at. */
export function markCellsOf(result: EngineResult): MarkCell[] {
  const cells: MarkCell[] = [];
  const problemRows = new Set<number>();
  for (const issue of result.issues) {
    if (issue.row === null || issue.col === null) continue;
    cells.push({ row: issue.row - 1, col: issue.col, style: issue.severity });
    problemRows.add(issue.row);
  }
  const statusCol = result.columns?.status?.index;
  if (statusCol !== undefined && statusCol !== null) {
    for (const row of problemRows) {
      if (result.headerRow !== null && row <= result.headerRow) continue;
      cells.push({ row: row - 1, col: statusCol, style: 'status' });
    }
  }
  return cells;
}

export async function checkWorkbook<O, R extends EngineResult>(
  run: ExcelRun,
  engine: LedgerEngine<O, R>,
  params: CheckParams<O>,
): Promise<CheckOutcome<R>> {
  const { caps, onProgress } = params;
  const limitations: Limitation[] = [];
  return run(async (ctx) => {
    // (1) names
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    const names = sheets.items.map((s) => s.name);

    // (2) header probes, sizes, conditional-format types
    onProgress?.({ phase: 'read', done: 0, total: 0 });
    const probes = sheets.items.map((ws) => ws.getRange(PROBE_ADDRESS).load('values'));
    // The ledger's extent: the used cells of the columns a header can be in (the probe's), not of the
    // sheet. One stray value at XFD1048576 would make the sheet's used range 17 billion cells.
    const used = sheets.items.map((ws) =>
      ws.getRange(LEDGER_COLUMNS).getUsedRangeOrNullObject(true).load('isNullObject,rowIndex,columnIndex,rowCount,columnCount'),
    );
    const cfCollections = caps.conditionalFormats
      ? sheets.items.map((ws) => ws.getRange().conditionalFormats.load('items/type'))
      : [];
    await ctx.sync();

    let index: number;
    if (params.sheetName) index = names.indexOf(params.sheetName);
    else index = engine.pickLedgerSheet(names.map((name, i) => ({ name, values: probes[i].values as CellValue[][] })), active.name);

    // (3) values, merges, our rules' formulas
    const ws = index >= 0 ? sheets.items[index] : null;
    const u = index >= 0 ? used[index] : null;
    const bottom = !u || u.isNullObject ? 0 : u.rowIndex + u.rowCount; // exclusive, from row 0
    const right = !u || u.isNullObject ? 0 : u.columnIndex + u.columnCount;
    if (ws && !caps.mergedAreas) limitations.push('no-merged-areas');
    // Queued with the first read; queued again if that batch fails for its size.
    let customs: Array<CfRef & { rule: Excel.ConditionalFormatRule }> = [];
    let mergedAreas: Excel.RangeAreas | null = null;
    const queueExtras = () => {
      customs = [];
      cfCollections.forEach((col, i) => {
        for (const cf of col.items) {
          if (cf.type !== 'Custom') continue;
          customs.push({ sheet: names[i], cf, rule: cf.custom.rule.load('formula') });
        }
      });
      mergedAreas =
        ws && caps.mergedAreas && bottom > 0
          ? ws.getRange(rectToA1({ top: 0, left: 0, bottom: bottom - 1, right: right - 1 })).getMergedAreasOrNullObject().load('address,isNullObject')
          : null;
    };
    queueExtras();
    let values: CellValue[][] = [];
    let merges: MergeArea[] = [];
    if (ws && (bottom > PROBE_ROWS || right > PROBE_COLS)) {
      const bytesPerCell = estimateBytesPerCell((probes[index].values as CellValue[][]).map((r) => r.slice(0, right)));
      const budgetRows = Math.max(1, Math.floor(READ_BUDGET_BYTES / Math.max(1, bytesPerCell * right)));
      const chunk = params.chunkRows ?? Math.min(bottom, budgetRows);
      values = await readRows(ctx, ws, bottom, right, chunk, onProgress, () => limitations.push('read-in-chunks'), queueExtras);
    } else {
      // The probe already holds the whole sheet (or there is no ledger sheet).
      if (ws) values = (probes[index].values as CellValue[][]).slice(0, bottom).map((row) => row.slice(0, right));
      await ctx.sync();
    }
    const m = mergedAreas as Excel.RangeAreas | null;
    if (m && !m.isNullObject) merges = a1ToRects(m.address);

    // engine
    onProgress?.({ phase: 'check', done: 0, total: 1 });
    await yieldToUi();
    const result =
      index >= 0 ? engine.checkLedger({ values, merges, name: names[index], origin: { row: 0, col: 0 } }, params.options) : null;

    // (4) paint
    onProgress?.({ phase: 'paint', done: 0, total: 1 });
    await yieldToUi();
    const ours = customs.filter((c) => isOurFormula(c.rule.formula));
    let plan: PaintPlan | null = null;
    let markedCells = 0;
    if (params.paint === false) {
      // read-only run: nothing to paint or remove
    } else if (!caps.conditionalFormats) {
      limitations.push('no-marks');
    } else {
      ctx.application.suspendApiCalculationUntilNextSync();
      for (const c of ours) c.cf.delete();
      if (result && index >= 0) {
        plan = planPaint(markCellsOf(result));
        const painted = await paint(ctx, sheets.items[index], plan, caps.rangeAreas);
        markedCells = painted.cells;
        if (painted.capped) limitations.push('marks-capped');
      }
      await ctx.sync();
    }
    onProgress?.({ phase: 'done', done: 1, total: 1 });
    return { sheetNames: names, sheetName: index >= 0 ? names[index] : null, result, plan, markedCells, limitations };
  });
}

function estimateBytesPerCell(sample: CellValue[][]): number {
  let bytes = 0;
  let n = 0;
  for (const row of sample)
    for (const v of row) {
      n++;
      // UTF-8: up to 3 bytes a character for Chinese text, plus quotes and a comma.
      bytes += typeof v === 'string' ? 3 + v.length * 3 : 12;
    }
  // Margin for rows below the probe being longer than those in it; an underestimate costs a retry.
  return n ? Math.max(4, (bytes / n) * 1.3) : 16;
}

async function readRows(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  bottom: number,
  right: number,
  chunkRows: number,
  onProgress: CheckParams<unknown>['onProgress'],
  noteChunked: () => void,
  requeue: () => void,
): Promise<CellValue[][]> {
  let chunk = Math.max(1, chunkRows);
  const out: CellValue[][] = [];
  let row = 0;
  if (chunk < bottom) noteChunked();
  while (row < bottom) {
    const n = Math.min(chunk, bottom - row);
    // An A1 address rather than getRangeByIndexes (ExcelApi 1.7): chunked reads must work on 1.1.
    const r = ws.getRange(rectToA1({ top: row, left: 0, bottom: row + n - 1, right: right - 1 })).load('values');
    try {
      await ctx.sync();
    } catch (e) {
      // The payload estimate was too low: halve the chunk and try again (the failed batch is gone).
      if (!isPayloadError(e) || n === 1) throw e;
      chunk = Math.max(1, Math.floor(n / 2));
      noteChunked();
      if (row === 0) requeue();
      continue;
    }
    const lines = r.values as CellValue[][];
    for (const line of lines) out.push(line);
    row += n;
    // A long run of empty rows (a stray value at A1048576 below a 60-row ledger): ask where the
    // next content is and skip to it, instead of reading a million empty rows.
    if (row < bottom && lines.length >= SKIP_AFTER_EMPTY_ROWS && lines.slice(-SKIP_AFTER_EMPTY_ROWS).every(isEmptyRow)) {
      const rest = ws
        .getRange(rectToA1({ top: row, left: 0, bottom: bottom - 1, right: right - 1 }))
        .getUsedRangeOrNullObject(true)
        .load('isNullObject,rowIndex');
      await ctx.sync();
      const next = rest.isNullObject ? bottom : rest.rowIndex;
      while (row < next) {
        out.push(EMPTY_ROW);
        row++;
      }
    }
    onProgress?.({ phase: 'read', done: row, total: bottom });
  }
  return out;
}

/** Rows skipped as empty share one array: the engine reads a missing cell as blank. */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
export const SKIP_AFTER_EMPTY_ROWS = 200;
export const isEmptyRow = (line: readonly CellValue[]) => line.every((v) => v === '' || v === null);

async function paint(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  plan: PaintPlan,
  rangeAreas: boolean,
): Promise<{ cells: number; capped: boolean }> {
  let requestBytes = 0;
  let cells = 0;
  let rules = 0;
  let capped = false;
  const addRule = async (target: Excel.Range | Excel.RangeAreas, style: keyof typeof MARK_STYLES, address: string) => {
    if (requestBytes + address.length + 400 > PAINT_BUDGET_BYTES) {
      await ctx.sync();
      requestBytes = 0;
    }
    const cf = target.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    const look = MARK_STYLES[style];
    cf.custom.rule.formula = markFormula(style);
    cf.custom.format.fill.color = look.fill;
    cf.custom.format.font.color = look.font;
    if (look.bold) cf.custom.format.font.bold = true;
    requestBytes += address.length + 400;
    rules++;
  };
  for (const sp of plan.styles) {
    if (rangeAreas) {
      for (const chunk of sp.chunks) await addRule(ws.getRanges(chunk), sp.style, chunk);
      cells += sp.rects.reduce((s, r) => s + area(r), 0);
    } else {
      for (const rect of sp.rects) {
        if (rules >= MAX_RULES_WITHOUT_AREAS) {
          capped = true;
          break;
        }
        const a1 = rectToA1(rect);
        await addRule(ws.getRange(a1), sp.style, a1);
        cells += area(rect);
      }
    }
  }
  return { cells, capped };
}

const area = (r: CellRect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** 清除标记: deletes our rules on every sheet; touches nothing else. Returns how many were removed. */
export async function clearMarks(run: ExcelRun, caps: Capabilities): Promise<number> {
  if (!caps.conditionalFormats) return 0;
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const cols = sheets.items.map((ws) => ws.getRange().conditionalFormats.load('items/type'));
    await ctx.sync();
    const customs = cols.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, rule: cf.custom.rule.load('formula') })));
    await ctx.sync();
    const ours = customs.filter((c) => isOurFormula(c.rule.formula));
    for (const c of ours) c.cf.delete();
    await ctx.sync();
    return ours.length;
  });
}

/** Selects (and scrolls to) a cell of a sheet: clicking an issue in the pane. */
export async function selectCell(run: ExcelRun, sheetName: string, a1: string): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheetName);
    ws.activate();
    ws.getRange(a1).select();
    await ctx.sync();
  });
}
