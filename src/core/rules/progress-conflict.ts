import type { RuleModule } from './types';
import { cellString } from '../cells';

// Spec: the done column and the progress text or share positively disagree; the column wins.
export const rule: RuleModule = {
  meta: {
    id: 'progress-conflict',
    severity: 'warning',
    category: 'ledger',
    description: {
      'zh-CN': '完成情况与进展情况（或完成率）说法相反（以完成情况为准）',
      en: 'The done column and the progress text or share say opposite things (the done column counts)',
    },
    messages: {
      conflict: {
        'zh-CN': '完成情况“{done}”与{column}“{progress}”（{cell}）说法相反，按完成情况计',
        en: 'The done mark “{done}” contradicts {column} “{progress}” ({cell}); the done mark counts',
      },
    },
  },
  check(ctx) {
    const columns = ctx.header?.columns;
    if (!columns?.done) return;
    for (const row of ctx.rows) {
      if (!row.conflict || !row.progressColumn) continue;
      const source = columns[row.progressColumn];
      const cell = source ? ctx.cellRef(row, row.progressColumn) : '';
      ctx.report({
        row,
        column: 'done',
        messageId: 'conflict',
        data: { done: cellString(row.cells.done), column: source?.header ?? '', progress: cellString(row.cells[row.progressColumn]), cell },
      });
    }
  },
};
