// The 通报 paragraph (督查 practice): where the tasks stand at the as-of date, in plain language an
// official can paste, with the units that have overdue tasks and a ranking by on-time rate. Its figures
// are the same counts as the status summary and the 考评 table.

import type { EvaluationRow } from './evaluation';
import type { Lang, StatusKey } from './types';

export interface BulletinTask {
  statusKey: StatusKey;
  lead: string | null;
}

/**
 * Units ranked as 督查 ranks them: on-time rate (highest first), then fewer overdue tasks, then more
 * tasks done on time (100% of seven beats 100% of one), then name.
 */
export function rankUnits(rows: readonly EvaluationRow[]): EvaluationRow[] {
  return rows
    .filter((r) => r.onTimeRate !== null)
    .sort(
      (a, b) =>
        b.onTimeRate! - a.onTimeRate! || a.overdue - b.overdue || b.doneOnTime - a.doneOnTime || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
    );
}

const percent = (r: number) => `${Math.round(r * 100)}%`;

/** The paragraph. `rows` are the 考评 rows (evaluateUnits) of the same tasks. */
export function bulletin(tasks: readonly BulletinTask[], rows: readonly EvaluationRow[], asOf: string, lang: Lang): string {
  const count = (...keys: StatusKey[]) => tasks.filter((t) => keys.includes(t.statusKey)).length;
  const done = count('done', 'doneLate');
  const late = count('doneLate');
  const ongoing = count('inProgress', 'dueSoon', 'behind', 'notStarted');
  const overdue = count('overdue');
  const behind = count('behind');
  const dueSoon = count('dueSoon');
  const open = count('open');
  const unknown = count('unknown');
  // Lead units of the overdue tasks, most overdue first.
  const overdueLeads = new Map<string, number>();
  for (const t of tasks) if (t.statusKey === 'overdue' && t.lead) overdueLeads.set(t.lead, (overdueLeads.get(t.lead) ?? 0) + 1);
  const leads = [...overdueLeads].sort((a, b) => b[1] - a[1]).map(([u, n]) => (n > 1 ? `${u}（${n}项）` : u));
  const ranked = rankUnits(rows);
  const [y, m, d] = asOf.split('-').map(Number);
  if (lang === 'en') {
    const parts = [
      `As of ${asOf}, ${done} of ${tasks.length} key tasks are done (${late} of them late), ${ongoing} are under way and ${overdue} are overdue`,
    ];
    if (leads.length) parts[0] += ` (led by ${leads.join(', ')})`;
    const more: string[] = [];
    if (behind) more.push(`${behind} behind schedule`);
    if (dueSoon) more.push(`${dueSoon} due soon`);
    if (open) more.push(`${open} ongoing without a fixed date`);
    if (unknown) more.push(`${unknown} with an unreadable time requirement`);
    let text = parts[0] + (more.length ? `; ${more.join(', ')}` : '') + '.';
    if (ranked.length) {
      text += ` Highest on-time rates: ${ranked.slice(0, 3).map((r) => `${r.unit} (${percent(r.onTimeRate!)})`).join(', ')}.`;
      const low = ranked.filter((r) => r.overdue > 0).slice(-3).reverse();
      if (low.length) text += ` Most in arrears: ${low.map((r) => `${r.unit} (${percent(r.onTimeRate!)}, ${r.overdue} overdue)`).join(', ')}.`;
    }
    return text;
  }
  let text = `截至${y}年${m}月${d}日，${tasks.length}项重点任务已完成${done}项（其中逾期完成${late}项），正在推进${ongoing}项，逾期${overdue}项`;
  if (leads.length) text += `，涉及${leads.join('、')}`;
  const more: string[] = [];
  if (behind) more.push(`滞后${behind}项`);
  if (dueSoon) more.push(`临期${dueSoon}项`);
  if (open) more.push(`长期推进${open}项`);
  if (unknown) more.push(`时间要求无法识别${unknown}项`);
  text += more.length ? `；${more.join('，')}。` : '。';
  if (ranked.length) {
    text += `按时完成率较高的单位：${ranked.slice(0, 3).map((r) => `${r.unit}（${percent(r.onTimeRate!)}）`).join('、')}。`;
    const low = ranked.filter((r) => r.overdue > 0).slice(-3).reverse();
    if (low.length) text += `逾期较多的单位：${low.map((r) => `${r.unit}（按时完成率${percent(r.onTimeRate!)}，逾期${r.overdue}项）`).join('、')}。`;
  }
  return text;
}
