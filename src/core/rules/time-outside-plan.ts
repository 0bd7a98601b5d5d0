import type { RuleModule } from './types';
import { normalizeText } from '../normalize';
import type { IsoDate, Schedule } from '../types';
import type { Plan } from '../plan';

/** The plan's time span: its issue date to the last day of its last year; null without both. */
export function planSpan(plan: Plan): { issued: IsoDate; lastYear: number; lastDay: IsoDate } | null {
  if (!plan.issued || plan.lastYear === null || plan.lastYear === undefined) return null;
  return { issued: plan.issued, lastYear: plan.lastYear, lastDay: `${plan.lastYear}-12-31` };
}

/** The date a deadline is due, a period ends or the last milestone falls; null for other schedules. */
export function datedDue(s: Schedule): IsoDate | null {
  switch (s.kind) {
    case 'deadline':
      return s.due;
    case 'period':
      return s.end;
    case 'milestones':
      return s.steps[s.steps.length - 1];
    default:
      return null;
  }
}

/** A deadline or period due outside the span (the rule's finding, before the plan-words exception). */
export function dueOutside(s: Schedule, span: { issued: IsoDate; lastDay: IsoDate }): boolean {
  const due = datedDue(s);
  return due !== null && (due < span.issued || due > span.lastDay);
}

export const rule: RuleModule = {
  meta: {
    id: 'time-outside-plan',
    severity: 'warning',
    category: 'ledger',
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
    const span = pc && pc.planLedger && pc.hasDates && pc.matched.size !== 0 ? planSpan(pc.plan) : null;
    if (!pc || !span) return;
    const { issued, lastYear } = span;
    // The plan's own words are never reported (task 10 of the 2018 plan was due before its issue date).
    const planWords = new Set(pc.plan.tasks.map((t) => normalizeText(t.time)));
    for (const row of ctx.rows) {
      if (!dueOutside(row.schedule, span)) continue;
      const due = datedDue(row.schedule)!;
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
