// A1 addresses for the adapter (0-based rows/columns in, Excel text out).

import { columnIndex, columnLetter } from '../core/a1';

export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}


/** "B3" or "B3:D7" (no sheet name: used with worksheet.getRange/getRanges). */
export function rectToA1(r: CellRect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetter(r.right)}${r.bottom + 1}`;
}

/**
 * Rectangles of an address as Excel reports it ("'台账'!A1:B2,'台账'!C3" or "Sheet1!A1"): the
 * sheet prefix is dropped. Whole rows/columns are not expected here (merged areas, used ranges).
 */
export function a1ToRects(address: string): CellRect[] {
  const out: CellRect[] = [];
  const re = /(?:^|!|,\s*)\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?=,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) {
    const left = columnIndex(m[1]);
    const top = Number(m[2]) - 1;
    const right = m[3] ? columnIndex(m[3]) : left;
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}

/** Quotes a sheet name for use in a formula reference when Excel needs it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
