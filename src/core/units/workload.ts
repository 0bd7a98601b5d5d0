// Workload per unit for the year-end evaluation (考评): how many task rows name the unit, as lead
// and as support. Counted under canonical names, or under today's names on request.

import { normalizeText } from '../normalize';
import { UnitDirectory, sameUnit } from './directory';
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

export interface CountingOptions {
  /** Count under today's names (after the 2018 reform) instead of the plan's. */
  currentNames?: boolean;
  /** The reference plan whose names count by default; without one, units count under their canonical names. */
  plan?: Plan | null;
}

/**
 * Names units are counted under, for workload and the evaluation. By default the reference plan's
 * names: a row matched to a plan task counts a successor under the plan's own unit for that task (a
 * 2019 row writing 省司法厅 for plan task 8 counts for 省法制办); elsewhere a post-reform name the
 * plan does not use counts under its one predecessor that the plan does use (省委编办 -> 省编办). A
 * newer plan that itself names 省大数据发展管理局 keeps it. With currentNames, today's names. Units the
 * directory does not know count under the name as first written. Lookups are memoised: ledgers
 * repeat few names.
 */
export class UnitCounter {
  private readonly named = new Map<string, string>();
  private readonly keyOfUnknown = new Map<string, string>();
  private readonly planNames: ReadonlySet<string> | null;

  constructor(
    private readonly dir: UnitDirectory = UnitDirectory.builtin(),
    private readonly opts: CountingOptions = {},
  ) {
    this.planNames = opts.plan && !opts.currentNames ? planUnitNames(opts.plan, dir) : null;
  }

  /**
   * Each unit of a row once (as lead if it leads there, also when the row names it twice or under a
   * predecessor and a successor name), keyed for tallying. `reference`: the plan task's units when the
   * row matches one.
   */
  roles(row: ParsedUnits, reference?: ParsedUnits | null): Map<string, { unit: string; lead: boolean }> {
    const roles = new Map<string, { unit: string; lead: boolean }>();
    for (const u of row.units) {
      let unit: string;
      let key: string;
      if (u.canonical !== null) {
        unit = this.countingName(u.canonical, reference);
        key = `k:${unit}`;
      } else {
        unit = u.name;
        let k = this.keyOfUnknown.get(u.name);
        if (k === undefined) this.keyOfUnknown.set(u.name, (k = `u:${normalizeText(u.name)}`));
        key = k;
      }
      const seen = roles.get(key);
      if (seen) seen.lead = seen.lead || u.role === 'lead';
      else roles.set(key, { unit, lead: u.role === 'lead' });
    }
    return roles;
  }

  private countingName(canonical: string, reference?: ParsedUnits | null): string {
    if (this.planNames && reference) {
      let successorOf: string | null = null;
      for (const p of reference.units) {
        if (p.canonical === null) continue;
        if (p.canonical === canonical) return canonical;
        if (successorOf === null && sameUnit(canonical, p.canonical, this.dir)) successorOf = p.canonical;
      }
      if (successorOf !== null) return successorOf;
    }
    let name = this.named.get(canonical);
    if (name === undefined) {
      if (this.opts.currentNames) name = this.dir.currentName(canonical);
      else if (this.planNames && !this.planNames.has(canonical)) {
        const before = this.dir.planEraName(canonical);
        name = this.planNames.has(before) ? before : canonical;
      } else name = canonical;
      this.named.set(canonical, name);
    }
    return name;
  }
}

/** Busiest first (total, then lead), then by name: the order of every per-unit table. */
export function byWorkload(a: WorkloadRow, b: WorkloadRow): number {
  return b.total - a.total || b.lead - a.lead || compareUnitNames(a.unit, b.unit);
}

/**
 * One row per unit: lead, support and total task rows, counted as UnitCounter says (task 25
 * 省法制办、省司法厅 with currentNames -> 省司法厅 once, as lead). `references[i]`: the plan task's
 * units when rows[i] matches one.
 */
export function workload(
  rows: ParsedUnits[],
  dir: UnitDirectory = UnitDirectory.builtin(),
  opts: CountingOptions & { references?: ReadonlyArray<ParsedUnits | null> } = {},
): WorkloadRow[] {
  const counter = new UnitCounter(dir, opts);
  const tally = new Map<string, WorkloadRow>();
  rows.forEach((row, i) => {
    for (const [key, { unit, lead }] of counter.roles(row, opts.references?.[i])) {
      let entry = tally.get(key);
      if (!entry) tally.set(key, (entry = { unit, lead: 0, support: 0, total: 0 }));
      if (lead) entry.lead++;
      else entry.support++;
      entry.total++;
    }
  });
  return [...tally.values()].sort(byWorkload);
}

const planUnitsCache = new WeakMap<Plan, WeakMap<UnitDirectory, Map<number, ParsedUnits>>>();

/** The plan's tasks' units parsed once per plan and directory, by 序号. */
export function planUnitsBySeq(plan: Plan, dir: UnitDirectory = UnitDirectory.builtin()): Map<number, ParsedUnits> {
  let byDir = planUnitsCache.get(plan);
  if (!byDir) planUnitsCache.set(plan, (byDir = new WeakMap()));
  let bySeq = byDir.get(dir);
  if (!bySeq) {
    bySeq = new Map(plan.tasks.map((t) => [t.seq, parseUnits(t.units, dir)]));
    byDir.set(dir, bySeq);
  }
  return bySeq;
}

/** Canonical names of every unit the plan's tasks name. */
function planUnitNames(plan: Plan, dir: UnitDirectory): Set<string> {
  const names = new Set<string>();
  for (const units of planUnitsBySeq(plan, dir).values()) for (const u of units.units) if (u.canonical) names.add(u.canonical);
  return names;
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
    { ...opts, plan },
  );
}
