import type { RuleModule } from './types';
import { cellString, hasContent } from '../cells';

export const rule: RuleModule = {
  meta: {
    id: 'seq-format',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '序号不是编号（应为 1、1.1、（一）、① 这样的数字）',
      en: '序号 holds no number (1, 1.1, （一）, ① and the like)',
    },
    messages: {
      notNumber: {
        'zh-CN': '序号“{value}”不是编号',
        en: 'The 序号 “{value}” is not a number',
      },
    },
  },
  check(ctx) {
    if (!ctx.header?.columns.seq) return;
    for (const row of ctx.rows) {
      // Empty or error cells are the required rule's finding.
      if (row.number !== null || !hasContent(row.cells.seq)) continue;
      ctx.report({ row, column: 'seq', messageId: 'notNumber', data: { value: cellString(row.cells.seq) } });
    }
  },
};
