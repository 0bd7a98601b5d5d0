// Task-row collection (spec "Columns"): which rows below the header are tasks, and what each
// task's cells hold once vertically merged areas are spread over their rows.

import type { CellValue, ColumnKey, MergeArea } from '../types';
import { isBlank } from '../cells';
import { HeaderInfo, classifyHeader } from './header';

export interface SheetInput {
  values: CellValue[][];
  merges?: MergeArea[];
  name?: string;
  /** 0-based offset of values[0][0] in the sheet (a used range that does not start at A1). */
  origin?: { row: number; col: number };
}

/** A task row as the sheet holds it; the engine's LedgerRow adds what it reads from these cells. */
export interface TaskRow {
  /** 0-based index into values. */
  index: number;
  /** 1-based row number a user sees in Excel. */
  excelRow: number;
  /** Each header column's value for this row, merged areas applied. */
  cells: Partial<Record<ColumnKey, CellValue>>;
  /** Section rows (一、…工程) above this row: rows of one section share the number. */
  section: number;
  /** Columns whose value this row takes from a merged area starting on an earlier row (its sub-rows). */
  merged: ColumnKey[];
}

// 注：… 填表人：… 审核人：… 备注：… and the like, at the start of a row's first cell.
const NOTE_ROW = /^(注|附注|说明|备注|填表人|填报人|审核人|制表人|制表|填报单位|填表单位|填报日期|填表日期|联系人|联系电话|负责人|审核)\s*[:：\d1-9]/;
const NOTE_BARE = /^(注|说明)\s*[:：]?\s*$/;
// 合计 / 小计 / 总计 rows sum the tasks above them; they are not tasks.
const TOTAL_ROW = /^(合\s*计|小\s*计|总\s*计)\s*[:：]?$/;
// 一、…  （一）…  (1)…  第一部分…: the numbering of a section heading.
const SECTION_NUMBERING = /^\s*([一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十\d]+[部分章节项类篇])/;

export type RowKind = 'blank' | 'note' | 'section' | 'header' | 'task';

/**
 * Spreads vertically merged areas: for each header column inside an area that spans rows, the
 * area's top-left value belongs to every row of the area. Returns per-row overrides keyed by
 * values-row index, then column index.
 */
function buildMergeFill(sheet: SheetInput, header: HeaderInfo): Map<number, Map<number, CellValue>> {
  const fill = new Map<number, Map<number, CellValue>>();
  // Only rows below a merge's top row take its value (the top row holds it itself).
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return fill;
  const oRow = sheet.origin?.row ?? 0;
  const oCol = sheet.origin?.col ?? 0;
  const colIndexes = Object.values(header.columns).map((c) => c!.index);
  for (const m of merges) {
    const top = m.top - oRow;
    const bottom = m.bottom - oRow;
    const left = m.left - oCol;
    const right = m.right - oCol;
    if (bottom <= header.row || bottom < top) continue;
    const source = sheet.values[top]?.[left];
    // Rows past the sheet's values, and rows with nothing of their own, are never tasks: a merge
    // of A1:XFD1048576 costs the rows that exist, not a million map entries per column.
    const last = Math.min(bottom, sheet.values.length - 1);
    for (const c of colIndexes) {
      if (c < left || c > right) continue;
      for (let r = Math.max(top, header.row + 1); r <= last; r++) {
        if (r === top && c === left) continue;
        if (!sheet.values[r]?.length) continue;
        let rowFill = fill.get(r);
        if (!rowFill) fill.set(r, (rowFill = new Map()));
        rowFill.set(c, source);
      }
    }
  }
  return fill;
}

// Top-left cells (sheet "row:col") of areas merged across columns, per merges array: section rows
// are recognised by them, and a sheet may hold thousands of merges.
const acrossIndex = new WeakMap<MergeArea[], Set<string>>();

/** True when the values cell r,c is the start of a merged area spanning several columns. */
function mergedAcross(sheet: SheetInput, r: number, c: number): boolean {
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return false;
  let starts = acrossIndex.get(merges);
  if (!starts) {
    starts = new Set(merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
    acrossIndex.set(merges, starts);
  }
  return starts.has(`${r + (sheet.origin?.row ?? 0)}:${c + (sheet.origin?.col ?? 0)}`);
}

/**
 * What a row below the header is. Decided on the row's own cells (before merged values are spread):
 * a section heading is one text cell, a note row starts with 注：/填表人：…, a blank row has nothing.
 */
export function classifyRow(sheet: SheetInput, header: HeaderInfo, r: number): RowKind {
  const row = sheet.values[r];
  if (!row) return 'blank';
  // Only "none, one or several" matters: stop at the second non-empty cell.
  let count = 0;
  let first = -1;
  for (let c = 0; c < row.length && count < 2; c++) {
    if (!isBlank(row[c])) {
      count++;
      if (first < 0) first = c;
    }
  }
  if (count === 0) return 'blank';
  const firstValue = row[first];
  if (typeof firstValue === 'string') {
    const text = firstValue.trim();
    if (NOTE_ROW.test(text) || NOTE_BARE.test(text) || TOTAL_ROW.test(text)) return 'note';
    if (count === 1) {
      // A lone text in the task column could be a task with its other cells forgotten: report it
      // unless it looks like a heading (numbered like one, or merged across the row).
      const taskCol = header.columns.task?.index;
      if (first !== taskCol || SECTION_NUMBERING.test(text) || mergedAcross(sheet, r, first)) return 'section';
    }
  }
  if (count >= 2 && repeatsHeader(row, header)) return 'header';
  if (count >= 2 && numberedSection(row, header)) return 'section';
  return 'task';
}

// 一 / 一、 / （一） in the 序号 column: the heading numbering of a 工程 or sub-section.
const SECTION_SEQ = /^([一二三四五六七八九十]+[、.．]?|[（(][一二三四五六七八九十]+[)）])$/;

/**
 * A section heading laid out in the columns: 一 in 序号, 大力实施…工程 in 重点任务, no units and no time.
 * A task row always names units or a time; a heading never does.
 */
function numberedSection(row: CellValue[], header: HeaderInfo): boolean {
  const c = header.columns;
  if (!c.seq) return false;
  const seq = row[c.seq.index];
  if (typeof seq !== 'string' || !SECTION_SEQ.test(seq.trim())) return false;
  for (const key of ['units', 'lead', 'support', 'time'] as const) {
    const col = c[key];
    if (col && !isBlank(row[col.index])) return false;
  }
  return true;
}

/** A row that repeats the header wording in at least two of the header's required columns. */
function repeatsHeader(row: CellValue[], header: HeaderInfo): boolean {
  // A numeric 序号 is data: the usual task row is settled without reading its texts.
  const seqCol = header.columns.seq;
  if (seqCol && typeof row[seqCol.index] === 'number') return false;
  let hits = 0;
  for (const key of ['seq', 'task', 'units', 'lead', 'time'] as const) {
    const col = header.columns[key];
    if (!col) continue;
    const v = row[col.index];
    // Header wording is short; skip the classifier for ordinary task text and numbers.
    if (typeof v !== 'string' || v.length > 24) continue;
    if (classifyHeader(v) !== null && ++hits >= 2) return true;
  }
  return false;
}

/** Column keys whose content makes a row a task row. */
const CONTENT_KEYS: ColumnKey[] = ['seq', 'task', 'units', 'lead', 'support', 'time'];

/**
 * Task rows below the header: rows with content in the required columns, skipping blank, section,
 * note and repeated header rows. A blank cell inside a vertically merged area takes the area's value.
 */
export function collectTaskRows(sheet: SheetInput, header: HeaderInfo): TaskRow[] {
  const fill = buildMergeFill(sheet, header);
  const columns = Object.entries(header.columns) as Array<[ColumnKey, { index: number }]>;
  const oRow = sheet.origin?.row ?? 0;
  const rows: TaskRow[] = [];
  let section = 0;
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const kind = classifyRow(sheet, header, r);
    if (kind === 'section') section++;
    if (kind !== 'task') continue;
    const raw = sheet.values[r];
    const rowFill = fill.get(r);
    const cells: Partial<Record<ColumnKey, CellValue>> = {};
    const merged: ColumnKey[] = [];
    for (const [key, col] of columns) {
      const v = raw[col.index];
      if (rowFill !== undefined && isBlank(v) && rowFill.has(col.index)) {
        cells[key] = rowFill.get(col.index);
        merged.push(key);
      } else cells[key] = v;
    }
    if (CONTENT_KEYS.some((k) => !isBlank(cells[k]))) rows.push({ index: r, excelRow: r + oRow + 1, cells, section, merged });
  }
  return rows;
}
