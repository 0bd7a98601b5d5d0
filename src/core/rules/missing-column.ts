import type { RuleModule } from './types';
import { CANONICAL_HEADERS } from '../sheet/header';

export const rule: RuleModule = {
  meta: {
    id: 'missing-column',
    severity: 'error',
    description: {
      'zh-CN': '缺少必备列（序号、重点任务、责任单位、时间要求）',
      en: 'A required column (序号, 重点任务, 责任单位, 时间要求) is missing',
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
    if (!c.seq) missing.push(CANONICAL_HEADERS.seq);
    if (!c.task) missing.push(CANONICAL_HEADERS.task);
    // Two-column layouts need the lead column; 配合单位 alone does not name who is responsible.
    if (!c.units && !c.lead) missing.push(CANONICAL_HEADERS.units);
    if (!c.time) missing.push(CANONICAL_HEADERS.time);
    for (const column of missing) {
      ctx.report({ row: ctx.headerRow, column: null, messageId: 'missing', data: { column } });
    }
  },
};
