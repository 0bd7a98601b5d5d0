import type { RowContext, RuleModule } from './types';
import type { CellValue, Schedule } from '../types';
import { SharedData, rowsFor } from './util';
import type { ParsedUnits } from '../units';
import { sameLeadAsPlan, sameTime, sameUnitsAsPlan } from './plan-match';

export const rule: RuleModule = {
  meta: {
    id: 'plan-mismatch',
    severity: 'error',
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
    if (!pc) return;
    const h = ctx.header!;
    const pp = pc.prepared;
    // Rows repeat the same units and time cells: compare each distinct value with a plan task once.
    const unitsMemo = new Map<number, Map<string, boolean>>();
    const actualMemo = new Map<ParsedUnits, string>();
    // Rows differing from the same plan task in the same way share their issue data.
    const taskData = new SharedData<number, string>();
    const unitsData = new SharedData<number, ParsedUnits>();
    const timeData = new SharedData<number, CellValue>();
    const leadData = new SharedData<number, ParsedUnits>();
    // Distinct unit cells per plan task: is the lead the plan's?
    const leadMemo = new Map<number, Map<ParsedUnits, boolean>>();
    const sameLead = (row: RowContext, i: number): boolean => {
      let inner = leadMemo.get(i);
      if (!inner) leadMemo.set(i, (inner = new Map()));
      let same = inner.get(row.parsedUnits);
      if (same === undefined) {
        same = sameLeadAsPlan(pp, i, row.parsedUnits);
        inner.set(row.parsedUnits, same);
      }
      return same;
    };
    const timeMemo = new Map<number, Map<Schedule, boolean>>();
    const sameTimeAs = (row: RowContext, i: number): boolean => {
      if (row.timeWords === pp.timeWords[i]) return true;
      let inner = timeMemo.get(i);
      if (!inner) timeMemo.set(i, (inner = new Map()));
      let same = inner.get(row.schedule);
      if (same === undefined) {
        same = sameTime(row.timeWords, row.schedule, pp.timeWords[i], pp.schedules[i]);
        inner.set(row.schedule, same);
      }
      return same;
    };
    for (const row of rowsFor(ctx, 'plan')) {
      const m = row.plan;
      if (!m) continue;
      const planSeq = m.task.seq;
      if (m.via !== 'text' && h.columns.task) {
        const data = taskData.get(m.index, row.taskText, () => ({ planSeq, expected: m.task.task, actual: row.taskText }));
        ctx.report({ row, column: 'task', messageId: 'task', data });
      }
      // The plan's own units cell (the same parsed object): same units, same lead.
      const planCell = row.parsedUnits === pp.parsedUnits[m.index];
      let sameUnits = planCell || row.unitsKey === '' || row.unitsKey === pp.unitKeys[m.index];
      if (!sameUnits) {
        let byKey = unitsMemo.get(m.index);
        if (!byKey) unitsMemo.set(m.index, (byKey = new Map()));
        const known = byKey.get(row.unitsKey);
        sameUnits = known ?? sameUnitsAsPlan(pp, m.index, row.unitsKey, row.parsedUnits);
        if (known === undefined) byKey.set(row.unitsKey, sameUnits);
      }
      if (sameUnits && !planCell && !sameLead(row, m.index)) {
        // The same units, but another one leads: who leads is what officials are held to.
        const column = h.columns.units ? 'units' : 'lead';
        const data = leadData.get(m.index, row.parsedUnits, () => ({ planSeq, expected: pp.leads[m.index] ?? '', actual: row.parsedUnits.lead ?? '' }));
        ctx.report({ row, column, messageId: 'leadDiffers', data });
      }
      if (!sameUnits) {
        const column = h.columns.units ? 'units' : 'lead';
        let actual = actualMemo.get(row.parsedUnits);
        if (actual === undefined) {
          actual = row.parsedUnits.units.map((u) => u.name).join('、');
          actualMemo.set(row.parsedUnits, actual);
        }
        const data = unitsData.get(m.index, row.parsedUnits, () => ({ planSeq, expected: m.task.units, actual: actual! }));
        ctx.report({ row, column, messageId: 'units', data });
      }
      if (h.columns.time && row.timeWords !== '' && !sameTimeAs(row, m.index)) {
        const data = timeData.get(m.index, row.cell('time'), () => ({ planSeq, expected: m.task.time, actual: row.text('time') }));
        ctx.report({ row, column: 'time', messageId: 'time', data });
      }
    }
  },
};
