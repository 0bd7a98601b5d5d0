import type { RuleModule } from './types';

export const rule: RuleModule = {
  meta: {
    id: 'header-not-found',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '没有找到台账表头（至少包含序号、重点任务、责任单位、时间要求中两项的行）',
      en: 'No sheet has a ledger header row (a row with at least two of 序号, 重点任务, 责任单位, 时间要求)',
    },
    messages: {
      notFound: {
        'zh-CN': '未找到台账表头：表头行应至少包含“序号”“重点任务”“责任单位”“时间要求”中的两项',
        en: 'No ledger header found: the header row needs at least two of 序号, 重点任务, 责任单位, 时间要求',
      },
    },
  },
  check(ctx) {
    if (!ctx.header) ctx.report({ row: null, column: null, messageId: 'notFound' });
  },
};
