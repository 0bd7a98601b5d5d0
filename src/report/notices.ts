// 督办单 (督查 practice, the 三色督办单): for each responsible unit, the tasks that need pressing —
// red 逾期, yellow 滞后, blue 临期 — with what the ledger says of them. Units with nothing to press get
// no notice. Units are named as the 考评 table names them (UnitCounter), so a notice and the table agree.

import { daysBetween } from '../core/dates';
import type { EvaluationTask } from '../core/evaluation';
import { UnitCounter, UnitDirectory, planUnitsBySeq, type CountingOptions } from '../core/units';
import type { Plan } from '../core/plan';
import type { IsoDate, StatusKey } from '../core/types';

/** The three lights of a 督办单, most urgent first. */
export const NOTICE_STATUSES = ['overdue', 'behind', 'dueSoon'] as const satisfies readonly StatusKey[];
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** The 三色督办单's colours (RGB hex): red 逾期, yellow 滞后, blue 临期, the annotated copy's fills. */
export const NOTICE_LIGHT: Record<NoticeStatus, string> = { overdue: 'FFC7CE', behind: 'FFEB9C', dueSoon: 'BDD7EE' };

export interface NoticeTask extends EvaluationTask {
  row: number;
  seq: number | string | null;
  task: string;
  due: IsoDate | null;
  /** 时间要求 as written. */
  time: string;
  /** 进展情况 (else 完成情况, 备注) as written. */
  note: string;
}

export interface NoticeItem {
  /** 1-based sheet row. */
  row: number;
  seq: number | string | null;
  task: string;
  /** 时间要求 as written. */
  time: string;
  due: IsoDate | null;
  statusKey: NoticeStatus;
  /** Days past the due date (逾期) or left until it (临期, 滞后); null without a due date. */
  days: number | null;
  /** What the ledger says of the work: 进展情况, else 完成情况 / 备注 as written. */
  progress: string;
  /** The unit leads this task (else it supports it). */
  lead: boolean;
}

export interface Notice {
  unit: string;
  items: NoticeItem[];
}

export interface NoticeOptions extends CountingOptions {
  asOf: IsoDate;
  /** Supporting units get notices too (by default only the lead unit of each task). */
  support?: boolean;
  plan?: Plan | null;
  directory?: UnitDirectory;
}

/** One notice per unit with red, yellow or blue tasks: the unit's tasks in the order of the lights, then of the sheet. */
export function buildNotices(tasks: readonly NoticeTask[], opts: NoticeOptions): Notice[] {
  const counter = new UnitCounter(opts.directory ?? UnitDirectory.builtin(), opts);
  const planUnits = opts.plan ? planUnitsBySeq(opts.plan, opts.directory ?? UnitDirectory.builtin()) : null;
  const byUnit = new Map<string, Notice>();
  for (const t of tasks) {
    if (!(NOTICE_STATUSES as readonly StatusKey[]).includes(t.statusKey)) continue;
    const statusKey = t.statusKey as NoticeStatus;
    const reference = planUnits && t.planSeq != null ? planUnits.get(t.planSeq) : null;
    for (const [key, { unit, lead }] of counter.roles(t.parsedUnits, reference)) {
      if (!lead && !opts.support) continue;
      let notice = byUnit.get(key);
      if (!notice) byUnit.set(key, (notice = { unit, items: [] }));
      notice.items.push({
        row: t.row,
        seq: t.seq,
        task: t.task,
        time: t.time,
        due: t.due,
        statusKey,
        days: t.due === null ? null : statusKey === 'overdue' ? daysBetween(t.due, opts.asOf) : daysBetween(opts.asOf, t.due),
        progress: t.note,
        lead,
      });
    }
  }
  const light = (s: NoticeStatus) => NOTICE_STATUSES.indexOf(s);
  const notices = [...byUnit.values()];
  for (const n of notices) n.items.sort((a, b) => light(a.statusKey) - light(b.statusKey) || a.row - b.row);
  // Most red first, then most yellow, then the most tasks, then by name: the order a 督查 office works.
  const count = (n: Notice, s: NoticeStatus) => n.items.filter((i) => i.statusKey === s).length;
  return notices.sort(
    (a, b) =>
      count(b, 'overdue') - count(a, 'overdue') ||
      count(b, 'behind') - count(a, 'behind') ||
      b.items.length - a.items.length ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
}

/** 2026-11-30 -> 2026年11月30日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 逾期153天 / 剩余15天, or '' without a due date. */
export function daysText(item: Pick<NoticeItem, 'statusKey' | 'days'>): string {
  if (item.days === null) return '';
  return item.statusKey === 'overdue' ? `逾期${item.days}天` : `剩余${item.days}天`;
}

/** The sentence that says what a notice asks, the same in the Word document and the pane's sheet. */
export function noticeIntro(notice: Notice, meta: { source: string; asOf: IsoDate; withRoles: boolean }): string {
  const count = (s: NoticeStatus) => notice.items.filter((i) => i.statusKey === s).length;
  const parts = (
    [
      ['逾期', count('overdue')],
      ['滞后', count('behind')],
      ['临期', count('dueSoon')],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}${n}项`);
  const role = meta.withRoles ? '牵头或配合' : '牵头';
  return (
    `根据《${meta.source}》截至${chineseDate(meta.asOf)}的执行情况，贵单位${role}的以下${notice.items.length}项任务需要督办（${parts.join('，')}）。` +
    '请对照时间要求抓紧推进，逾期任务说明原因并明确完成时限，按要求反馈办理情况。'
  );
}

/** The table of a notice: its header and rows of text, the same in the Word document and the pane's sheet. */
export const NOTICE_HEADER = ['序号', '重点任务', '时间要求', '截止日期', '状态', '逾期/剩余', '进展情况'] as const;
export const NOTICE_SIGNATURE = '督查单位（盖章）：＿＿＿＿＿＿＿＿　　签发人：＿＿＿＿＿＿';
export const NOTICE_LEGEND = '注：红色为逾期，黄色为滞后（完成进度落后于时间进度），蓝色为临期。';

export function noticeRow(item: NoticeItem, withRoles: boolean, statusLabel: (k: NoticeStatus) => string): string[] {
  const row = [item.seq === null ? '' : String(item.seq), item.task, item.time, item.due ?? '', statusLabel(item.statusKey), daysText(item), item.progress];
  if (withRoles) row.splice(2, 0, item.lead ? '牵头' : '配合');
  return row;
}
