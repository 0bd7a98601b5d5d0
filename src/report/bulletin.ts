// The 通报 paragraph (督查 practice): where the tasks stand at the as-of date, in plain language an
// official can paste, with the units that have overdue tasks and a ranking by on-time rate. Its figures
// are the same counts as the status summary and the 考评 table.

import type { EvaluationRow } from '../core/evaluation';
import type { Lang, StatusKey } from '../core/types';

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

/** The sentences of a 通报 in each language; `bulletin` decides which apply. */
const WORDING = {
  'zh-CN': {
    head: (asOf: string, total: number, done: number, late: number, ongoing: number, overdue: number) => {
      const [y, m, d] = asOf.split('-').map(Number);
      return `截至${y}年${m}月${d}日，${total}项重点任务已完成${done}项（其中逾期完成${late}项），正在推进${ongoing}项，逾期${overdue}项`;
    },
    leads: (leads: string[]) => `，涉及${leads.join('、')}`,
    lead: (unit: string, n: number) => (n > 1 ? `${unit}（${n}项）` : unit),
    behind: (n: number) => `滞后${n}项`,
    dueSoon: (n: number) => `临期${n}项`,
    open: (n: number) => `长期推进${n}项`,
    unknown: (n: number) => `时间要求无法识别${n}项`,
    more: (parts: string[]) => `；${parts.join('，')}。`,
    end: '。',
    top: (rows: EvaluationRow[]) => `按时完成率较高的单位：${rows.map((r) => `${r.unit}（${percent(r.onTimeRate!)}）`).join('、')}。`,
    low: (rows: EvaluationRow[]) =>
      `逾期较多的单位：${rows.map((r) => `${r.unit}（按时完成率${percent(r.onTimeRate!)}，逾期${r.overdue}项）`).join('、')}。`,
  },
  en: {
    head: (asOf: string, total: number, done: number, late: number, ongoing: number, overdue: number) =>
      `As of ${asOf}, ${done} of ${total} key tasks are done (${late} of them late), ${ongoing} are under way and ${overdue} are overdue`,
    leads: (leads: string[]) => ` (led by ${leads.join(', ')})`,
    lead: (unit: string, n: number) => (n > 1 ? `${unit} (${n})` : unit),
    behind: (n: number) => `${n} behind schedule`,
    dueSoon: (n: number) => `${n} due soon`,
    open: (n: number) => `${n} ongoing without a fixed date`,
    unknown: (n: number) => `${n} with an unreadable time requirement`,
    more: (parts: string[]) => `; ${parts.join(', ')}.`,
    end: '.',
    top: (rows: EvaluationRow[]) => ` Highest on-time rates: ${rows.map((r) => `${r.unit} (${percent(r.onTimeRate!)})`).join(', ')}.`,
    low: (rows: EvaluationRow[]) =>
      ` Most in arrears: ${rows.map((r) => `${r.unit} (${percent(r.onTimeRate!)}, ${r.overdue} overdue)`).join(', ')}.`,
  },
} as const;

/** The paragraph. `rows` are the 考评 rows (evaluateUnits) of the same tasks. */
export function bulletin(tasks: readonly BulletinTask[], rows: readonly EvaluationRow[], asOf: string, lang: Lang): string {
  const w = WORDING[lang];
  const count = (...keys: StatusKey[]) => tasks.filter((t) => keys.includes(t.statusKey)).length;
  let text = w.head(asOf, tasks.length, count('done', 'doneLate'), count('doneLate'), count('inProgress', 'dueSoon', 'behind', 'notStarted'), count('overdue'));
  // Lead units of the overdue tasks, most overdue first.
  const overdueLeads = new Map<string, number>();
  for (const t of tasks) if (t.statusKey === 'overdue' && t.lead) overdueLeads.set(t.lead, (overdueLeads.get(t.lead) ?? 0) + 1);
  const leads = [...overdueLeads].sort((a, b) => b[1] - a[1]).map(([u, n]) => w.lead(u, n));
  if (leads.length) text += w.leads(leads);
  const more = (['behind', 'dueSoon', 'open', 'unknown'] as const).filter((k) => count(k) > 0).map((k) => w[k](count(k)));
  text += more.length ? w.more(more) : w.end;
  const ranked = rankUnits(rows);
  if (ranked.length) {
    text += w.top(ranked.slice(0, 3));
    const low = ranked.filter((r) => r.overdue > 0).slice(-3).reverse();
    if (low.length) text += w.low(low);
  }
  return text;
}
