// Numbering scopes (spec "Details that decide edge cases"): numbered headings over sub-numbers are not
// tasks, and a section whose numbering starts again at 1 is a scope of its own.

import { cellString } from '../cells';
import type { LedgerRow } from '../rules/types';

/** A numbered row without units of its own whose next row is numbered under it (1 | 1.1, 1.2) is a heading. */
export function dropParentRows(rows: LedgerRow[]): LedgerRow[] {
  return rows.filter((r, i) => {
    const next = rows[i + 1];
    if (!r.number || !next?.number || r.parsedUnits.units.length > 0) return true;
    const p = r.number.path;
    const q = next.number.path;
    return !(q.length > p.length && p.every((n, k) => q[k] === n));
  });
}

/**
 * Numbering scopes: a section (after a section row, or a new 类别 value) whose first numbered task
 * starts again at 1 (or 一, ①) is a scope of its own; otherwise it continues the numbering above.
 */
export function numberingScopes(rows: LedgerRow[]): LedgerRow[] {
  let scope = 0;
  let sectionKey: string | null = null;
  let sectionOpen = false;
  for (const r of rows) {
    const key = `${r.section}|${cellString(r.cells.section)}`;
    if (key !== sectionKey) {
      sectionOpen = sectionKey !== null;
      sectionKey = key;
    }
    if (sectionOpen && r.number) {
      if (r.number.path[0] === 1) scope++;
      sectionOpen = false;
    }
    r.scope = scope;
  }
  return rows;
}

