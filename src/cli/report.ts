// The text report for people: header, summary (tasks by status, issues by severity), issues grouped
// by rule with cell references, and the per-unit table for the year-end evaluation.
import type { Lang, Severity, StatusKey } from '../core/types';
import { STATUS } from '../core/types';
import type { CheckResult } from '../core/engine';
import { RULES } from '../core/rules';
import { statusName } from '../core/i18n';
import type { EvaluationRow } from '../core/evaluation';
import { msg } from './messages';
import { bulletin } from '../report/bulletin';
import { painter, table, truncate, type Colour, type Paint } from './text';

export interface FileReport {
  file: string;
  error?: string;
  result?: CheckResult;
  messages: string[];
  asOf: string;
  /** Per-unit 考评 figures (src/core/evaluation). */
  workload: EvaluationRow[];
}

/** Status order in summaries: what needs action first. */
export const STATUS_ORDER: StatusKey[] = ['overdue', 'behind', 'dueSoon', 'inProgress', 'notStarted', 'done', 'doneLate', 'open', 'unknown'];

/** The spec's traffic lights, as terminal colours. */
export const STATUS_COLOUR: Record<StatusKey, Colour> = {
  overdue: 'red',
  behind: 'yellow',
  dueSoon: 'blue',
  inProgress: 'green',
  notStarted: 'green',
  done: 'blue',
  doneLate: 'orange',
  open: 'grey',
  unknown: 'magenta',
};

const SEVERITY_COLOUR: Record<Severity, Colour> = { error: 'red', warning: 'yellow', info: 'blue' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Issues listed per rule before "… N more" (the JSON output and the annotated copy have all). */
export const MAX_ISSUES_PER_RULE = 50;

/** What the closing line over several files counts (kept while reports are written one by one). */
export interface ReportTally {
  files: number;
  unreadable: number;
  withErrors: number;
  tasks: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTally(): ReportTally {
  return { files: 0, unreadable: 0, withErrors: 0, tasks: 0, errors: 0, warnings: 0, infos: 0 };
}

export function addToTally(t: ReportTally, r: FileReport): void {
  t.files++;
  if (!r.result) {
    t.unreadable++;
    return;
  }
  const count = (s: Severity) => r.result!.issues.filter((i) => i.severity === s).length;
  if (r.result.issues.some((i) => i.severity === 'error')) t.withErrors++;
  t.tasks += r.result.tasks.length;
  t.errors += count('error');
  t.warnings += count('warning');
  t.infos += count('info');
}

/** The text report of one file; reports are joined by a blank line. */
export function renderFileText(r: FileReport, opts: { lang: Lang; colour: boolean }): string {
  return renderOne(r, opts.lang, painter(opts.colour));
}

/** One closing line over several files, for a folder of county or department ledgers. */
export function renderTotalsText(tally: ReportTally, opts: { lang: Lang; colour: boolean }): string {
  return painter(opts.colour)('bold', msg('report.totals', opts.lang, { ...tally })) + '\n';
}

function renderOne(r: FileReport, lang: Lang, paint: Paint): string {
  const L: string[] = [];
  const sep = lang === 'en' ? ': ' : '：';
  const dot = '  ·  ';
  L.push(paint('bold', `${msg('report.file', lang)}${sep}${r.file}`));
  if (r.error || !r.result) {
    L.push(paint('red', `${msg('report.unreadable', lang)}${sep}${r.error ?? ''}`));
    return L.join('\n') + '\n';
  }
  const res = r.result;
  L.push(
    [
      `${msg('report.sheet', lang)}${sep}${res.sheet ?? '—'}`,
      `${msg('report.header-row', lang)}${sep}${res.headerRow ?? '—'}`,
      `${msg('report.as-of', lang)}${sep}${r.asOf}`,
    ].join(dot),
  );
  L.push('');

  // Summary: tasks by status, issues by severity.
  const byStatus = new Map<StatusKey, number>();
  for (const t of res.tasks) byStatus.set(t.statusKey, (byStatus.get(t.statusKey) ?? 0) + 1);
  // English readers get the English name beside the Chinese label the sheet and JSON use.
  const label = (k: StatusKey) => (lang === 'en' ? `${statusName(k, 'en')} (${STATUS[k]})` : STATUS[k]);
  const statusParts = STATUS_ORDER.filter((k) => byStatus.get(k)).map((k) => paint(STATUS_COLOUR[k], `${label(k)} ${byStatus.get(k)}`));
  L.push(
    res.tasks.length
      ? `${msg('report.tasks', lang, { count: res.tasks.length })}${sep}${statusParts.join(dot)}`
      : msg('report.no-tasks', lang),
  );
  const bySeverity = new Map<Severity, number>();
  for (const i of res.issues) bySeverity.set(i.severity, (bySeverity.get(i.severity) ?? 0) + 1);
  if (res.issues.length === 0) L.push(paint('green', msg('report.no-issues', lang)));
  else {
    const parts = SEVERITIES.map((s) => paint(bySeverity.get(s) ? SEVERITY_COLOUR[s] : 'dim', `${msg(`report.severity.${s}`, lang)} ${bySeverity.get(s) ?? 0}`));
    L.push(`${msg('report.issues', lang, { count: res.issues.length })}${sep}${parts.join(dot)}`);
    const ledger = res.issues.filter((i) => i.category === 'ledger').length;
    L.push(msg('report.categories', lang, { ledger, progress: res.issues.length - ledger }));
  }

  // Issues grouped by rule: errors first, then the rule table's order.
  const ruleOrder = new Map(RULES.map((m, i) => [m.meta.id, i]));
  const groups = new Map<string, number[]>();
  res.issues.forEach((iss, k) => {
    const g = groups.get(iss.rule);
    if (g) g.push(k);
    else groups.set(iss.rule, [k]);
  });
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  // Two sections, as 督查 offices keep them apart: ledger mistakes (the clerk's), then progress alerts (督办's).
  const categoryRank = (k: number) => (res.issues[k].category === 'ledger' ? 0 : 1);
  const ordered = [...groups.entries()].sort(([a, ia], [b, ib]) => {
    const sa = Math.min(...ia.map((k) => rank(res.issues[k].severity)));
    const sb = Math.min(...ib.map((k) => rank(res.issues[k].severity)));
    return categoryRank(ia[0]) - categoryRank(ib[0]) || sa - sb || (ruleOrder.get(a) ?? 99) - (ruleOrder.get(b) ?? 99);
  });
  let section: string | null = null;
  const taskAt = new Map(res.tasks.map((t) => [t.row, t]));
  for (const [rule, idx] of ordered) {
    const meta = RULES.find((m) => m.meta.id === rule)?.meta;
    const sev = res.issues[idx[0]].severity;
    const category = res.issues[idx[0]].category;
    if (category !== section) {
      section = category;
      L.push('');
      L.push(paint('bold', `【${msg(`report.category.${category}`, lang)}】`));
    }
    L.push('');
    L.push(
      `${paint(SEVERITY_COLOUR[sev], paint('bold', msg(`report.severity.${sev}`, lang)))}  ${paint('bold', rule)}  ${meta?.description[lang] ?? ''}${lang === 'en' ? ` (${idx.length})` : `（${idx.length}）`}`,
    );
    const lines = idx.slice(0, MAX_ISSUES_PER_RULE).map((k) => {
      const iss = res.issues[k];
      const where = iss.cell ?? (iss.row !== null ? `${lang === 'en' ? 'row ' : '第'}${iss.row}${lang === 'en' ? '' : '行'}` : '—');
      const mark = iss.severity !== sev ? `${msg(`report.severity.${iss.severity}`, lang)} ` : '';
      // Named by task: 序号, the task cut to a readable length and its lead unit beside the cell.
      const t = iss.row !== null ? taskAt.get(iss.row) : undefined;
      const lead = t?.lead ? (lang === 'en' ? ` (${truncate(t.lead, 12)})` : `（${truncate(t.lead, 12)}）`) : '';
      const task = t ? `${t.seq ?? ''} ${truncate(t.task, 24)}${lead}`.trim() : '';
      return ['  ' + where, task, mark + r.messages[k]];
    });
    L.push(...table(lines));
    if (idx.length > MAX_ISSUES_PER_RULE) L.push(paint('dim', `  ${msg('report.more', lang, { count: idx.length - MAX_ISSUES_PER_RULE })}`));
  }

  // Per-unit figures (考评).
  if (r.workload.length) {
    L.push('');
    L.push(paint('bold', msg('report.workload', lang)));
    const head = ['unit', 'lead', 'support', 'total', 'done-on-time', 'done-late', 'overdue', 'on-time-rate'].map((k) => msg(`report.${k}`, lang));
    const rows = r.workload.map((w) => [
      truncate(w.unit, 28),
      String(w.led),
      String(w.supported),
      String(w.total),
      String(w.doneOnTime),
      String(w.doneLate),
      w.overdue ? paint('red', String(w.overdue)) : '0',
      w.onTimeRate === null ? '—' : `${Math.round(w.onTimeRate * 100)}%`,
    ]);
    L.push(...table([head, ...rows], [false, true, true, true, true, true, true, true]).map((l) => '  ' + l));
  }
  // The 通报 paragraph: the same figures in words an official can paste.
  if (res.tasks.length) {
    L.push('');
    L.push(paint('bold', msg('report.bulletin', lang)));
    L.push(bulletin(res.tasks, r.workload, r.asOf, lang));
  }
  return L.join('\n') + '\n';
}
