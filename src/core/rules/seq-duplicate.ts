import type { LedgerRow, RuleModule } from './types';
import { duplicateGroups, reportDuplicates, seqValue } from './util';
import { pathText } from '../sheet/seq';

export const rule: RuleModule = {
  meta: {
    id: 'seq-duplicate',
    severity: 'error',
    category: 'ledger',
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
    // Within a numbering scope; rows sharing one merged 序号 cell are one task's sub-rows.
    const key = (r: LedgerRow) => (r.number && !r.merged.includes('seq') ? `${r.scope}|${pathText(r.number.path)}` : null);
    reportDuplicates(ctx, duplicateGroups(ctx.rows, key), 'seq', (group) => ({ seq: seqValue(group[0].number!) }));
  },
};
