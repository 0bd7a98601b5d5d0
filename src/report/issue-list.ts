// The 问题清单: every finding as a row of a list a clerk works through, ledger mistakes first, then
// progress alerts, each with the task it is about. The command line's annotated copy and the pane's
// 问题清单 sheet show these columns.

import { renderIssue, ruleDescription } from '../core/i18n';
import type { Category, Lang, LedgerIssue, Severity } from '../core/types';

export interface IssueListRow {
  category: Category;
  severity: Severity;
  rule: string;
  /** The rule's name in the language asked for (时间要求无法识别 …), never its id. */
  ruleName: string;
  cell: string | null;
  seq: number | string | null;
  task: string;
  lead: string;
  /** All units of the task (lead and support), for filtering by unit. */
  units: string[];
  message: string;
}

export interface IssueListTask {
  row: number;
  seq: number | string | null;
  task: string;
  lead: string | null;
  units: string[];
}

/** `messages`: the issues already rendered in `lang`, when the caller has them (same order). */
export function issueListRows(issues: readonly LedgerIssue[], tasks: readonly IssueListTask[], lang: Lang, messages?: readonly string[]): IssueListRow[] {
  const taskAt = new Map(tasks.map((t) => [t.row, t]));
  const rows = issues.map((issue, k) => {
    const t = issue.row !== null ? taskAt.get(issue.row) : undefined;
    return {
      category: issue.category,
      severity: issue.severity,
      rule: issue.rule,
      ruleName: ruleDescription(issue.rule, lang),
      cell: issue.cell,
      seq: t?.seq ?? null,
      task: t?.task ?? '',
      lead: t?.lead ?? '',
      units: t?.units ?? [],
      message: messages?.[k] ?? renderIssue(issue, lang),
    };
  });
  // Ledger mistakes first (the clerk's), then progress alerts (督办's); the engine's order within each.
  return rows.map((r, i) => ({ r, i })).sort((a, b) => Number(a.r.category === 'progress') - Number(b.r.category === 'progress') || a.i - b.i).map(({ r }) => r);
}

/** The rows a filter keeps: one unit (lead or support of the task) and one category, or all. */
export function filterIssueRows<T extends { units: string[]; category: Category }>(rows: readonly T[], f: { unit: string | null; category: Category | null }): T[] {
  return rows.filter((r) => (f.category === null || r.category === f.category) && (f.unit === null || r.units.includes(f.unit)));
}
