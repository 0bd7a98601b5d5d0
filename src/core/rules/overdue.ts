import type { RuleModule } from './types';
import { rowsFor } from './util';
import { daysBetween } from '../dates';

export const rule: RuleModule = {
  meta: {
    id: 'overdue',
    severity: 'error',
    description: {
      'zh-CN': '任务已逾期（截止日期已过且未完成）',
      en: 'The task is overdue (due date passed, not done)',
    },
    messages: {
      overdue: {
        'zh-CN': '已逾期 {days} 天（截止日期 {due}）',
        en: 'Overdue by {days} days (due {due})',
      },
    },
  },
  check(ctx) {
    // Rows due the same day share one frozen data object.
    const memo = new Map<string, Readonly<{ due: string; days: number }>>();
    for (const row of rowsFor(ctx, 'overdue')) {
      if (row.statusKey !== 'overdue' || !row.due) continue;
      let data = memo.get(row.due);
      if (!data) {
        data = Object.freeze({ due: row.due, days: daysBetween(row.due, ctx.asOf) });
        memo.set(row.due, data);
      }
      ctx.report({ row, column: 'time', messageId: 'overdue', data });
    }
  },
};
