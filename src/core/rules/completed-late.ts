import type { RuleModule } from './types';

export const rule: RuleModule = {
  meta: {
    id: 'completed-late',
    severity: 'warning',
    category: 'progress',
    description: {
      'zh-CN': '任务逾期完成（完成时间晚于截止日期）',
      en: 'The task was completed late (completion date after the due date)',
    },
    messages: {
      late: {
        'zh-CN': '完成时间 {completedOn} 晚于截止日期 {due}',
        en: 'Completed on {completedOn}, after the due date {due}',
      },
    },
  },
  check(ctx) {
    // The completion date sits in 完成时间; without that column the finding goes on 时间要求.
    const c = ctx.header?.columns;
    const column = c?.doneDate ? 'doneDate' : c?.time ? 'time' : 'task';
    for (const row of ctx.rows) {
      if (row.statusKey !== 'doneLate') continue;
      ctx.report({ row, column, messageId: 'late', data: { completedOn: row.doneDate, due: row.due } });
    }
  },
};
