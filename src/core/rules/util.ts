// Small helpers shared by the rules.

import type { CellValue } from '../types';
import { normalizeText } from '../normalize';
import type { LedgerRow, RuleContext } from './types';
import { pathText, type SeqNumber } from '../sheet/seq';

export { taskKey } from '../plan/match';

/** 序号 as a positive whole number: 3, "3", "３", " 3 "; anything else (3.5, "3、", "三", true) is null. */
export function parseSeq(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  if (typeof v !== 'string') return null;
  const s = normalizeText(v);
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}

/** A 序号 for messages and JSON: the integer, or the text of a sub-number path (1.2). */
export function seqValue(n: SeqNumber): number | string {
  return n.path.length === 1 ? n.path[0] : pathText(n.path);
}

/** Groups rows by a key, ignoring empty keys; groups of more than one row, in the order their second row appears. */
export function duplicateGroups<K>(rows: readonly LedgerRow[], keyOf: (r: LedgerRow) => K | null): LedgerRow[][] {
  const groups = new Map<K, LedgerRow[]>();
  const out: LedgerRow[][] = [];
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null || k === '') continue;
    const g = groups.get(k);
    if (!g) groups.set(k, [r]);
    else {
      g.push(r);
      if (g.length === 2) out.push(g);
    }
  }
  return out;
}

/** Rows listed in a duplicate finding; a big group is summed up by its count, not listed in full. */
export const MAX_LISTED_ROWS = 3;

/** Up to MAX_LISTED_ROWS other rows of a duplicate group, as "5、9" (Excel row numbers). */
export function otherRows(group: LedgerRow[], self: LedgerRow): string {
  return group
    .filter((r) => r !== self)
    .slice(0, MAX_LISTED_ROWS)
    .map((r) => r.excelRow)
    .join('、');
}

/** Reports every row of each duplicate group on `column`, naming the group's other rows. */
export function reportDuplicates(
  ctx: RuleContext,
  groups: LedgerRow[][],
  column: 'seq' | 'task',
  base: (group: LedgerRow[]) => Record<string, string | number | null>,
): void {
  for (const group of groups) {
    for (const row of group) {
      const data = { ...base(group), otherRows: otherRows(group, row), count: group.length };
      ctx.report({ row, column, messageId: 'duplicate', data });
    }
  }
}
