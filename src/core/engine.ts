// checkLedger: sheet values -> tasks + issues. Everything per row is computed once here
// (schedule, units, status, plan match), memoised per distinct text, and the rules read it.

import { columnLetter } from './a1';
import type { CellValue, ColumnKey, IsoDate, LedgerIssue, Schedule, StatusKey, StatusLabel } from './types';
import { cellText, normalizeText } from './normalize';
import { parseDateCell } from './dates';
import { parseSchedule } from './schedule';
import { DONE_MARKED, doneState, scheduleAt, statusOf, warnWindow } from './status';
import type { DoneState, ScheduleAt } from './status';
import { PLAN_2018 } from './plan';
import type { Plan } from './plan';
import { UnitDirectory, sharedParsedUnits, combineLeadSupport } from './units';
import type { ParsedUnits } from './units';
import { findHeader, HeaderInfo } from './sheet/header';
import { forEachTaskRow, mergeFills, cellAt, cellString, hasContent, isBlank, isErrorValue, RowFill, SheetInput } from './sheet/rows';
import { RULES } from './rules';
import type { CandidateKind, IssueReport, PlanContext, PlanMatch, RowContext, RowStatus, RuleContext, UnitSource } from './rules/types';
import { matchRowWith, mayMatchText, preparePlan, textMatch, unitsKey } from './rules/plan-match';
import type { PreparedPlan, TextMatch } from './rules/plan-match';
import { dueOutside, planSpan } from './rules/time-outside-plan';
import { hashTaskKey, keyScan, parseSeq, scanTaskKey, scannedKeyEquals, scannedTaskKey, taskKey } from './rules/util';

export interface CheckOptions {
  asOf: IsoDate;
  warnDays?: number;
  /** The reference plan; default PLAN_2018; null: no plan (plan rules stay silent). */
  plan?: Plan | null;
  directory?: UnitDirectory;
  /** Rule ids switched off. */
  disabled?: string[];
  currentNames?: boolean;
}

export interface TaskResult {
  /** 1-based sheet row. */
  row: number;
  seq: number | null;
  task: string;
  /** Units as written, markers removed. */
  units: string[];
  lead: string | null;
  schedule: Schedule;
  status: StatusLabel;
  statusKey: StatusKey;
  due: IsoDate | null;
  planSeq: number | null;
  parsedUnits: ParsedUnits;
}

export interface CheckResult {
  sheet: string | null;
  /** 1-based Excel row of the header (its last row for a two-row header). */
  headerRow: number | null;
  columns: HeaderInfo['columns'] | null;
  tasks: TaskResult[];
  issues: LedgerIssue[];
}

/** Issues without data share one frozen empty object. */
const NO_DATA: LedgerIssue['data'] = Object.freeze({}) as LedgerIssue['data'];
const UNKNOWN_SCHEDULE: Schedule = Object.freeze({ kind: 'unknown' }) as Schedule;

/** Values-column index of each header column. */
type ColumnLayout = Partial<Record<ColumnKey, number>>;

/** Where the task rows of one check read their cells (released once the rules have run). */
interface RowSource {
  values: CellValue[][];
  /** Merged-area values per values row, or null for a sheet without vertical merges. */
  fills: RowFill[] | null;
  layout: ColumnLayout;
  /** excelRow - index (1 + the origin's row). */
  offset: number;
}

// What the rules read of a row beyond its TaskResult, under symbols: a task in the result is a
// plain TaskResult to anyone listing its keys or writing it as JSON.
const SOURCE: unique symbol = Symbol('source');
const KEY: unique symbol = Symbol('taskKey');
const TIME: unique symbol = Symbol('time');
const UNITS: unique symbol = Symbol('units');
const FLAGS: unique symbol = Symbol('flags');
const DONE_DATE: unique symbol = Symbol('doneDate');
const PLAN: unique symbol = Symbol('plan');
const TEXT_MATCH: unique symbol = Symbol('textMatch');

/** FLAGS: requiredGaps in the low four bits, then the done mark. */
const GAPS_MASK = 15;
const DONE_FLAG = 16;

/**
 * One task row: the TaskResult the check returns and, for the rules, a RowContext. One object per
 * row (a class: 100,000 of them share one shape), so a check allocates nothing else per row.
 */
class TaskRow implements TaskResult, RowContext {
  readonly row: number;
  readonly seq: number | null;
  readonly task: string;
  readonly units: string[];
  readonly lead: string | null;
  readonly schedule: Schedule;
  readonly status: StatusLabel;
  readonly statusKey: StatusKey;
  readonly due: IsoDate | null;
  planSeq: number | null;
  readonly parsedUnits: ParsedUnits;
  private readonly [SOURCE]: RowSource;
  /** taskKey(task), or null until asked for (most keys are never needed as strings). */
  [KEY]: string | null;
  /** The 时间要求 cell's facts and the units cell's (shared by every row with the same cell). */
  private readonly [TIME]: TimeFacts;
  private readonly [UNITS]: UnitsFacts;
  private readonly [FLAGS]: number;
  private readonly [DONE_DATE]: IsoDate | null;
  [PLAN]: PlanMatch | null = null;
  /** The plan tasks this row's task text matches (shared by the rows with the same task key). */
  [TEXT_MATCH]: TextMatch | null = null;
  constructor(
    source: RowSource,
    excelRow: number,
    taskText: string,
    seq: number | null,
    key: string | null,
    time: TimeFacts,
    units: UnitsFacts,
    flags: number,
    doneDate: IsoDate | null,
    status: RowStatus,
  ) {
    this.row = excelRow;
    this.seq = seq;
    this.task = taskText;
    this.units = units.names;
    this.lead = units.parsed.lead;
    this.schedule = time.schedule;
    this.status = status.status;
    this.statusKey = status.key;
    this.due = status.due;
    this.planSeq = null;
    this.parsedUnits = units.parsed;
    this[SOURCE] = source;
    this[KEY] = key;
    this[TIME] = time;
    this[UNITS] = units;
    this[FLAGS] = flags;
    this[DONE_DATE] = doneDate;
  }
  get index(): number {
    return this.row - this[SOURCE].offset;
  }
  get excelRow(): number {
    return this.row;
  }
  get taskText(): string {
    return this.task;
  }
  get taskKey(): string {
    let k = this[KEY];
    if (k === null) k = this[KEY] = taskKey(this.task);
    return k;
  }
  get timeWords(): string {
    return this[TIME].words;
  }
  get unitsKey(): string {
    return this[UNITS].key;
  }
  get unitSources(): UnitSource[] {
    return this[UNITS].sources;
  }
  get requiredGaps(): number {
    return this[FLAGS] & GAPS_MASK;
  }
  get done(): boolean {
    return (this[FLAGS] & DONE_FLAG) !== 0;
  }
  get doneDate(): IsoDate | null {
    return this[DONE_DATE];
  }
  get plan(): PlanMatch | null {
    return this[PLAN];
  }
  cell(key: ColumnKey): CellValue {
    const src = this[SOURCE];
    const c = src.layout[key];
    if (c === undefined) return undefined;
    const i = this.row - src.offset;
    return cellAt(src.values[i], src.fills === null ? undefined : src.fills[i], c);
  }
  text(key: ColumnKey): string {
    return cellString(this.cell(key));
  }
}

const EMPTY_UNITS: ParsedUnits = sharedParsedUnits(null);

/** What the engine derives from a parsed units cell, whatever the row. */
interface UnitsDerived {
  /** unitsKey(parsed). */
  key: string;
  /** The units' names as written (frozen: shared by every task naming the cell). */
  names: string[];
  /** Every unit is known by its canonical name (no alias, no unknown unit). */
  clean: boolean;
}

/**
 * Per parsed object: sharedParsedUnits gives one per distinct cell text, kept across checks, so
 * this is worked out once per text (and dropped with the parse).
 */
const derivedUnits = new WeakMap<ParsedUnits, UnitsDerived>();

function derivedOf(p: ParsedUnits): UnitsDerived {
  let d = derivedUnits.get(p);
  if (d === undefined) {
    let clean = true;
    for (const u of p.units) if (u.canonical === null || u.canonical !== u.name) clean = false;
    d = { key: unitsKey(p), names: Object.freeze(p.units.map((u) => u.name)) as string[], clean };
    derivedUnits.set(p, d);
  }
  return d;
}

/**
 * A memo per distinct cell value that builds no key strings: text by value, numbers by value,
 * dates by time (two dates of the same day are one key), the rest (blank, booleans) by identity.
 */
export class CellMemo<T, O = undefined> {
  /** The previous value and its result: ledgers repeat a cell on consecutive rows. */
  private last: unknown = CellMemo;
  private lastResult: T | undefined = undefined;
  private readonly text = new Map<string, T>();
  private readonly num = new Map<number, T>();
  private readonly date = new Map<number, T>();
  private readonly other = new Map<unknown, T>();
  /**
   * `make` gets the memo's owner as its second argument: a module-level function and a per-check
   * owner, rather than a new closure per check, keep V8's optimised callers valid across checks.
   */
  constructor(
    private readonly make: (v: CellValue, owner: O) => T,
    private readonly owner?: O,
  ) {}
  get(v: CellValue): T {
    // The same value as the previous call (=== is the maps' SameValueZero but for NaN, which
    // takes the maps; a Date by identity has the time it had).
    if (v === this.last) return this.lastResult as T;
    const r = this.lookup(v);
    this.last = v;
    this.lastResult = r;
    return r;
  }
  private lookup(v: CellValue): T {
    // One branch per kind, each with its own map (monomorphic lookups).
    if (typeof v === 'string') {
      const r = this.text.get(v);
      if (r !== undefined) return r;
      return this.add(this.text, v, v);
    }
    if (typeof v === 'number') {
      const r = this.num.get(v);
      if (r !== undefined) return r;
      return this.add(this.num, v, v);
    }
    if (v instanceof Date) {
      const k = v.getTime();
      const r = this.date.get(k);
      if (r !== undefined) return r;
      return this.add(this.date, k, v);
    }
    const r = this.other.get(v);
    if (r !== undefined) return r;
    return this.add(this.other, v, v);
  }
  private add<K>(m: Map<K, T>, k: K, v: CellValue): T {
    if (m.has(k)) return m.get(k) as T; // a memoised undefined
    const r = this.make(v, this.owner as O);
    m.set(k, r);
    return r;
  }
}

/** What the engine keeps per distinct 时间要求 cell. */
interface TimeFacts {
  schedule: Schedule;
  /** schedule.kind (read here, one shape, rather than on schedules of many shapes). */
  kind: Schedule['kind'];
  words: string;
  /** The schedule at the as-of date (scheduleAt), worked out on the first row that needs it. */
  at: ScheduleAt | null;
  /** A deadline or period due outside the plan's years (time-outside-plan); null: not worked out. */
  outside: boolean | null;
  /**
   * Row status by completion date id * 3 + 完成情况 state (statusOf reads no more of a row); keys
   * from NEAR_STATUS on in farStatus.
   */
  status: Array<RowStatus | undefined> | null;
  farStatus?: Map<number, RowStatus>;
}

/** A completion date as read, and a small number for it (0: no date). */
interface DateFacts {
  iso: IsoDate | null;
  id: number;
}

/** Status keys kept in an array per 时间要求 cell (about 100 distinct completion dates). */
const NEAR_STATUS = 300;

/** What the engine keeps per distinct units cell (or lead/support pair). */
interface UnitsFacts {
  parsed: ParsedUnits;
  /** unitsKey(parsed). */
  key: string;
  sources: UnitSource[];
  /** Some source is not clean (an alias or unknown unit: a unit rule candidate). */
  unclean: boolean;
  /** The units' names as written (TaskResult.units; frozen, one array per parsed cell). */
  names: string[];
}

function isEmptyCell(v: CellValue): boolean {
  return v === null || v === undefined || v === '' || isErrorValue(v);
}

/** Sources of a row without units. */
const NO_SOURCES: UnitSource[] = [];

/** A units cell's facts (one object per distinct cell value, or lead/support pair). */
function factsOf(parsed: ParsedUnits, sources: UnitSource[]): UnitsFacts {
  let unclean = false;
  for (let k = 0; k < sources.length; k++) if (!sources[k].clean) unclean = true;
  const d = derivedOf(parsed);
  return { parsed, key: d.key, sources, unclean, names: d.names };
}

// The makers of a RowReader's memos (module-level: see CellMemo).
function makeSchedule(v: CellValue, r: RowReader): Schedule {
  return isEmptyCell(v) ? UNKNOWN_SCHEDULE : parseSchedule(v, { asOf: r.asOf });
}

function makeUnits(v: CellValue, r: RowReader): ParsedUnits {
  return isEmptyCell(v) ? EMPTY_UNITS : sharedParsedUnits(v, r.directory);
}

/** A units column: the parsed cell, its key and sources, one object per distinct cell value. */
function makeUnitsFacts(v: CellValue, r: RowReader): UnitsFacts {
  const parsed = r.unitsMemo.get(v);
  return factsOf(parsed, parsed.units.length ? [{ key: 'units', parsed, clean: derivedOf(parsed).clean }] : NO_SOURCES);
}

function makeTimeFacts(v: CellValue, r: RowReader): TimeFacts {
  const s = r.scheduleMemo.get(v);
  return { schedule: s, kind: s.kind, words: normalizeText(cellText(v)), at: null, outside: null, status: null };
}

const NO_DATE: DateFacts = { iso: null, id: 0 };

function makeDateFacts(v: CellValue, r: RowReader): DateFacts {
  const iso = v === null || v === undefined || v === '' ? null : parseDateCell(v);
  if (iso === null) return NO_DATE;
  let d = r.dateIds.get(iso);
  if (d === undefined) r.dateIds.set(iso, (d = { iso, id: r.dateIds.size + 1 }));
  return d;
}

/**
 * Reads the task rows of one check (forEachTaskRow's visitor): one TaskRow per row, the task-key
 * groups and the rules' candidate lists. A class rather than a closure per check: V8 optimises
 * `visit` once and keeps that code from check to check, where a new closure would start in the
 * interpreter again every time.
 */
class RowReader {
  readonly rows: TaskRow[] = [];
  /** The rows each rule may report on (see RuleContext.candidates). */
  readonly candidates: Record<CandidateKind, RowContext[]> = {
    gaps: [],
    seqNull: [],
    unknown: [],
    outsidePlan: [],
    unclean: [],
    plan: [],
    overdue: [],
    dueSoon: [],
    doneLate: [],
    badDoneDate: [],
    doneNoDate: [],
  };
  readonly taskGroups: RowContext[][] = [];
  readonly source: RowSource;
  readonly asOf: IsoDate;
  private readonly window: number;
  // Column indexes as plain numbers (-1: absent), read per row without property lookups by key.
  private readonly cSeq: number;
  private readonly cTask: number;
  private readonly cUnits: number;
  private readonly cLead: number;
  private readonly cSupport: number;
  private readonly cTime: number;
  private readonly cDone: number;
  private readonly cDoneDate: number;
  private readonly cRequiredUnits: number;
  private readonly twoColumns: boolean;
  private readonly noTime: TimeFacts;
  private readonly noUnits: UnitsFacts;
  readonly directory: UnitDirectory;
  /** The reference plan prepared for matching (set once the reader's memos can parse its cells). */
  prepared: PreparedPlan | null = null;
  // Per distinct cell value; the plan's own cells go through the same memos, so a row with the
  // plan's units or time cell shares its parsed object.
  readonly scheduleMemo = new CellMemo<Schedule, RowReader>(makeSchedule, this);
  readonly unitsMemo = new CellMemo<ParsedUnits, RowReader>(makeUnits, this);
  private readonly unitsFacts = new CellMemo<UnitsFacts, RowReader>(makeUnitsFacts, this);
  private readonly timeMemo = new CellMemo<TimeFacts, RowReader>(makeTimeFacts, this);
  private readonly doneStateMemo = new CellMemo<DoneState>(doneState);
  /** One DateFacts per distinct date read (two cells naming the same day share it). */
  readonly dateIds = new Map<IsoDate, DateFacts>();
  private readonly dateMemo = new CellMemo<DateFacts, RowReader>(makeDateFacts, this);
  /** Two unit columns: the combined units and the sources per (lead, support) pair. */
  private readonly pairMemo = new Map<ParsedUnits, Map<ParsedUnits, UnitsFacts>>();
  /** The plan's years, for time-outside-plan's candidates (no plan dates: no candidates). */
  private readonly span: ReturnType<typeof planSpan>;
  // Rows by task key, grouped by the key's hash (scanTaskKey: no key string for plain text). The
  // first row of each hash sits in an open-addressing table in a typed array (no Map entry per
  // distinct text); a hash seen again moves to `repeated`: the group (a row array), or a map by key
  // when two different keys share the hash.
  private readonly slotMask: number;
  /**
   * Per slot, side by side (one cache line per probe): the hash at 2 * slot, and at 2 * slot + 1
   * the index in `rows` + 1 of the hash's first row (0: empty slot).
   */
  private readonly slots: Int32Array;
  private readonly repeated = new Map<number, TaskRow[] | Map<string, TaskRow | TaskRow[]>>();

  constructor(sheet: SheetInput, header: HeaderInfo, options: CheckOptions, plan: Plan | null, directory: UnitDirectory) {
    this.asOf = options.asOf;
    this.directory = directory;
    this.window = warnWindow(options.warnDays ?? 30);
    const layout: ColumnLayout = {};
    for (const [k, c] of Object.entries(header.columns) as Array<[ColumnKey, { index: number }]>) layout[k] = c.index;
    this.source = { values: sheet.values, fills: mergeFills(sheet, header), layout, offset: (sheet.origin?.row ?? 0) + 1 };
    this.cSeq = layout.seq ?? -1;
    this.cTask = layout.task ?? -1;
    this.cUnits = layout.units ?? -1;
    this.cLead = layout.lead ?? -1;
    this.cSupport = layout.support ?? -1;
    this.cTime = layout.time ?? -1;
    this.cDone = layout.done ?? -1;
    this.cDoneDate = layout.doneDate ?? -1;
    this.cRequiredUnits = this.cUnits >= 0 ? this.cUnits : this.cLead;
    this.twoColumns = this.cUnits < 0 && (this.cLead >= 0 || this.cSupport >= 0);
    this.noTime = { schedule: UNKNOWN_SCHEDULE, kind: 'unknown', words: '', at: null, outside: null, status: null };
    this.noUnits = factsOf(EMPTY_UNITS, NO_SOURCES);
    this.span = plan ? planSpan(plan) : null;
    let slotCap = 64;
    while (slotCap < (sheet.values?.length ?? 0) * 2) slotCap *= 2;
    this.slotMask = slotCap - 1;
    this.slots = new Int32Array(slotCap * 2);
  }

  private cell(raw: CellValue[], fill: RowFill, c: number): CellValue {
    return c < 0 ? undefined : cellAt(raw, fill, c);
  }

  /**
   * Status memoised on the 时间要求 cell's facts (one per distinct cell, so no lookup by schedule
   * per row), by date id * 3 + 完成情况 state: an array for the first dates, a map beyond (a ledger
   * with thousands of distinct completion dates). statusOf reads no more of a row.
   */
  private status(time: TimeFacts, state: DoneState, date: DateFacts): RowStatus {
    const k = date.id * 3 + state;
    let near = time.status;
    if (near === null) near = time.status = [];
    let st = k < near.length ? near[k] : k < NEAR_STATUS ? undefined : time.farStatus?.get(k);
    if (st === undefined) {
      let at = time.at;
      if (at === null) at = time.at = scheduleAt(time.schedule, this.asOf);
      st = statusOf(time.schedule, at, state, date.iso, this.asOf, this.window);
      if (k < NEAR_STATUS) {
        while (near.length <= k) near.push(undefined);
        near[k] = st;
      } else (time.farStatus ??= new Map()).set(k, st);
    }
    return st;
  }

  private outsidePlan(time: TimeFacts): boolean {
    let out = time.outside;
    if (out === null) {
      out = time.outside = this.span !== null && dueOutside(time.schedule, this.span);
    }
    return out;
  }

  private pairOf(lead: ParsedUnits, support: ParsedUnits): UnitsFacts {
    let inner = this.pairMemo.get(lead);
    if (!inner) this.pairMemo.set(lead, (inner = new Map()));
    let c = inner.get(support);
    if (!c) {
      let sources: UnitSource[] = [];
      if (lead.units.length) sources.push({ key: 'lead', parsed: lead, clean: derivedOf(lead).clean });
      if (support.units.length) sources.push({ key: 'support', parsed: support, clean: derivedOf(support).clean });
      if (sources.length === 0) sources = NO_SOURCES;
      c = factsOf(combineLeadSupport(lead, support), sources);
      inner.set(support, c);
    }
    return c;
  }

  /** Adds a row to its key's group in `m`; returns the group's first row (undefined: the row is the first). */
  private joinGroup(m: Map<string, TaskRow | TaskRow[]>, key: string, row: TaskRow): TaskRow | undefined {
    const g = m.get(key);
    if (g === undefined) {
      m.set(key, row);
      return undefined;
    }
    if (Array.isArray(g)) {
      g.push(row);
      return g[0];
    }
    const group = [g, row];
    m.set(key, group);
    this.taskGroups.push(group);
    return g;
  }

  visit(index: number, excelRow: number, raw: CellValue[], fill: RowFill): void {
    const cTask = this.cTask;
    const cUnits = this.cUnits;
    const cTime = this.cTime;
    const cSeq = this.cSeq;
    const cDoneDate = this.cDoneDate;
    const prepared = this.prepared;
    const rows = this.rows;
    const candidates = this.candidates;
    const taskText = cellString(this.cell(raw, fill, cTask));
    // The key's hash and length, and the key string when it had to be built.
    let tk: string | null = null;
    let keyLength: number;
    let keyHash: number;
    const scanned = scanTaskKey(taskText);
    if (scanned) {
      keyLength = keyScan.length;
      keyHash = keyScan.hash;
    } else {
      tk = taskKey(taskText);
      keyLength = tk.length;
      keyHash = hashTaskKey(tk);
    }
    if (keyLength === 0) tk = '';
    const uf =
      cUnits >= 0
        ? this.unitsFacts.get(this.cell(raw, fill, cUnits))
        : this.twoColumns
          ? this.pairOf(this.unitsMemo.get(this.cell(raw, fill, this.cLead)), this.unitsMemo.get(this.cell(raw, fill, this.cSupport)))
          : this.noUnits;
    const timeCell = this.cell(raw, fill, cTime);
    const doneCell = this.cell(raw, fill, this.cDone);
    const doneDateCell = this.cell(raw, fill, cDoneDate);
    const time = cTime >= 0 ? this.timeMemo.get(timeCell) : this.noTime;
    const seqCell = this.cell(raw, fill, cSeq);
    const seq = parseSeq(seqCell);
    let gaps = 0;
    if (cSeq >= 0 && !hasContent(seqCell)) gaps |= 1;
    if (cTask >= 0 && taskText === '') gaps |= 2;
    if (this.cRequiredUnits >= 0 && !hasContent(cellAt(raw, fill, this.cRequiredUnits))) gaps |= 4;
    if (cTime >= 0 && !hasContent(timeCell)) gaps |= 8;
    const state = this.doneStateMemo.get(doneCell);
    // Without a 完成时间 column the cell is undefined: no date.
    const date = this.dateMemo.get(doneDateCell);
    const completedOn = date.iso;
    const flags = this.cDone >= 0 && state === DONE_MARKED ? gaps | DONE_FLAG : gaps;
    const row = new TaskRow(this.source, excelRow, taskText, seq, tk, time, uf, flags, completedOn, this.status(time, state, date));
    // One text match per distinct task key: later rows with the key take the first row's.
    let text: TextMatch | null = null;
    if (keyLength !== 0) {
      let slot = Math.imul(keyHash, 0x9e3779b1) & this.slotMask;
      let at = this.slots[2 * slot + 1];
      while (at !== 0 && this.slots[2 * slot] !== keyHash) {
        slot = (slot + 1) & this.slotMask;
        at = this.slots[2 * slot + 1];
      }
      if (at === 0) {
        this.slots[2 * slot] = keyHash;
        this.slots[2 * slot + 1] = rows.length + 1; // the row is pushed below
        if (prepared) {
          if (!scanned) text = textMatch(prepared, tk!);
          else if (mayMatchText(prepared, keyScan.units, keyLength, keyHash)) text = textMatch(prepared, row.taskKey);
        }
        row[TEXT_MATCH] = text;
      } else {
        // A repeated hash: the same key or another with the same hash. The scanned units are
        // read before anything else builds a key. A group's first row has its key string (built
        // when the group formed): a row repeating it is compared unit by unit, no string built.
        const g = this.repeated.get(keyHash);
        let first: TaskRow | undefined;
        const k0 = g !== undefined && !(g instanceof Map) ? g[0][KEY] : null;
        if (k0 !== null && (tk !== null ? tk === k0 : scannedKeyEquals(k0))) {
          (g as TaskRow[]).push(row);
          first = (g as TaskRow[])[0];
        } else {
          if (tk === null) tk = row[KEY] = scannedTaskKey(taskText);
          if (g === undefined) {
            const g0 = rows[at - 1];
            if (g0.taskKey === tk) {
              const group = [g0, row];
              this.repeated.set(keyHash, group);
              this.taskGroups.push(group);
              first = g0;
            } else {
              const m = new Map<string, TaskRow | TaskRow[]>([[g0.taskKey, g0]]);
              this.repeated.set(keyHash, m);
              first = this.joinGroup(m, tk, row);
            }
          } else if (g instanceof Map) first = this.joinGroup(g, tk, row);
          else if (g[0].taskKey === tk) {
            g.push(row);
            first = g[0];
          } else {
            const m = new Map<string, TaskRow | TaskRow[]>([[g[0].taskKey, g]]);
            this.repeated.set(keyHash, m);
            first = this.joinGroup(m, tk, row);
          }
        }
        if (first === undefined) {
          if (prepared) text = textMatch(prepared, tk!);
        } else text = first[TEXT_MATCH];
        row[TEXT_MATCH] = text;
      }
    }
    let match: PlanMatch | null = null;
    if (prepared) {
      match = matchRowWith(prepared, row, text);
      if (match !== null) {
        row[PLAN] = match;
        row.planSeq = match.task.seq;
      }
    }
    rows.push(row);
    if (gaps !== 0) candidates.gaps.push(row);
    if (seq === null) candidates.seqNull.push(row);
    const kind = time.kind;
    if (kind === 'unknown') candidates.unknown.push(row);
    else if ((kind === 'deadline' || kind === 'period' || kind === 'milestones') && this.outsidePlan(time)) candidates.outsidePlan.push(row);
    if (uf.unclean) candidates.unclean.push(row);
    if (match !== null) candidates.plan.push(row);
    const sk = row.statusKey;
    if (sk === 'overdue') candidates.overdue.push(row);
    else if (sk === 'dueSoon') candidates.dueSoon.push(row);
    else if (sk === 'doneLate') candidates.doneLate.push(row);
    if (cDoneDate >= 0) {
      if (isBlank(doneDateCell)) {
        if (flags & DONE_FLAG) candidates.doneNoDate.push(row);
      } else if (completedOn === null || completedOn > this.asOf) candidates.badDoneDate.push(row);
    }
  }
}

/**
 * A few objects of the last check, kept until the next one. V8 keeps the shape (map) of an object
 * built field by field only while some object has it; once a check's result is collected, those
 * shapes go and every function optimised for them is thrown away ("weak objects"), so the next
 * check would start in the interpreter again. A row holds the shapes of everything it points to
 * (its cells' facts, its source and column layout, its plan match); its sheet cells are released.
 */
let lastShapes: { row: TaskRow | undefined; prepared: PreparedPlan | null } | null = null;

/** An empty RowReader, made on the first check and kept (it keeps its class's and CellMemo's shapes). */
let readerShape: RowReader | null = null;

export function checkLedger(sheet: SheetInput, options: CheckOptions): CheckResult {
  const asOf = options.asOf;
  const warnDays = options.warnDays ?? 30;
  const plan = options.plan === undefined ? PLAN_2018 : options.plan;
  const directory = options.directory ?? UnitDirectory.builtin();
  const disabled = new Set(options.disabled ?? []);
  const rules = RULES.filter((r) => !disabled.has(r.meta.id));
  const oRow = sheet.origin?.row ?? 0;
  const oCol = sheet.origin?.col ?? 0;
  const sheetName = sheet.name ?? null;

  const header = findHeader(sheet.values ?? []);
  const issues: LedgerIssue[] = [];
  const ruleOrder = new Map(RULES.map((r, i) => [r.meta.id, i]));

  let currentRule = '';
  let currentSeverity: LedgerIssue['severity'] = 'error';
  // Per column: sheet index, letters and header text, worked out once (rules report many issues).
  const columnInfo = new Map<ColumnKey, { col: number; letters: string; header: string }>();
  for (const [key, c] of Object.entries(header?.columns ?? {}) as Array<[ColumnKey, { index: number; header: string }]>) {
    columnInfo.set(key, { col: c.index + oCol, letters: columnLetter(c.index + oCol), header: c.header });
  }
  const report = (r: IssueReport): void => {
    const excelRow = r.row === null ? null : typeof r.row === 'number' ? r.row : r.row.excelRow;
    const col = r.column ? columnInfo.get(r.column) : undefined;
    issues.push({
      rule: currentRule,
      severity: r.severity ?? currentSeverity,
      row: excelRow,
      col: col ? col.col : null,
      column: col ? col.header : null,
      cell: excelRow !== null && col ? col.letters + excelRow : null,
      messageId: r.messageId,
      data: r.data ?? NO_DATA,
    });
  };

  if (!header) {
    const ctx: RuleContext = {
      sheet,
      header: null,
      headerRow: null,
      rows: [],
      asOf,
      warnDays,
      directory,
      plan: null,
      report,
    };
    for (const rule of rules) {
      currentRule = rule.meta.id;
      currentSeverity = rule.meta.severity;
      rule.check(ctx);
    }
    return { sheet: sheetName, headerRow: null, columns: null, tasks: [], issues: sortIssues(issues, ruleOrder) };
  }

  // Status, completion dates, done marks and time words repeat across rows: memoised per value
  // (CellMemo: no key strings are built per row). The rows are read by a RowReader (above).
  const reader = new RowReader(sheet, header, options, plan, directory);
  const prepared = plan ? preparePlan(plan, (t) => reader.scheduleMemo.get(t), (t) => reader.unitsMemo.get(t), directory) : null;
  reader.prepared = prepared;
  forEachTaskRow(sheet, header, reader, reader.source.fills);
  const { rows, candidates, taskGroups, source } = reader;

  let planCtx: PlanContext | null = null;
  if (plan && prepared) {
    const matched = new Set<number>();
    // The rows with a plan match are the plan candidates (in row order).
    const planRows = candidates.plan;
    for (let i = 0; i < planRows.length; i++) matched.add(planRows[i].plan!.index);
    planCtx = { plan, prepared, matched, hasDates: planSpan(plan) !== null };
  }

  const ctx: RuleContext = {
    sheet,
    header,
    headerRow: header.row + oRow + 1,
    rows,
    asOf,
    warnDays,
    directory,
    plan: planCtx,
    taskGroups,
    candidates,
    report,
  };
  for (const rule of rules) {
    currentRule = rule.meta.id;
    currentSeverity = rule.meta.severity;
    rule.check(ctx);
  }

  // The rows are the tasks; their cells are not needed any more (a kept result keeps no sheet).
  source.values = [];
  source.fills = null;
  // An empty reader (not this one: it holds the check's memos).
  readerShape ??= new RowReader({ values: [] }, { row: 0, columns: {} } as HeaderInfo, { asOf }, null, directory);
  lastShapes = { row: rows[0], prepared };

  return { sheet: sheetName, headerRow: ctx.headerRow, columns: header.columns, tasks: rows, issues: sortIssues(issues, ruleOrder) };
}

/**
 * By row, then column, then rule (table order). Rules run in table order and report rows in order,
 * so a stable counting sort by row keeps rule order within a row; each row's few issues are then
 * insertion-sorted by column. Linear in the issues, no per-issue allocation. Findings without a
 * row (plan-missing) come last, as reported; findings on a row without a column come first in it.
 */
function sortIssues(issues: LedgerIssue[], ruleOrder: Map<string, number>): LedgerIssue[] {
  let maxRow = 0;
  for (const i of issues) if (i.row !== null && i.row > maxRow) maxRow = i.row;
  const start = new Int32Array(maxRow + 2);
  let noRow = 0;
  for (const i of issues) {
    if (i.row === null) noRow++;
    else start[i.row + 1]++;
  }
  for (let r = 1; r < start.length; r++) start[r] += start[r - 1];
  const withRow = issues.length - noRow;
  const out = new Array<LedgerIssue>(issues.length);
  const fill = start.slice(0, maxRow + 1);
  let tail = withRow;
  for (const i of issues) {
    if (i.row === null) out[tail++] = i;
    else out[fill[i.row]++] = i;
  }
  const colOf = (i: LedgerIssue) => (i.col === null ? -1 : i.col);
  for (let r = 0; r <= maxRow; r++) {
    const from = start[r];
    const to = start[r + 1];
    for (let k = from + 1; k < to; k++) {
      const cur = out[k];
      let j = k - 1;
      while (
        j >= from &&
        (colOf(out[j]) > colOf(cur) ||
          (colOf(out[j]) === colOf(cur) && (ruleOrder.get(out[j].rule) ?? 999) > (ruleOrder.get(cur.rule) ?? 999)))
      ) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = cur;
    }
  }
  return out;
}
