import type { ColumnKey } from '../types';
import { rowsFor } from './util';
import type { RuleModule } from './types';
import { isErrorValue, hasContent } from '../sheet/rows';

export const rule: RuleModule = {
  meta: {
    id: 'required',
    severity: 'error',
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
    // One frozen data object per column, shared by the rows it is empty on.
    const emptyData: Partial<Record<ColumnKey, Readonly<{ column: string }>>> = {};
    for (const k of present) emptyData[k] = Object.freeze({ column: h.columns[k]!.header });
    for (const row of rowsFor(ctx, 'gaps')) {
      // The engine marked the rows with gaps while reading them: most rows are skipped here.
      if (row.requiredGaps === 0) continue;
      for (const key of present) {
        const v = row.cell(key);
        if (hasContent(v)) continue;
        const column = h.columns[key]!.header;
        if (isErrorValue(v)) {
          ctx.report({ row, column: key, messageId: 'errorValue', data: { column, value: String(v).trim() } });
        } else {
          ctx.report({ row, column: key, messageId: 'empty', data: emptyData[key]! });
        }
      }
    }
  },
};
