import type { RuleModule } from './types';
import { isBlank } from '../cells';

export const rule: RuleModule = {
  meta: {
    id: 'completion-date-missing',
    severity: 'warning',
    category: 'ledger',
    description: {
      'zh-CN': '已标记完成但未填写完成时间',
      en: 'Marked done but the completion date (完成时间) is empty',
    },
    messages: {
      missing: {
        'zh-CN': '已标记完成，请填写完成时间',
        en: 'Marked done: fill in the completion date',
      },
    },
  },
  check(ctx) {
    if (!ctx.header?.columns.doneDate) return;
    for (const row of ctx.rows) {
      if (row.done && isBlank(row.cells.doneDate)) ctx.report({ row, column: 'doneDate', messageId: 'missing' });
    }
  },
};
