import type { LedgerRow, RuleModule } from './types';
import { seqValue } from './util';
import { comparePaths } from '../sheet/seq';

export const rule: RuleModule = {
  meta: {
    id: 'seq-order',
    severity: 'warning',
    category: 'ledger',
    description: {
      'zh-CN': '序号比上一行小（跳号不算问题：单位台账沿用计划的编号）',
      en: '序号 is smaller than the row above (gaps are fine: a unit’s ledger keeps the plan’s numbers)',
    },
    messages: {
      decreasing: {
        'zh-CN': '序号 {seq} 小于上一行的序号 {previous}',
        en: '序号 {seq} is smaller than the previous row’s {previous}',
      },
    },
  },
  check(ctx) {
    // Within a numbering scope (a section whose numbering starts again is one of its own).
    let previous: LedgerRow | null = null;
    for (const row of ctx.rows) {
      if (!row.number) continue;
      if (previous && previous.scope === row.scope && comparePaths(row.number.path, previous.number!.path) < 0) {
        ctx.report({ row, column: 'seq', messageId: 'decreasing', data: { seq: seqValue(row.number), previous: seqValue(previous.number!) } });
      }
      previous = row;
    }
  },
};
