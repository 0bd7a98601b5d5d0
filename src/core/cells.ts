// What a cell holds, as every part of task-ledger reads it: blank, an Excel error value, or content.
// One list of error values and one isBlank, used by the engine, the parsers and the functions.

import { cellText } from './normalize';
import type { CellValue } from './types';

/** Excel's error values, as range.values and ExcelJS hand them over (and as users type them). */
export const EXCEL_ERRORS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!', '#TIMEOUT!',
];
const ERRORS = new Set(EXCEL_ERRORS);

/** An Excel error value such as "#N/A" (any case, surrounding spaces ignored). */
export function isErrorValue(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const s = v.trim();
  return s.startsWith('#') && ERRORS.has(s.toUpperCase());
}

/** Empty as a ledger keeper means it: null, undefined, blank text, an invalid date or NaN. Error values are not empty. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (v instanceof Date) return Number.isNaN(v.getTime());
  if (typeof v === 'number') return Number.isNaN(v);
  return false;
}

/** A cell that holds something usable: not blank and not an error value. */
export function hasContent(v: CellValue): boolean {
  return !isBlank(v) && !isErrorValue(v);
}

/** Plain trimmed text of a cell ("" for blanks and error values). */
export function cellString(v: CellValue): string {
  return hasContent(v) ? cellText(v).trim() : '';
}
