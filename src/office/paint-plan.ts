// Planning the marks: which cells get which style, coalesced into as few rectangles as possible and
// cut into address lists Excel accepts (each under 8,192 characters). Pure: no Office calls.

import { CellRect, rectToA1 } from './a1';

export type MarkStyle = 'error' | 'warning' | 'info' | 'status';

/** Severity colours of the spec (error red, warning yellow, info blue) in Excel's own "bad/neutral" tones. */
export const MARK_STYLES: Record<MarkStyle, { fill: string; font: string; bold: boolean }> = {
  error: { fill: '#FFC7CE', font: '#9C0006', bold: false },
  warning: { fill: '#FFEB9C', font: '#7F6000', bold: false },
  info: { fill: '#DDEBF7', font: '#1F4E78', bold: false },
  // The 状态 cell of a row with problems: a distinct violet so a glance down that column finds them.
  status: { fill: '#E4DFEC', font: '#5B2C6F', bold: true },
};

/** Paint order and precedence: a cell with an error and a warning shows the error. */
export const STYLE_ORDER: readonly MarkStyle[] = ['error', 'warning', 'info', 'status'];

export interface MarkCell {
  /** 0-based sheet row. */
  row: number;
  /** 0-based sheet column. */
  col: number;
  style: MarkStyle;
}

export interface StylePlan {
  style: MarkStyle;
  rects: CellRect[];
  /** Comma-joined A1 lists, each shorter than the address limit. */
  chunks: string[];
}

export interface PaintPlan {
  styles: StylePlan[];
  cellCount: number;
  rectCount: number;
}

/** Excel rejects longer address strings; keep a margin. */
export const ADDRESS_LIMIT = 8192;

export function planPaint(cells: readonly MarkCell[], maxAddressLength = ADDRESS_LIMIT - 1): PaintPlan {
  // One style per cell: the most severe wins.
  const best = new Map<string, MarkCell>();
  for (const c of cells) {
    const k = `${c.row},${c.col}`;
    const prev = best.get(k);
    if (!prev || STYLE_ORDER.indexOf(c.style) < STYLE_ORDER.indexOf(prev.style)) best.set(k, c);
  }
  const styles: StylePlan[] = [];
  let rectCount = 0;
  for (const style of STYLE_ORDER) {
    const mine = [...best.values()].filter((c) => c.style === style);
    if (!mine.length) continue;
    const rects = coalesce(mine);
    rectCount += rects.length;
    styles.push({ style, rects, chunks: chunkAddresses(rects.map(rectToA1), maxAddressLength) });
  }
  return { styles, cellCount: best.size, rectCount };
}

/** Vertical runs per column, then runs with the same rows in adjacent columns joined sideways. */
export function coalesce(cells: ReadonlyArray<{ row: number; col: number }>): CellRect[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const list = byCol.get(c.col) ?? [];
    list.push(c.row);
    byCol.set(c.col, list);
  }
  const runs = new Map<string, number[]>(); // "top,bottom" -> columns
  for (const [col, rows] of byCol) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = sorted[0];
    const flush = () => {
      const k = `${start},${prev}`;
      const cols = runs.get(k) ?? [];
      cols.push(col);
      runs.set(k, cols);
    };
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] === prev + 1) {
        prev = sorted[i];
        continue;
      }
      flush();
      start = prev = sorted[i];
    }
    flush();
  }
  const rects: CellRect[] = [];
  for (const [k, cols] of runs) {
    const [top, bottom] = k.split(',').map(Number);
    cols.sort((a, b) => a - b);
    let left = cols[0];
    let right = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === right + 1) {
        right = cols[i];
        continue;
      }
      rects.push({ top, bottom, left, right });
      if (i < cols.length) left = right = cols[i];
    }
  }
  // Reading order: stable addresses for tests and for people reading the rule manager.
  rects.sort((a, b) => a.top - b.top || a.left - b.left);
  return rects;
}

/** Joins addresses with "," into strings no longer than maxLength. */
export function chunkAddresses(addresses: readonly string[], maxLength = ADDRESS_LIMIT - 1): string[] {
  const chunks: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (a.length > maxLength) throw new Error(`address longer than ${maxLength}: ${a}`);
    if (!cur) cur = a;
    else if (cur.length + 1 + a.length <= maxLength) cur += ',' + a;
    else {
      chunks.push(cur);
      cur = a;
    }
  }
  if (cur) chunks.push(cur);
  return chunks;
}
