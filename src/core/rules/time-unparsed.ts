import type { RuleModule } from './types';
import { cellString, hasContent } from '../cells';

export const rule: RuleModule = {
  meta: {
    id: 'time-unparsed',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '时间要求无法识别',
      en: 'The time requirement (时间要求) cannot be understood',
    },
    messages: {
      unparsed: {
        'zh-CN': '无法识别时间要求“{text}”',
        en: 'Cannot understand the time requirement “{text}”',
      },
    },
  },
  check(ctx) {
    if (!ctx.header?.columns.time) return;
    for (const row of ctx.rows) {
      if (row.schedule.kind !== 'unknown' || !hasContent(row.cells.time)) continue;
      ctx.report({ row, column: 'time', messageId: 'unparsed', data: { text: cellString(row.cells.time) } });
    }
  },
};
