// The rule framework: what a rule declares (meta) and what it reads (RuleContext). The engine reads
// every row once (schedule, units, status, plan match); rules decide what to report, over all rows.

import type { Category, ColumnKey, IsoDate, Lang, Schedule, Severity, StatusKey, StatusLabel } from '../types';
import type { HeaderInfo } from '../sheet/header';
import type { SheetInput, TaskRow } from '../sheet/rows';
import type { SeqNumber } from '../sheet/seq';
import type { Plan } from '../plan';
import type { PlanMatch, PreparedPlan } from '../plan/match';
import type { ParsedUnits, UnitDirectory } from '../units';

export type { PlanMatch };

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** progress (进度预警): facts about the work; ledger (填报问题): facts about the sheet (spec). */
  category: Category;
  description: Record<Lang, string>;
  /** Message templates by messageId, with {placeholders} filled from the issue's data. */
  messages: Record<string, Record<Lang, string>>;
}

export interface RuleModule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Where a row's units came from: one units column, or the lead and support columns. */
export interface UnitSource {
  key: ColumnKey;
  parsed: ParsedUnits;
}

/**
 * One task row as the rules read it: the sheet's cells (merged areas applied) and what the engine
 * read from them once. A plain object.
 */
export interface LedgerRow extends TaskRow {
  /** 重点任务 as trimmed text. */
  taskText: string;
  /** Task text normalised for comparison (see taskKey). */
  taskKey: string;
  /** 序号 as a whole number (null for a sub-number such as 1.2, or none). */
  seq: number | null;
  /** 序号 as written: its number path and form, or null when the cell holds no number form. */
  number: SeqNumber | null;
  /** The numbering scope: sections whose numbering starts again are scopes of their own. */
  scope: number;
  /** 时间要求 words normalised (for comparing with the plan's words). */
  timeWords: string;
  schedule: Schedule;
  /** The units cell (or lead and support cells) parsed. */
  parsedUnits: ParsedUnits;
  /** Canonical unit names, sorted and joined: equal keys mean the same units. */
  unitsKey: string;
  unitSources: UnitSource[];
  /** Done, as the ledger says: a done mark, a share of 100%, the target reached, or a done sentence. */
  done: boolean;
  /** The share done, 0–100 (100 when done), or null when the ledger states none. */
  progress: number | null;
  /** The progress text or share was read from this column (progress, done or share), or null. */
  progressColumn: ColumnKey | null;
  /** The done column and the progress text positively disagree (progress-conflict). */
  conflict: boolean;
  /** 是否达序: true when the keeper says behind, false when on schedule, null without a value. */
  reportedBehind: boolean | null;
  /** 完成时间 read as a date (null when blank or not a date), also when it lies after the as-of date. */
  doneDate: IsoDate | null;
  /** Status at the as-of date (statusAt). */
  statusKey: StatusKey;
  status: StatusLabel;
  /** The due date judged (statusAt's due): deadline, period end, current step or cycle's due; else null. */
  due: IsoDate | null;
  plan: PlanMatch | null;
}

/** The rules' name for a row (as ESLint's rules get a node). */
export type RowContext = LedgerRow;

export interface IssueReport {
  /** The row (or a 1-based Excel row number, e.g. the header row); null for sheet-level findings. */
  row: LedgerRow | number | null;
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
  /** More than half of the task rows are plan tasks: plan-mismatch, time-outside-plan and per-cell unit-unknown apply. */
  planLedger: boolean;
  /** The plan has an issue date and a last year (time-outside-plan needs both). */
  hasDates: boolean;
}

/** No 时间要求 column: when the tasks are due, and where that came from (the time-default finding). */
export interface TimeDefault {
  due: IsoDate;
  year: number;
  source: 'title' | 'sheet' | 'asOf';
  /** Rows that match a plan task and take its time requirement instead. */
  planRows: number;
}

export interface RuleContext {
  sheet: SheetInput;
  header: HeaderInfo | null;
  /** 1-based Excel row of the header (its last row for a two-row header), or null. */
  headerRow: number | null;
  rows: readonly LedgerRow[];
  asOf: IsoDate;
  warnDays: number;
  directory: UnitDirectory;
  /** The reference plan and which of its tasks the sheet matched; null when no plan is used. */
  plan: PlanContext | null;
  /** Set when the sheet has no 时间要求 column. */
  timeDefault: TimeDefault | null;
  /** The A1 reference of a row's cell in a column ("F12"), for findings that name a second cell. */
  cellRef(row: LedgerRow, column: ColumnKey): string;
  report(issue: IssueReport): void;
}
