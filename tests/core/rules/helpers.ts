// Test helpers: a small ledger sheet with the plan's header plus 完成情况 / 完成时间, checked by the
// real engine; issues of one rule reduced to what a rule promises (cell, messageId, severity).

import { checkLedger, CheckOptions, CheckResult } from '../../../src/core/engine';
import type { CellValue, MergeArea } from '../../../src/core/types';
import { readFileSync } from 'fs';
import { join } from 'path';

// The plan file the spec ships (a copy in tests/fixtures/plan), read as data: the tests compare against it.
const planJson = JSON.parse(readFileSync(join(__dirname, '../../fixtures/plan/key-tasks.json'), 'utf8'));

export const HEADER: CellValue[] = ['序号', '重点任务', '责任(牵头)单位', '时间要求', '完成情况', '完成时间'];
export const PLAN_TASKS: Array<{ seq: number; task: string; units: string; time: string }> = planJson.tasks;
export const AS_OF = '2019-06-15';

/** The plan task with this 序号 as a ledger row (序号, 重点任务, 责任(牵头)单位, 时间要求). */
export function planRow(seq: number, overrides: Partial<Record<'seq' | 'task' | 'units' | 'time' | 'done' | 'doneDate', CellValue>> = {}): CellValue[] {
  const t = PLAN_TASKS.find((x) => x.seq === seq)!;
  const v = { seq: t.seq as CellValue, task: t.task as CellValue, units: t.units as CellValue, time: t.time as CellValue, done: '' as CellValue, doneDate: '' as CellValue, ...overrides };
  return [v.seq, v.task, v.units, v.time, v.done, v.doneDate];
}

/** The whole plan laid out as a ledger under the plan's header. */
export function planLedger(): CellValue[][] {
  return [['序号', '重点任务', '责任(牵头)单位', '时间要求'], ...PLAN_TASKS.map((t) => [t.seq, t.task, t.units, t.time])];
}

export interface SheetCase {
  rows: CellValue[][];
  header?: CellValue[];
  merges?: MergeArea[];
  options?: Partial<CheckOptions>;
}

export function run(c: SheetCase): CheckResult {
  const values = [c.header ?? HEADER, ...c.rows];
  return checkLedger({ values, merges: c.merges, name: '台账' }, { asOf: AS_OF, ...c.options });
}

/** Findings of one rule as "CELL messageId" strings (cell null shows as "-"), in engine order. */
export function findings(c: SheetCase, rule: string): string[] {
  return run(c)
    .issues.filter((i) => i.rule === rule)
    .map((i) => `${i.cell ?? '-'} ${i.messageId}`);
}

export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
