import type { RuleModule } from './types';

export const rule: RuleModule = {
  meta: {
    id: 'seq-order',
    severity: 'warning',
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
    let previous: number | null = null;
    const rows = ctx.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.seq === null) continue;
      if (previous !== null && row.seq < previous) {
        ctx.report({ row, column: 'seq', messageId: 'decreasing', data: { seq: row.seq, previous } });
      }
      previous = row.seq;
    }
  },
};
