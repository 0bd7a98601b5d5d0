import type { RowContext, RuleModule } from './types';
import { duplicateData, duplicateGroups } from './util';

/**
 * duplicateGroups by 序号 (same groups, same order): 序号 are positive whole numbers, so when they
 * stay within a few times the row count a typed array indexed by 序号 holds each one's first row
 * or group, instead of a Map of every row's 序号.
 */
export function seqGroups(rows: readonly RowContext[]): RowContext[][] {
  let max = 0;
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i].seq;
    if (s !== null && s > max) max = s;
  }
  if (max > 4 * rows.length + 1024) return duplicateGroups(rows, (r) => r.seq);
  // Per 序号: 0 unseen, i + 1 its first row i, -(g + 1) its group g.
  const seen = new Int32Array(max + 1);
  const out: RowContext[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const s = row.seq;
    if (s === null) continue;
    const f = seen[s];
    if (f === 0) seen[s] = i + 1;
    else if (f > 0) {
      out.push([rows[f - 1], row]);
      seen[s] = -out.length;
    } else out[-f - 1].push(row);
  }
  return out;
}

export const rule: RuleModule = {
  meta: {
    id: 'seq-duplicate',
    severity: 'error',
    description: {
      'zh-CN': '同一序号出现在多行',
      en: 'The same 序号 appears on more than one row',
    },
    messages: {
      duplicate: {
        'zh-CN': '序号 {seq} 重复（共 {count} 行），另见第 {otherRows} 行',
        en: '序号 {seq} is used on {count} rows; see also row {otherRows}',
      },
    },
  },
  check(ctx) {
    for (const group of seqGroups(ctx.rows)) {
      const dataFor = duplicateData(group, { seq: group[0].seq });
      group.forEach((row, i) => ctx.report({ row, column: 'seq', messageId: 'duplicate', data: dataFor(row, i) }));
    }
  },
};
