import type { RuleModule } from './types';
import { rowsFor } from './util';
import { hasContent } from '../sheet/rows';

export const rule: RuleModule = {
  meta: {
    id: 'seq-format',
    severity: 'error',
    description: {
      'zh-CN': '序号应为正整数',
      en: '序号 must be a positive whole number',
    },
    messages: {
      notPositiveInteger: {
        'zh-CN': '序号“{value}”不是正整数',
        en: 'The 序号 “{value}” is not a positive whole number',
      },
    },
  },
  check(ctx) {
    if (!ctx.header?.columns.seq) return;
    for (const row of rowsFor(ctx, 'seqNull')) {
      // Empty or error cells are the required rule's finding.
      if (row.seq !== null || !hasContent(row.cell('seq'))) continue;
      ctx.report({ row, column: 'seq', messageId: 'notPositiveInteger', data: { value: row.text('seq') } });
    }
  },
};
