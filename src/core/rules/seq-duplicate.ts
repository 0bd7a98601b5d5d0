import type { RuleModule } from './types';
import { duplicateGroups, reportDuplicates } from './util';

export const rule: RuleModule = {
  meta: {
    id: 'seq-duplicate',
    severity: 'error',
    description: {
      'zh-CN': '同一序号出现在多行',
      en: 'The same 序号 appears on more than one row',
    },
    messages: {
      duplicate: {
        'zh-CN': '序号 {seq} 重复（共 {count} 行），另见第 {otherRows} 行',
        en: '序号 {seq} is used on {count} rows; see also row {otherRows}',
      },
    },
  },
  check(ctx) {
    reportDuplicates(ctx, duplicateGroups(ctx.rows, (r) => r.seq), 'seq', (group) => ({ seq: group[0].seq }));
  },
};
