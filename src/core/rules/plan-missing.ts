import type { RuleModule } from './types';

export const rule: RuleModule = {
  meta: {
    id: 'plan-missing',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '整份计划的台账（匹配到计划过半任务）缺少某项计划任务',
      en: 'A whole-plan ledger (matching more than half the plan’s tasks) lacks one of the plan’s tasks',
    },
    messages: {
      missing: {
        'zh-CN': '缺少计划第 {seq} 项任务“{task}”',
        en: 'Plan task {seq} is missing: “{task}”',
      },
    },
  },
  check(ctx) {
    const pc = ctx.plan;
    if (!pc) return;
    const tasks = pc.plan.tasks;
    // Only a whole-plan ledger owes every task; a unit's own ledger carries a few of them.
    if (pc.matched.size * 2 <= tasks.length) return;
    tasks.forEach((t, i) => {
      if (pc.matched.has(i)) return;
      ctx.report({ row: null, column: null, messageId: 'missing', data: { seq: t.seq, task: t.task } });
    });
  },
};
