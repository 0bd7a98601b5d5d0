// Progress as ledgers state it (spec "Ledgers as other governments keep them"): a sentence in a 进展情况
// cell, a share (80%, 完成年度目标的82%), or a quantity against the target (7123人 of 8950人). Like the
// time requirements: normalise, then small phrase families with named pieces and explicit
// non-matches. Never guessed: anything not plainly done is not done.

import { lastDayOfMonth, parseDateText, ymdToIso } from '../dates';
import { chineseNumeralsToDigits, normalizeText } from '../normalize';
import type { CellValue, IsoDate } from '../types';

export interface ProgressReading {
  /** done: the whole task is finished; part: part of it, ongoing or not begun; unknown: not understood. */
  state: 'done' | 'part' | 'unknown';
  /** The completion date a done sentence states (已于2023年3月20日印发). */
  date: IsoDate | null;
  /** A share the cell states (0–…); null when it states none. */
  share: number | null;
}

export interface ProgressContext {
  asOf: IsoDate;
  /** The task's own words: 方案已出台 finishes 制定方案, not 制定方案并组织实施. */
  taskText: string;
}

/** A number and its unit: 7123人, 5家, 1.2万亩. */
export interface Quantity {
  value: number;
  unit: string;
}

// --- families -------------------------------------------------------------------------------

/** Finished words: the work is done as a whole. */
const DONE_VERB = '(?:完成|完工|竣工|办结|销号|建成|投用|投运|通过验收|验收|落实|实现|开通|上线|印发|出台|发布|召开|举办|运行|运营|开放|启用|交付)';
/**
 * Family 1: 已完成, 已全面完成, 全部完成, 已办结, 已销号, 已通过验收, 已建成投用, 项目已竣工并投入使用,
 * 已全面完成改造任务并通过验收 (the object, when named, is the task or its work as a whole).
 */
const DONE_PLAIN_RE = new RegExp(
  `^(?:该项?工作|该项目|项目|任务|工程|目标任务|年度任务)?(?:已经?|均已|全部|全面|已全部|已全面|顺利|如期|按期|按时|提前|目前已)*${DONE_VERB}+(?:了)?(?:全部|年度|全年)?(?:.{0,6}(?:任务|工作|目标))?(?:并${DONE_VERB}+|并投入使用|投入使用)?$`,
);
/** Family 2: 已于2023年3月20日印发 / 于3月底建成 / 2023年3月已出台. Its date is the completion date. */
const DONE_DATED_RE = new RegExp(
  `^(?:已经?|均已)?于?(?<date>(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}[日号])?(?:底|末|初|中旬|上旬|下旬)?|\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?)(?:前)?(?:已经?|均已)?(?:正式|顺利|全面|全部)?${DONE_VERB}+(?<what>.{0,20})$`,
);
/** Family 3: a document issued (方案已出台, 实施意见已印发): done only when issuing it is the whole task. */
const DOC_ISSUED_RE = /^(?<doc>.{0,16}(?:方案|意见|办法|细则|规划|计划|文件|制度|清单|指南|规定|政策|标准))(?:已经?|均已)(?:正式)?(?:出台|印发|发布|制定|制订|编制完成|审议通过)$/;
const TASK_IS_DOCUMENT_RE = /(?:出台|印发|制定|制订|编制|起草|修订|发布)/;
const TASK_ASKS_MORE_RE = /(?:并|和|及|后)(?:组织)?(?:实施|推进|落实|建成|完成|开展|推广|运行|执行)/;

/** Not done: part of it, ongoing, not begun, or a plan for later. Any clause saying so decides. */
const NOT_DONE_RE =
  /起草|招标|选址|立项|可研|初稿|征求意见|设计|正在|推进中|进行中|实施中|建设中|施工中|尚未|未完成|未开工|未启动|未开展|暂未|其余|剩余|部分|前期|筹备|拟于|计划于|将于|预计|待|滞后|启动|开工|动工|加快|有序推进|持续推进|稳步推进|积极推进|按计划推进|序时推进|基本完成|初步|阶段性|半数|过半/;
/** A count of part of the work: 已完成8个, 完成投资3.2亿元, 已建成6家. */
const COUNT_RE = /(?:已经?)?(?:完成|建成|开工|新增|改造|实施)(?:了)?(?<n>\d+(?:\.\d+)?)(?<unit>[^\d,;，；。、%]{0,3})/;

/** A stated share: a cell that is only a share (95%, 80%(…滞后)), or a percentage after 完成 / 进度 … */
const SHARE_ONLY_RE = /^(?<n>\d+(?:\.\d+)?)%(?:\(.*\))?$/;
const SHARE_AFTER_RE = /(?:完成了?|完成率(?:为|达|达到)?|进度(?:为|达|达到)?|完成年度目标的|完成计划的|完成年度任务的|完成全年任务的|完成目标任务的)(?<n>\d+(?:\.\d+)?)%/;

const CLAUSE_SPLIT_RE = /[,;，；。!！]/;

// --- reading --------------------------------------------------------------------------------

function prepare(v: CellValue): string {
  if (typeof v !== 'string') return '';
  return chineseNumeralsToDigits(normalizeText(v)).replace(/[“”"'‘’《》]/g, '').replace(/[。.!！]+$/, '');
}

/** A share the text states (0–…), or null. */
export function statedShare(v: CellValue): number | null {
  if (typeof v === 'number') return shareOfNumber(v);
  const s = prepare(v);
  const m = SHARE_ONLY_RE.exec(s) ?? SHARE_AFTER_RE.exec(s);
  return m ? Number(m.groups!.n) : null;
}

/** A number in a share column: Excel keeps 80% as 0.8; a plain 80 means 80%. */
export function shareOfNumber(n: number): number | null {
  if (!Number.isFinite(n) || n < 0) return null;
  return n <= 2 ? Math.round(n * 10000) / 100 : n;
}

/** One number with its unit, and nothing else: 7123人, 5家, 1.2万亩; null otherwise. */
export function quantityOf(v: CellValue): Quantity | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, unit: '' } : null;
  const m = /^(?<n>\d+(?:\.\d+)?)(?<unit>[^\d\s%]{0,4})$/.exec(prepare(v));
  return m ? { value: Number(m.groups!.n), unit: m.groups!.unit } : null;
}

/** The date a done sentence states, as ISO; a month-day without a year is the as-of year's (or the year before, when later than the as-of date). */
function dateOf(text: string, asOf: IsoDate): IsoDate | null {
  const full = parseDateText(text);
  if (full) return full;
  const m = /^(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?:(?<d>\d{1,2})[日号])?(?<part>底|末)?/.exec(text);
  if (!m) return null;
  const month = Number(m.groups!.m);
  let year = m.groups!.y ? Number(m.groups!.y) : Number(asOf.slice(0, 4));
  const day = (y: number) => (m.groups!.d ? Number(m.groups!.d) : lastDayOfMonth(y, month));
  let iso = ymdToIso(year, month, day(year));
  if (iso && !m.groups!.y && iso > asOf) {
    year -= 1;
    iso = ymdToIso(year, month, day(year));
  }
  return iso;
}

// Ledgers repeat their progress words (按计划推进, 已完成) row after row: readings that do not depend
// on the task's words are kept per as-of date and text (bounded, for a long-running pane).
const memo = new Map<string, ProgressReading>();

/** What a progress cell says about the task. */
export function readProgress(v: CellValue, ctx: ProgressContext): ProgressReading {
  if (typeof v !== 'string') return readText(v, ctx).reading;
  const key = ctx.asOf + '\u0000' + v;
  const hit = memo.get(key);
  if (hit) return hit;
  const { reading, byTask } = readText(v, ctx);
  if (!byTask) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, reading);
  }
  return reading;
}

/** 是否达序: 否 / 未达序 / 滞后 say behind, 是 / 达序 / 超序 say on schedule; anything else says nothing. */
export function readOnSchedule(v: CellValue): boolean | null {
  const s = typeof v === 'string' ? v.trim().replace(/[。.!！]+$/, '') : '';
  if (/^(?:否|未达序|未达到|滞后|落后|×)$/.test(s)) return true;
  if (/^(?:是|达序|已达序|超序|达到|√)$/.test(s)) return false;
  return null;
}

/** The reading, and whether the task's words decided it (a document issued: family 3, not memoised). */
function readText(v: CellValue, ctx: ProgressContext): { reading: ProgressReading; byTask: boolean } {
  const s = prepare(v);
  const share = statedShare(v);
  const of = (reading: ProgressReading, byTask = false) => ({ reading, byTask });
  if (s === '') return of({ state: 'unknown', date: null, share });
  if (share !== null) return of({ state: share >= 100 ? 'done' : 'part', date: null, share });
  const clauses = s.split(CLAUSE_SPLIT_RE).filter((c) => c !== '');
  if (clauses.some((c) => NOT_DONE_RE.test(c))) return of({ state: 'part', date: null, share });
  let done = false;
  let byTask = false;
  let date: IsoDate | null = null;
  for (const c of clauses) {
    const dated = DONE_DATED_RE.exec(c);
    if (dated) {
      done = true;
      date ??= dateOf(dated.groups!.date, ctx.asOf);
      continue;
    }
    if (DONE_PLAIN_RE.test(c)) {
      done = true;
      continue;
    }
    if (DOC_ISSUED_RE.test(c)) {
      byTask = true;
      const task = normalizeText(ctx.taskText);
      if (!TASK_IS_DOCUMENT_RE.test(task) || TASK_ASKS_MORE_RE.test(task)) return of({ state: 'part', date: null, share }, true);
      done = true;
      continue;
    }
    if (COUNT_RE.test(c)) return of({ state: 'part', date: null, share }, byTask);
  }
  return of(done ? { state: 'done', date, share } : { state: 'unknown', date: null, share }, byTask);
}
