import type { RuleModule } from './types';
import { cellString } from '../cells';

// Spec: status 滞后 — the keeper's 是否达序 says behind, or the progress share is more than the set
// points below the share of the task's time elapsed. Marked on the progress cell (or the task cell).
export const rule: RuleModule = {
  meta: {
    id: 'behind-schedule',
    severity: 'warning',
    category: 'progress',
    description: {
      'zh-CN': '任务进度落后于序时进度（滞后）',
      en: 'The task is behind its time-elapsed schedule (滞后)',
    },
    messages: {
      behind: {
        'zh-CN': '完成进度 {progress}% 落后于序时进度（截止日期 {due}）',
        en: 'Progress {progress}% is behind the time-elapsed schedule (due {due})',
      },
      reported: {
        'zh-CN': '台账标明未达序时进度（“{value}”，截止日期 {due}）',
        en: 'The ledger says the task is behind schedule (“{value}”, due {due})',
      },
    },
  },
  check(ctx) {
    for (const row of ctx.rows) {
      if (row.statusKey !== 'behind') continue;
      if (row.reportedBehind) {
        ctx.report({ row, column: 'onSchedule', messageId: 'reported', data: { value: cellString(row.cells.onSchedule), due: row.due } });
      } else {
        ctx.report({ row, column: row.progressColumn ?? 'task', messageId: 'behind', data: { progress: row.progress, due: row.due } });
      }
    }
  },
};
