import type { RuleModule } from './types';

// Spec: no 时间要求 column — one info finding, no cell, naming where the due date came from.
export const rule: RuleModule = {
  meta: {
    id: 'time-default',
    severity: 'info',
    category: 'ledger',
    description: {
      'zh-CN': '表中没有“时间要求”列：与计划任务对应的行采用计划的时间要求，其余任务按年度清单于年底到期',
      en: 'No 时间要求 column: rows matching plan tasks take the plan’s time requirement; the rest are a year’s list, due at its end',
    },
    messages: {
      title: {
        'zh-CN': '没有“时间要求”列：按标题所写的 {year} 年，任务于 {due} 到期',
        en: 'No 时间要求 column: the title names {year}, so tasks are due on {due}',
      },
      sheet: {
        'zh-CN': '没有“时间要求”列：按工作表名称中的 {year} 年，任务于 {due} 到期',
        en: 'No 时间要求 column: the sheet name names {year}, so tasks are due on {due}',
      },
      asOf: {
        'zh-CN': '没有“时间要求”列，标题也未写年份：按检查日期所在的 {year} 年，任务于 {due} 到期',
        en: 'No 时间要求 column and no year in the title: tasks are due on {due}, the end of the as-of year {year}',
      },
      titleWithPlan: {
        'zh-CN': '没有“时间要求”列：按标题所写的 {year} 年，任务于 {due} 到期；与计划任务对应的 {planRows} 行采用计划的时间要求',
        en: 'No 时间要求 column: the title names {year}, so tasks are due on {due}; the {planRows} rows matching plan tasks take the plan’s time requirement',
      },
      sheetWithPlan: {
        'zh-CN': '没有“时间要求”列：按工作表名称中的 {year} 年，任务于 {due} 到期；与计划任务对应的 {planRows} 行采用计划的时间要求',
        en: 'No 时间要求 column: the sheet name names {year}, so tasks are due on {due}; the {planRows} rows matching plan tasks take the plan’s time requirement',
      },
      asOfWithPlan: {
        'zh-CN': '没有“时间要求”列，标题也未写年份：按检查日期所在的 {year} 年，任务于 {due} 到期；与计划任务对应的 {planRows} 行采用计划的时间要求',
        en: 'No 时间要求 column and no year in the title: tasks are due on {due}, the end of the as-of year {year}; the {planRows} rows matching plan tasks take the plan’s time requirement',
      },
    },
  },
  check(ctx) {
    const d = ctx.timeDefault;
    if (!d || ctx.rows.length === 0) return;
    ctx.report({ row: null, column: null, messageId: d.planRows ? `${d.source}WithPlan` : d.source, data: { year: d.year, due: d.due, planRows: d.planRows } });
  },
};
