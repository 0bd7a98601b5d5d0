import type { ColumnKey } from '../types';
import type { RuleModule } from './types';
import { isErrorValue, hasContent } from '../cells';

export const rule: RuleModule = {
  meta: {
    id: 'required',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '任务行的序号、重点任务、责任单位、时间要求不能为空',
      en: 'A task row must fill 序号, 重点任务, 责任单位 and 时间要求',
    },
    messages: {
      empty: {
        'zh-CN': '“{column}”为空',
        en: '“{column}” is empty',
      },
      errorValue: {
        'zh-CN': '“{column}”是错误值 {value}，应填写内容',
        en: '“{column}” holds the error value {value} instead of content',
      },
    },
  },
  check(ctx) {
    const h = ctx.header;
    if (!h) return;
    const keys: ColumnKey[] = ['seq', 'task', h.columns.units ? 'units' : 'lead', 'time'];
    const present = keys.filter((k) => h.columns[k]);
    for (const row of ctx.rows) {
      for (const key of present) {
        const v = row.cells[key];
        if (hasContent(v)) continue;
        const column = h.columns[key]!.header;
        if (isErrorValue(v)) {
          ctx.report({ row, column: key, messageId: 'errorValue', data: { column, value: String(v).trim() } });
        } else {
          ctx.report({ row, column: key, messageId: 'empty', data: { column } });
        }
      }
    }
  },
};
