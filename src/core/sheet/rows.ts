// Task-row collection (spec "Columns"): which rows below the header are tasks, and what each
// task's cells hold once vertically merged areas are spread over their rows.

import type { CellValue, ColumnKey, MergeArea } from '../types';
import { cellText } from '../normalize';
import { HeaderInfo, classifyHeader } from './header';

export interface SheetInput {
  values: CellValue[][];
  merges?: MergeArea[];
  name?: string;
  /** 0-based offset of values[0][0] in the sheet (a used range that does not start at A1). */
  origin?: { row: number; col: number };
}

export interface TaskRow {
  /** 0-based index into values. */
  index: number;
  /** 1-based row number a user sees in Excel. */
  excelRow: number;
  /** Each header column's value for this row, merged areas applied. */
  cells: Partial<Record<ColumnKey, CellValue>>;
}

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** An Excel error value such as "#N/A" (how range.values reports error cells). */
export function isErrorValue(v: CellValue): boolean {
  return typeof v === 'string' && v.length > 1 && v.charCodeAt(0) === 0x23 && EXCEL_ERROR.test(v.trim());
}

/** Empty as a ledger keeper means it: null, undefined, blank text. Error values are not empty. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') {
    // Text starting with a character trim() keeps is not blank (most cells): no trim call.
    if (v.length !== 0 && keptByTrim(v.charCodeAt(0))) return false;
    return v.trim() === '';
  }
  if (v instanceof Date) return Number.isNaN(v.getTime());
  if (typeof v === 'number') return Number.isNaN(v);
  return false;
}

/** A cell that holds something usable: not blank and not an error value. */
export function hasContent(v: CellValue): boolean {
  return !isBlank(v) && !isErrorValue(v);
}

// 注：… 填表人：… 审核人：… 备注：… and the like, at the start of a row's first cell.
const NOTE_ROW = /^(注|附注|说明|备注|填表人|填报人|审核人|制表人|制表|填报单位|填表单位|填报日期|填表日期|联系人|联系电话|负责人|审核)\s*[:：\d1-9]/;
const NOTE_BARE = /^(注|说明)\s*[:：]?\s*$/;
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
    for (const c of colIndexes) {
      if (c < left || c > right) continue;
      for (let r = Math.max(top, header.row + 1); r <= bottom; r++) {
        if (r === top && c === left) continue;
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
    if (NOTE_ROW.test(text) || NOTE_BARE.test(text)) return 'note';
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
 * note and repeated header rows. Vertically merged values are applied to every row of their area.
 */
export function collectTaskRows(sheet: SheetInput, header: HeaderInfo): TaskRow[] {
  const rows: TaskRow[] = [];
  const entries = Object.entries(header.columns) as Array<[ColumnKey, { index: number }]>;
  forEachTaskRow(sheet, header, {
    visit(index, excelRow, raw, fill) {
      const cells: Partial<Record<ColumnKey, CellValue>> = {};
      for (const [key, col] of entries) cells[key] = cellAt(raw, fill, col.index);
      rows.push({ index, excelRow, cells });
    },
  });
  return rows;
}

/** Merged-area values of one row, by values-column index (see forEachTaskRow). */
export type RowFill = Map<number, CellValue> | undefined;

/**
 * What forEachTaskRow calls per task row: an object with a method, so a caller's visiting code can
 * live on a class (optimised once for every sheet) rather than in a new closure per sheet.
 */
export interface TaskRowVisitor {
  visit(index: number, excelRow: number, raw: CellValue[], fill: RowFill): void;
}

/** The value of column c in a row: the cell itself, or the merged area's value when it is blank. */
export function cellAt(raw: CellValue[], fill: RowFill, c: number): CellValue {
  const v = raw[c];
  if (fill !== undefined && isBlank(v) && fill.has(c)) return fill.get(c);
  return v;
}

/**
 * Merged-area values per values row (an array indexed like values, not Map lookups per row), or
 * null when no area spans rows below the header. `fills` for forEachTaskRow.
 */
export function mergeFills(sheet: SheetInput, header: HeaderInfo): RowFill[] | null {
  const fillMap = buildMergeFill(sheet, header);
  if (fillMap.size === 0) return null;
  const n = sheet.values.length;
  // Filled densely first: a sparse array would fall back to a dictionary.
  const fill: RowFill[] = [];
  for (let r = 0; r < n; r++) fill.push(undefined);
  for (const [r, f] of fillMap) if (r < n) fill[r] = f;
  return fill;
}

/**
 * collectTaskRows without building cell objects: visits each task row with its raw values and its
 * merged-area values (read them with cellAt). The engine keeps the raw row instead of a copy.
 */
export function forEachTaskRow(
  sheet: SheetInput,
  header: HeaderInfo,
  visitor: TaskRowVisitor,
  fills: RowFill[] | null = mergeFills(sheet, header),
): void {
  const { values } = sheet;
  const oRow = sheet.origin?.row ?? 0;
  const hasFill = fills !== null;
  const fill = fills ?? [];
  const contentCols = CONTENT_KEYS.map((k) => header.columns[k]?.index).filter((c): c is number => c !== undefined);
  for (let r = header.row + 1; r < values.length; r++) {
    const kind = classifyRow(sheet, header, r);
    if (kind !== 'task') continue;
    const raw = values[r];
    const rowFill = hasFill ? fill[r] : undefined;
    let content = false;
    for (let k = 0; k < contentCols.length && !content; k++) {
      if (!isBlank(cellAt(raw, rowFill, contentCols[k]))) content = true;
    }
    if (!content) continue;
    visitor.visit(r, r + oRow + 1, raw, rowFill);
  }
}

/** Plain trimmed text of a cell ("" for blanks and error values). */
export function cellString(v: CellValue): string {
  if (typeof v === 'string') {
    const n = v.length;
    if (n === 0) return v;
    if (v.charCodeAt(0) === 0x23 && isErrorValue(v)) return '';
    // Text that starts and ends with a character trim() keeps is its own trimmed text.
    if (keptByTrim(v.charCodeAt(0)) && keptByTrim(v.charCodeAt(n - 1))) return v;
    return v.trim();
  }
  if (isErrorValue(v)) return '';
  return cellText(v).trim();
}

/** A code unit that is neither white space nor a line terminator (for the usual characters only). */
function keptByTrim(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
}
