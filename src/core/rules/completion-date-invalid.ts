import type { RuleModule } from './types';
import { cellString, isBlank } from '../cells';

export const rule: RuleModule = {
  meta: {
    id: 'completion-date-invalid',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '完成时间不是日期，或晚于检查日期',
      en: 'The completion date is not a date, or is later than the as-of date',
    },
    messages: {
      notDate: {
        'zh-CN': '完成时间“{value}”不是有效日期',
        en: 'The completion date “{value}” is not a valid date',
      },
      future: {
        'zh-CN': '完成时间 {date} 晚于检查日期 {asOf}',
        en: 'The completion date {date} is later than the as-of date {asOf}',
      },
    },
  },
  check(ctx) {
    if (!ctx.header?.columns.doneDate) return;
    for (const row of ctx.rows) {
      const v = row.cells.doneDate;
      if (isBlank(v)) continue;
      const date = row.doneDate;
      if (date === null) {
        ctx.report({ row, column: 'doneDate', messageId: 'notDate', data: { value: cellString(v) || String(v) } });
      } else if (date > ctx.asOf) {
        ctx.report({ row, column: 'doneDate', messageId: 'future', data: { date, asOf: ctx.asOf } });
      }
    }
  },
};
