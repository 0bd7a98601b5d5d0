// The built-in unit directory: every unit 浙政发〔2018〕16号 names — in the annex table, in the
// (责任单位：…) notes of the plan text, in its address line and its 抄送 line — with the names
// officials actually write for them. Canonical names are the short forms of the plan's table.
// Beyond the plan: the provincial departments after the 2018 reform, the 省委 departments, the
// people's organisations and central units that Zhejiang ledgers name, and pre-reform names still
// written (each a unit of its own). See docs/decisions/units.md, "Units beyond the 2018 plan".
// The list is data, in builtin-units.json, grouped by where the units come from.

import directory from './builtin-units.json';

export interface BuiltinUnit {
  /** Canonical name (the plan table's short form where the plan names the unit). */
  name: string;
  aliases?: string[];
  /** A group of units (all city governments, all departments …): counted as one, never expanded. */
  collective?: boolean;
  /** Name after the 2018 institutional reform, when the unit was merged or renamed. */
  successor?: string;
  /** A post-reform name that the plan itself never uses (resolve() reports via 'successor'). */
  postReform?: boolean;
}

export const BUILTIN_UNITS: readonly BuiltinUnit[] = directory.groups.flatMap((g) => g.units as BuiltinUnit[]);
