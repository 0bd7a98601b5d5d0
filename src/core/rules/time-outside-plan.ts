import type { RuleModule } from './types';
import { rowsFor } from './util';
import { normalizeText } from '../normalize';

export const rule: RuleModule = {
  meta: {
    id: 'time-outside-plan',
    severity: 'warning',
    description: {
      'zh-CN': '时间要求早于计划印发日期或晚于计划最后一年（与计划原文相同的时间要求除外）',
      en: 'A deadline or period end falls before the plan’s issue date or after its last year (unless the plan itself says so)',
    },
    messages: {
      beforeIssued: {
        'zh-CN': '时间要求的截止日期 {due} 早于计划印发日期 {issued}',
        en: 'The due date {due} is before the plan was issued ({issued})',
      },
      afterLastYear: {
        'zh-CN': '时间要求的截止日期 {due} 晚于计划最后一年 {lastYear} 年',
        en: 'The due date {due} is after the plan’s last year, {lastYear}',
      },
    },
  },
  check(ctx) {
    const pc = ctx.plan;
    if (!pc || !pc.hasDates || pc.matched.size === 0) return;
    const issued = pc.plan.issued!;
    const lastYear = pc.plan.lastYear!;
    const lastDay = `${lastYear}-12-31`;
    // The plan's own words are never reported (task 10 of the 2018 plan was due before its issue date).
    const planWords = new Set(pc.plan.tasks.map((t) => normalizeText(t.time)));
    const rows = rowsFor(ctx, 'outsidePlan');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const s = row.schedule;
      const due = s.kind === 'deadline' ? s.due : s.kind === 'period' ? s.end : null;
      if (!due || (due >= issued && due <= lastDay)) continue;
      const words = row.timeWords;
      if (row.plan ? words === pc.prepared.timeWords[row.plan.index] : planWords.has(words)) continue;
      if (due < issued) {
        ctx.report({ row, column: 'time', messageId: 'beforeIssued', data: { due, issued } });
      } else {
        ctx.report({ row, column: 'time', messageId: 'afterLastYear', data: { due, lastYear } });
      }
    }
  },
};
