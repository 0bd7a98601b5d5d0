import type { RuleModule } from './types';
import { duplicateGroups, otherRows } from './util';

export const rule: RuleModule = {
  meta: {
    id: 'task-duplicate',
    severity: 'warning',
    description: {
      'zh-CN': '同一任务内容出现在多行',
      en: 'The same task text appears on more than one row',
    },
    messages: {
      duplicate: {
        'zh-CN': '任务内容与第 {otherRows} 行重复',
        en: 'The task text repeats row {otherRows}',
      },
    },
  },
  check(ctx) {
    for (const group of duplicateGroups(ctx.rows, (r) => r.taskKey)) {
      for (const row of group) {
        ctx.report({ row, column: 'task', messageId: 'duplicate', data: { otherRows: otherRows(group, row) } });
      }
    }
  },
};
