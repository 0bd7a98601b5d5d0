// What the pane shows after a check, computed from the adapter's outcome in the user's language.

import type { Category, Lang, LedgerIssue, Severity, StatusKey } from '../core/types';
import { STATUS } from '../core/types';
import { renderIssue, ruleDescription, severityName, statusName } from '../core/i18n';
import type { CheckResult } from '../core/engine';
import { paneText } from './strings';
import type { CheckOutcome, Limitation } from '../office/marks';
import { compareUnitNames } from '../core/units';

export interface IssueItem {
  key: string;
  cell: string | null;
  severity: Severity;
  message: string;
  /** The task the finding is about: 序号, the task's words (cut) and its lead unit; '' without a row. */
  task: string;
  /** The task's units (lead and support), for the unit filter. */
  units: string[];
}

/** A task named for a finding: 38 制订乡镇级政府权力清单…（省委编办）. */
function taskLabel(t: { seq: number | string | null; task: string; lead: string | null } | undefined): string {
  if (!t || !t.task) return '';
  const words = t.task.length > 18 ? `${t.task.slice(0, 17)}…` : t.task;
  return `${t.seq ?? ''} ${words}${t.lead ? `（${t.lead}）` : ''}`.trim();
}
export interface IssueGroup {
  rule: string;
  title: string;
  /** ledger (填报问题) or progress (进度预警): the pane shows them in two sections. */
  category: Category;
  severity: Severity;
  issues: IssueItem[];
}
export interface StatusCount {
  key: StatusKey;
  label: string;
  count: number;
}
export interface CheckView {
  sheetName: string | null;
  sheetNames: string[];
  asOf: string;
  taskCount: number;
  statusCounts: StatusCount[];
  severityCounts: Array<{ severity: Severity; label: string; count: number }>;
  groups: IssueGroup[];
  /** Units of the tasks with findings, for the unit filter. */
  units: string[];
  markedCells: number;
  limitations: Limitation[];
  /** The reference plan the check used, as the summary names it. */
  planText: string;
}

/** The groups a filter keeps: findings about one unit's tasks, of one category (null: all). */
export function filterGroups(groups: readonly IssueGroup[], f: { unit: string | null; category: Category | null }): IssueGroup[] {
  return groups
    .filter((g) => f.category === null || g.category === f.category)
    .map((g) => (f.unit === null ? g : { ...g, issues: g.issues.filter((i) => i.units.includes(f.unit!)) }))
    .filter((g) => g.issues.length > 0);
}

/** Display order of the traffic lights: what needs attention first. */
export const STATUS_ORDER: readonly StatusKey[] = ['overdue', 'behind', 'dueSoon', 'inProgress', 'notStarted', 'done', 'doneLate', 'open', 'unknown'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function buildCheckView(
  outcome: CheckOutcome<CheckResult>,
  asOf: string,
  lang: Lang,
  plan?: { source: string; label: string },
): CheckView {
  const result = outcome.result;
  const tasks = result?.tasks ?? [];
  const issues: LedgerIssue[] = result?.issues ?? [];
  const statusCounts = STATUS_ORDER.map((key) => ({
    key,
    label: statusName(key, lang) || STATUS[key],
    count: tasks.filter((t) => t.statusKey === key).length,
  }));
  const severityCounts = SEVERITIES.map((severity) => ({
    severity,
    label: severityName(severity, lang),
    count: issues.filter((i) => i.severity === severity).length,
  }));
  const byRule = new Map<string, IssueGroup>();
  const taskAt = new Map(tasks.map((t) => [t.row, t]));
  issues.forEach((issue, n) => {
    let g = byRule.get(issue.rule);
    if (!g) {
      g = { rule: issue.rule, title: ruleDescription(issue.rule, lang), category: issue.category, severity: issue.severity, issues: [] };
      byRule.set(issue.rule, g);
    }
    if (SEVERITY_RANK[issue.severity] < SEVERITY_RANK[g.severity]) g.severity = issue.severity;
    const task = issue.row === null ? undefined : taskAt.get(issue.row);
    g.issues.push({
      key: `${issue.rule}-${n}`,
      cell: issue.cell,
      severity: issue.severity,
      message: renderIssue(issue, lang),
      task: taskLabel(task),
      units: task?.units ?? [],
    });
  });
  // Ledger mistakes first, then progress alerts; within each, by severity and size.
  const categoryRank = (c: Category) => (c === 'ledger' ? 0 : 1);
  const groups = [...byRule.values()].sort(
    (a, b) =>
      categoryRank(a.category) - categoryRank(b.category) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.issues.length - a.issues.length ||
      (a.rule < b.rule ? -1 : 1),
  );
  return {
    sheetName: outcome.sheetName,
    sheetNames: outcome.sheetNames,
    asOf,
    taskCount: tasks.length,
    statusCounts,
    severityCounts,
    groups,
    units: [...new Set(groups.flatMap((g) => g.issues.flatMap((i) => i.units)))].sort(compareUnitNames),
    markedCells: outcome.markedCells,
    limitations: outcome.limitations,
    planText: !plan ? '' : plan.source === 'none' ? paneText('planInUseNone', lang) : paneText('planInUse', lang, { plan: plan.label }),
  };
}
