import type { RuleModule } from './types';
import { daysBetween } from '../dates';

export const rule: RuleModule = {
  meta: {
    id: 'overdue',
    severity: 'error',
    category: 'progress',
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
    for (const row of ctx.rows) {
      if (row.statusKey !== 'overdue' || !row.due) continue;
      ctx.report({ row, column: ctx.header?.columns.time ? 'time' : 'task', messageId: 'overdue', data: { due: row.due, days: daysBetween(row.due, ctx.asOf) } });
    }
  },
};
