// Shared types of the pure engine. No Office globals here: the same engine serves Excel
// (range.values), the command line (ExcelJS) and custom functions.

/**
 * One cell as the engine sees it: the shape of Excel's `range.values` entries, plus what ExcelJS
 * can hand over after light normalisation (a JS Date for date cells). Empty cells are "" (Excel)
 * or null/undefined (ExcelJS). Error cells are strings such as "#N/A".
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** ISO calendar date, "YYYY-MM-DD". Compares correctly as a string. */
export type IsoDate = string;
/** Month-day, "MM-DD", for yearly recurring schedules. */
export type MonthDay = string;

export type RecurrenceUnit = 'year' | 'half-year' | 'quarter' | 'month';

/** What a 时间要求 phrase means. The JSON form of the spec is exactly these objects (extra fields allowed). */
export type Schedule =
  | { kind: 'deadline'; due: IsoDate }
  | { kind: 'period'; start: IsoDate; end: IsoDate }
  | { kind: 'recurring'; every: RecurrenceUnit; due?: MonthDay; day?: number }
  | { kind: 'milestones'; steps: IsoDate[] }
  | { kind: 'open' }
  | { kind: 'unknown' };

/** Status labels (the spec's Chinese labels are the values users see and COUNTIF on). */
export const STATUS = {
  unknown: '无法识别',
  done: '已完成',
  doneLate: '逾期完成',
  open: '长期',
  notStarted: '未开始',
  overdue: '逾期',
  dueSoon: '临期',
  behind: '滞后',
  inProgress: '进行中',
} as const;
export type StatusKey = keyof typeof STATUS;
export type StatusLabel = (typeof STATUS)[StatusKey];

export type Severity = 'error' | 'warning' | 'info';
/** progress (进度预警): facts about the work, 督办's business; ledger (填报问题): facts about the sheet. */
export type Category = 'ledger' | 'progress';
export type Lang = 'zh-CN' | 'en';

/** Column keys of a ledger sheet (spec "Columns"). */
export type ColumnKey =
  | 'seq'
  | 'task'
  | 'units'
  | 'lead'
  | 'support'
  | 'time'
  | 'done'
  | 'doneDate'
  | 'progress'
  | 'remarks'
  | 'status'
  | 'target'
  | 'share'
  | 'onSchedule'
  | 'section';

/** A merged area in 0-based sheet coordinates, inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A finding, Frictionless-style: typed data only. Text is rendered at the edges
 * (`renderIssue` in src/core/i18n) in the user's language.
 */
export interface LedgerIssue {
  rule: string;
  severity: Severity;
  category: Category;
  /** 1-based Excel row number a user sees, or null where the rule has no cell. */
  row: number | null;
  /** 0-based column index in the sheet, or null. */
  col: number | null;
  /** Header text of the column as written in the sheet, or null. */
  column: string | null;
  /** A1 reference such as "D12", or null. */
  cell: string | null;
  messageId: string;
  data: Record<string, string | number | null>;
}
