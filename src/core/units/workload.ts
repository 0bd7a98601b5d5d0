// Workload per unit for the year-end evaluation (考评): how many task rows name the unit, as lead
// and as support. Counted under canonical names, or under today's names on request.

import { normalizeText } from '../normalize';
import { UnitDirectory } from './directory';
import { parseUnits, type ParsedUnits } from './parse-units';
import type { Plan } from '../plan';

export interface WorkloadRow {
  unit: string;
  lead: number;
  support: number;
  total: number;
}

/** Chinese names in pinyin order, as officials sort unit lists; code points break ties. */
const NAME_COLLATOR = new Intl.Collator('zh-Hans-CN');

export function compareUnitNames(a: string, b: string): number {
  return NAME_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * One row per unit: lead, support and total task rows. A unit counts once per row (as lead if it
 * leads there), also when the row names it twice or, with currentNames, under a predecessor and a
 * successor name (task 25: 省法制办、省司法厅 -> 省司法厅 once, as lead). Units the directory does
 * not know count under the name as first written. Busiest first (total, then lead), then by name.
 */
export function workload(
  rows: ParsedUnits[],
  dir: UnitDirectory = UnitDirectory.builtin(),
  opts: { currentNames?: boolean } = {},
): WorkloadRow[] {
  const tally = new Map<string, WorkloadRow>();
  // Ledgers repeat few names: look each one up once.
  const currentOf = new Map<string, string>();
  const keyOfUnknown = new Map<string, string>();
  for (const row of rows) {
    const roles = new Map<string, { unit: string; lead: boolean }>();
    for (const u of row.units) {
      let unit: string;
      let key: string;
      if (u.canonical !== null) {
        unit = u.canonical;
        if (opts.currentNames) {
          let current = currentOf.get(u.canonical);
          if (current === undefined) currentOf.set(u.canonical, (current = dir.currentName(u.canonical)));
          unit = current;
        }
        key = `k:${unit}`;
      } else {
        unit = u.name;
        let k = keyOfUnknown.get(u.name);
        if (k === undefined) keyOfUnknown.set(u.name, (k = `u:${normalizeText(u.name)}`));
        key = k;
      }
      const seen = roles.get(key);
      if (seen) seen.lead = seen.lead || u.role === 'lead';
      else roles.set(key, { unit, lead: u.role === 'lead' });
    }
    for (const [key, { unit, lead }] of roles) {
      let entry = tally.get(key);
      if (!entry) tally.set(key, (entry = { unit, lead: 0, support: 0, total: 0 }));
      if (lead) entry.lead++;
      else entry.support++;
      entry.total++;
    }
  }
  return [...tally.values()].sort(
    (a, b) => b.total - a.total || b.lead - a.lead || compareUnitNames(a.unit, b.unit),
  );
}

/** Workload of a plan's own task list (the command line's `workload` without a file). */
export function planWorkload(
  plan: Plan,
  dir: UnitDirectory = UnitDirectory.builtin(),
  opts: { currentNames?: boolean } = {},
): WorkloadRow[] {
  return workload(
    plan.tasks.map((t) => parseUnits(t.units, dir)),
    dir,
    opts,
  );
}
