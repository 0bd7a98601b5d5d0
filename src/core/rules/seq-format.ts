import type { RuleModule } from './types';
import { cellString, hasContent } from '../cells';

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
    for (const row of ctx.rows) {
      // Empty or error cells are the required rule's finding.
      if (row.seq !== null || !hasContent(row.cells.seq)) continue;
      ctx.report({ row, column: 'seq', messageId: 'notPositiveInteger', data: { value: cellString(row.cells.seq) } });
    }
  },
};
