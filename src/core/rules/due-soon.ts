import type { RuleModule } from './types';
import { rowsFor } from './util';
import { daysBetween } from '../dates';

export const rule: RuleModule = {
  meta: {
    id: 'due-soon',
    severity: 'warning',
    description: {
      'zh-CN': '任务临近截止日期（在预警天数内）',
      en: 'The task is due soon (within the warning window)',
    },
    messages: {
      dueSoon: {
        'zh-CN': '距截止日期 {due} 还有 {days} 天',
        en: 'Due in {days} days ({due})',
      },
    },
  },
  check(ctx) {
    // Rows due the same day share one frozen data object.
    const memo = new Map<string, Readonly<{ due: string; days: number }>>();
    for (const row of rowsFor(ctx, 'dueSoon')) {
      if (row.statusKey !== 'dueSoon' || !row.due) continue;
      let data = memo.get(row.due);
      if (!data) {
        data = Object.freeze({ due: row.due, days: daysBetween(ctx.asOf, row.due) });
        memo.set(row.due, data);
      }
      ctx.report({ row, column: 'time', messageId: 'dueSoon', data });
    }
  },
};
