import type { RuleModule } from './types';
import { daysBetween } from '../dates';

export const rule: RuleModule = {
  meta: {
    id: 'due-soon',
    severity: 'warning',
    category: 'progress',
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
    for (const row of ctx.rows) {
      if (row.statusKey !== 'dueSoon' || !row.due) continue;
      ctx.report({ row, column: ctx.header?.columns.time ? 'time' : 'task', messageId: 'dueSoon', data: { due: row.due, days: daysBetween(ctx.asOf, row.due) } });
    }
  },
};
