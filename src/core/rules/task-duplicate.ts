import type { RuleModule } from './types';
import { duplicateGroups, reportDuplicates } from './util';

export const rule: RuleModule = {
  meta: {
    id: 'task-duplicate',
    severity: 'warning',
    category: 'ledger',
    description: {
      'zh-CN': '同一任务内容出现在多行',
      en: 'The same task text appears on more than one row',
    },
    messages: {
      duplicate: {
        'zh-CN': '任务内容重复（共 {count} 行），另见第 {otherRows} 行',
        en: 'The same task text is on {count} rows; see also row {otherRows}',
      },
    },
  },
  check(ctx) {
    // Rows sharing one merged task cell are one task's sub-rows, not duplicates.
    reportDuplicates(ctx, duplicateGroups(ctx.rows, (r) => (r.merged.includes('task') ? null : r.taskKey)), 'task', () => ({}));
  },
};
