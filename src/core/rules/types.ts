// The rule framework: what a rule declares (meta) and what it reads (RuleContext). The engine
// precomputes everything per row once (schedule, units, status, plan match); rules only compare.

import type { CellValue, ColumnKey, IsoDate, Lang, Schedule, Severity, StatusKey, StatusLabel } from '../types';
import type { HeaderInfo } from '../sheet/header';
import type { SheetInput } from '../sheet/rows';
import type { Plan, PlanTask } from '../plan';
import type { ParsedUnits, UnitDirectory } from '../units';
import type { PreparedPlan } from './plan-match';

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: Record<Lang, string>;
  /** Message templates by messageId, with {placeholders} filled from the issue's data. */
  messages: Record<string, Record<Lang, string>>;
}

export interface RuleModule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface RowStatus {
  key: StatusKey;
  status: StatusLabel;
  due: IsoDate | null;
  completedOn: IsoDate | null;
}

/** Where a row's units came from: one units column, or the lead and support columns. */
export interface UnitSource {
  key: ColumnKey;
  parsed: ParsedUnits;
  /** Every unit is written under its canonical name: nothing for the unit rules to say. */
  clean: boolean;
}

export interface PlanMatch {
  /** Index into plan.tasks. */
  index: number;
  task: PlanTask;
  /** text: same normalised text; near: near-identical text; content: 序号 + units + time agree. */
  via: 'text' | 'near' | 'content';
}

/** Everything the rules need about one task row, computed once by the engine. */
export interface RowContext {
  /** 0-based index into the sheet values. */
  index: number;
  /** 1-based Excel row number. */
  excelRow: number;
  /** A column's value for this row, merged areas applied (undefined when the column is absent). */
  cell(key: ColumnKey): CellValue;
  /** Trimmed text of a column's cell ("" when blank, absent or an error value). Computed on demand. */
  text(key: ColumnKey): string;
  /** 重点任务 as trimmed text. */
  taskText: string;
  /** Non-zero when a required cell (序号, 重点任务, units or lead, 时间要求) is blank or an error value. */
  requiredGaps: number;
  /** 序号 as a positive whole number, or null. */
  seq: number | null;
  /** Task text normalised for comparison (see taskKey). */
  taskKey: string;
  /** 时间要求 words normalised (for comparing with the plan's words). */
  timeWords: string;
  schedule: Schedule;
  /** The units cell (or lead and support cells) parsed. */
  parsedUnits: ParsedUnits;
  /** Canonical unit names, sorted and joined: equal keys mean the same units. */
  unitsKey: string;
  unitSources: UnitSource[];
  /** The completion mark means done. */
  done: boolean;
  /** 完成时间 read as a date (null when blank or not a date), also when it lies after the as-of date. */
  doneDate: IsoDate | null;
  /** Status at the as-of date (statusAt). */
  statusKey: StatusKey;
  /** The due date judged (statusAt's due): deadline, period end or current cycle's due; else null. */
  due: IsoDate | null;
  plan: PlanMatch | null;
}

export interface IssueReport {
  /** The row (or a 1-based Excel row number, e.g. the header row); null for sheet-level findings. */
  row: RowContext | number | null;
  /** The column the finding is about; null for none. */
  column: ColumnKey | null;
  messageId: string;
  data?: Record<string, string | number | null>;
  /** Overrides the rule's default severity (unit-unknown's two levels). */
  severity?: Severity;
}

export interface PlanContext {
  plan: Plan;
  prepared: PreparedPlan;
  /** Plan task indexes matched by at least one row. */
  matched: Set<number>;
  /** The plan has an issue date and a last year (time-outside-plan needs both). */
  hasDates: boolean;
}

/**
 * Row lists the engine keeps for the rules: gaps (requiredGaps != 0), seqNull (seq null), unknown
 * (schedule unknown), outsidePlan (a deadline or period due outside the plan's years), unclean (a
 * unit source not clean), plan (matched to a plan task), overdue / dueSoon / doneLate (status),
 * badDoneDate (完成时间 filled but not a date, or after the as-of date), doneNoDate (marked done,
 * 完成时间 blank).
 */
export type CandidateKind =
  | 'gaps'
  | 'seqNull'
  | 'unknown'
  | 'outsidePlan'
  | 'unclean'
  | 'plan'
  | 'overdue'
  | 'dueSoon'
  | 'doneLate'
  | 'badDoneDate'
  | 'doneNoDate';

export interface RuleContext {
  sheet: SheetInput;
  header: HeaderInfo | null;
  /** 1-based Excel row of the header (its last row for a two-row header), or null. */
  headerRow: number | null;
  rows: readonly RowContext[];
  asOf: IsoDate;
  warnDays: number;
  directory: UnitDirectory;
  /** The reference plan and which of its tasks the sheet matched; null when no plan is used. */
  plan: PlanContext | null;
  /**
   * Rows with the same task key (taskKey), groups of two or more in the order their second row
   * appears, as the engine grouped them while reading rows; absent: task-duplicate groups itself.
   */
  taskGroups?: readonly RowContext[][];
  /**
   * Rows that may concern a rule, in row order, as the engine noted them while reading rows (every
   * row the rule would report on is listed; most rows are in none). Absent: rules read all rows.
   */
  candidates?: Readonly<Record<CandidateKind, readonly RowContext[]>>;
  report(issue: IssueReport): void;
}
