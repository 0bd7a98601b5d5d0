import type { RuleModule } from './types';
import { cellString } from '../cells';
import { sameLeadAsPlan, sameTime, sameUnitsAsPlan } from '../plan/match';

export const rule: RuleModule = {
  meta: {
    id: 'plan-mismatch',
    severity: 'error',
    category: 'ledger',
    description: {
      'zh-CN': '与计划任务对应的行在任务内容、责任单位（含牵头单位）或时间要求上与计划不一致（别名、改革后新名称、同一日期的不同写法不算）',
      en: 'A row that is one of the plan’s tasks differs from the plan in task text, units (the lead unit included) or time requirement (aliases, successor names and the same date written differently are not differences)',
    },
    messages: {
      task: {
        'zh-CN': '任务内容与计划第 {planSeq} 项不一致，计划原文为“{expected}”',
        en: 'The task text differs from plan task {planSeq}, which reads “{expected}”',
      },
      units: {
        'zh-CN': '责任单位“{actual}”与计划第 {planSeq} 项不一致，计划为“{expected}”',
        en: 'The units “{actual}” differ from plan task {planSeq}: “{expected}”',
      },
      leadDiffers: {
        'zh-CN': '牵头单位“{actual}”与计划第 {planSeq} 项不一致，计划由“{expected}”牵头',
        en: 'The lead unit “{actual}” differs from plan task {planSeq}, which is led by “{expected}”',
      },
      time: {
        'zh-CN': '时间要求“{actual}”与计划第 {planSeq} 项不一致，计划为“{expected}”',
        en: 'The time requirement “{actual}” differs from plan task {planSeq}: “{expected}”',
      },
    },
  },
  check(ctx) {
    const pc = ctx.plan;
    // Only on a ledger of the reference plan: a county ledger copying one plan task is not one.
    if (!pc || !pc.planLedger) return;
    const h = ctx.header!;
    const pp = pc.prepared;
    const unitsColumn = h.columns.units ? 'units' : 'lead';
    for (const row of ctx.rows) {
      const m = row.plan;
      if (!m) continue;
      const i = m.index;
      const planSeq = m.task.seq;
      if (m.via !== 'text' && h.columns.task) {
        ctx.report({ row, column: 'task', messageId: 'task', data: { planSeq, expected: m.task.task, actual: row.taskText } });
      }
      // The plan's own units cell (the same parsed object): same units, same lead.
      const planCell = row.parsedUnits === pp.parsedUnits[i];
      const sameUnits = planCell || row.unitsKey === '' || sameUnitsAsPlan(pp, i, row.unitsKey, row.parsedUnits);
      if (sameUnits && !planCell && !sameLeadAsPlan(pp, i, row.parsedUnits)) {
        // The same units, but another one leads: who leads is what officials are held to.
        const data = { planSeq, expected: pp.leads[i] ?? '', actual: row.parsedUnits.lead ?? '' };
        ctx.report({ row, column: unitsColumn, messageId: 'leadDiffers', data });
      }
      // One mistake, one finding: a cell naming a unit the directory does not know is unit-unknown's.
      const unknownUnit = row.parsedUnits.units.some((u) => u.canonical === null);
      if (!sameUnits && !unknownUnit) {
        const actual = row.parsedUnits.units.map((u) => u.name).join('、');
        ctx.report({ row, column: unitsColumn, messageId: 'units', data: { planSeq, expected: m.task.units, actual } });
      }
      // An unreadable time is time-unparsed's finding, not a second one here.
      if (h.columns.time && row.timeWords !== '' && row.schedule.kind !== 'unknown' && !sameTime(row.timeWords, row.schedule, pp.timeWords[i], pp.schedules[i])) {
        const data = { planSeq, expected: m.task.time, actual: cellString(row.cells.time) };
        ctx.report({ row, column: 'time', messageId: 'time', data });
      }
    }
  },
};
