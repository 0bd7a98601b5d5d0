// 考评 figures per unit for the year-end evaluation: tasks led and supported, and how the tasks a unit
// is named on stand at the as-of date. Pure: takes the engine's task results.
//
// On-time rate (按时完成率) = done on time ÷ (done on time + done late + overdue): the share of the
// unit's tasks that have come due (or are done) which were done by their due date. Tasks not yet due
// (进行中, 临期, 未开始), open-ended (长期) and unreadable (无法识别) ones are left out, because they
// have not yet been judged; a unit with none of those has no rate (null, shown as "—"), not 0 %.

import type { StatusKey } from './types';
import { UnitDirectory } from './units/directory';
import { UnitCounter, compareUnitNames, planUnitsBySeq, type CountingOptions } from './units/workload';
import type { ParsedUnits } from './units/parse-units';
import type { Plan } from './plan';

export interface EvaluationTask {
  statusKey: StatusKey;
  parsedUnits: ParsedUnits;
  /** The plan task the row matches, if any: successors then count under the plan's unit. */
  planSeq?: number | null;
}

export interface EvaluationRow {
  unit: string;
  /** Tasks the unit leads (牵头). */
  led: number;
  /** Tasks the unit supports (配合). */
  supported: number;
  total: number;
  /** 已完成 */
  doneOnTime: number;
  /** 逾期完成 */
  doneLate: number;
  /** 逾期 */
  overdue: number;
  /** doneOnTime / (doneOnTime + doneLate + overdue), 0..1; null when nothing has come due. */
  onTimeRate: number | null;
}

export function onTimeRate(doneOnTime: number, doneLate: number, overdue: number): number | null {
  const judged = doneOnTime + doneLate + overdue;
  return judged === 0 ? null : doneOnTime / judged;
}

/**
 * One row per unit, named as the workload command names them (UnitCounter: the plan's names by
 * default, today's with currentNames; units the directory does not know as written). A unit counts
 * once per task, as lead if it leads there. Busiest first (total, then led), then by name.
 */
export function evaluateUnits(
  tasks: readonly EvaluationTask[],
  dir: UnitDirectory = UnitDirectory.builtin(),
  opts: CountingOptions & { plan?: Plan | null } = {},
): EvaluationRow[] {
  const counter = new UnitCounter(dir, opts);
  const planUnits = opts.plan ? planUnitsBySeq(opts.plan, dir) : null;
  const tally = new Map<string, EvaluationRow>();
  for (const task of tasks) {
    const reference = planUnits && task.planSeq != null ? planUnits.get(task.planSeq) : null;
    for (const [key, { unit, lead }] of counter.roles(task.parsedUnits, reference)) {
      let row = tally.get(key);
      if (!row) {
        row = { unit, led: 0, supported: 0, total: 0, doneOnTime: 0, doneLate: 0, overdue: 0, onTimeRate: null };
        tally.set(key, row);
      }
      if (lead) row.led++;
      else row.supported++;
      row.total++;
      if (task.statusKey === 'done') row.doneOnTime++;
      else if (task.statusKey === 'doneLate') row.doneLate++;
      else if (task.statusKey === 'overdue') row.overdue++;
    }
  }
  const rows = [...tally.values()];
  for (const r of rows) r.onTimeRate = onTimeRate(r.doneOnTime, r.doneLate, r.overdue);
  return rows.sort((a, b) => b.total - a.total || b.led - a.led || compareUnitNames(a.unit, b.unit));
}

/** Totals over all tasks (each task once), for the summary line above the table. */
export function evaluationTotals(tasks: readonly EvaluationTask[]): {
  tasks: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  onTimeRate: number | null;
} {
  const count = (k: StatusKey) => tasks.filter((t) => t.statusKey === k).length;
  const doneOnTime = count('done');
  const doneLate = count('doneLate');
  const overdue = count('overdue');
  return { tasks: tasks.length, doneOnTime, doneLate, overdue, onTimeRate: onTimeRate(doneOnTime, doneLate, overdue) };
}
