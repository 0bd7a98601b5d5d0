import type { RuleModule } from './types';
import { CANONICAL_HEADERS } from '../sheet/header';

export const rule: RuleModule = {
  meta: {
    id: 'missing-column',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '缺少必备列（重点任务、责任单位；序号和时间要求可以没有）',
      en: 'A required column (重点任务 or 责任单位) is missing; 序号 and 时间要求 may be absent',
    },
    messages: {
      missing: {
        'zh-CN': '表头缺少“{column}”列',
        en: 'The header has no “{column}” column',
      },
    },
  },
  check(ctx) {
    const h = ctx.header;
    if (!h) return;
    const c = h.columns;
    const missing: string[] = [];
    // 序号 and 时间要求 may be absent: a year's list is due at the year's end (time-default).
    if (!c.task) missing.push(CANONICAL_HEADERS.task);
    // Two-column layouts need the lead column; 配合单位 alone does not name who is responsible.
    if (!c.units && !c.lead) missing.push(CANONICAL_HEADERS.units);
    for (const column of missing) {
      ctx.report({ row: ctx.headerRow, column: null, messageId: 'missing', data: { column } });
    }
  },
};
