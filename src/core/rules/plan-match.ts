// Matching ledger rows to the reference plan's tasks, by content (spec "The rules", last
// paragraphs). Computed once per check by the engine; plan-mismatch, plan-missing and
// time-outside-plan read the result.

import type { IsoDate, Schedule } from '../types';
import { normalizeText } from '../normalize';
import type { Plan } from '../plan';
import type { ParsedUnits, UnitDirectory } from '../units';
import type { PlanMatch } from './types';
import { hashTaskKey, taskKey } from './util';

/** Dice coefficient over character bigrams at or above which two task texts are the same task. */
export const NEAR_MATCH_THRESHOLD = 0.8;

export interface PreparedPlan {
  plan: Plan;
  keys: string[];
  byKey: Map<string, number[]>;
  /** hashTaskKey of every plan task key (a key whose hash is not here has no exact match). */
  keyHashes: Set<number>;
  bySeq: Map<number, number[]>;
  /** bySeq as an array indexed by 序号 (plans number their tasks 1, 2, 3 …); longer 序号 use bySeq. */
  bySeqIndex: Array<number[] | undefined>;
  bigramSizes: number[];
  bigramIndex: Map<number, number[]>;
  /** The smallest bigram set of a plan task (bounds the best score a text can reach). */
  minBigrams: number;
  /** A bit per hashed bigram of any plan task (a filter: a clear bit means no plan task has it). */
  bigramBits: Uint32Array;
  /** Reused bigram set of the text being matched. */
  rowBigrams: BigramSet;
  /** Shared match objects, by index * 3 + way. */
  matches: PlanMatch[];
  /** Per-task counters for nearCandidates, all zero between calls. */
  scratch: Int32Array;
  schedules: Schedule[];
  unitKeys: string[];
  unitNames: string[][];
  /** Per plan task: its parsed units (the engine's memo: a row with the plan's units cell shares it). */
  parsedUnits: ParsedUnits[];
  /** Per plan task: its lead unit's canonical name (see unitNames), or null. */
  leadNames: Array<string | null>;
  /** Per plan task: its lead unit as the plan writes it, or null. */
  leads: Array<string | null>;
  directory: UnitDirectory;
  timeWords: string[];
}

/** The row facts matching needs. */
export interface MatchInput {
  taskKey: string;
  seq: number | null;
  unitsKey: string;
  parsedUnits: ParsedUnits;
  timeWords: string;
  schedule: Schedule;
}

/**
 * Character bigrams as numbers (two UTF-16 units packed into a 32-bit integer, which V8 keeps
 * unboxed), so no strings or heap numbers are built per comparison.
 */
export function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  if (s.length === 1) out.add(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) out.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
  return out;
}

/**
 * The distinct bigrams of one text at a time, in typed arrays reused from text to text: an
 * open-addressing table stamped per text (nothing to clear, nothing allocated per text).
 */
export class BigramSet {
  private table = new Int32Array(256);
  private stamps = new Uint32Array(256);
  private stamp = 0;
  /** The distinct bigrams of the current text, in first-seen order (the first `size` entries). */
  items = new Int32Array(128);
  size = 0;

  /** Room for the bigrams of an n-unit text, and an empty set (a new stamp instead of clearing). */
  private reset(n: number): void {
    if (n * 2 > this.table.length) {
      let cap = this.table.length;
      while (cap < n * 2) cap *= 2;
      this.table = new Int32Array(cap);
      this.stamps = new Uint32Array(cap);
      this.stamp = 0;
    }
    if (n > this.items.length) this.items = new Int32Array(n);
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    this.size = 0;
  }

  /** Loads the bigrams of `s` (as `bigrams` computes them). */
  load(s: string): this {
    const n = s.length;
    this.reset(n);
    if (n === 1) this.add(s.charCodeAt(0));
    for (let i = 0; i + 1 < n; i++) this.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
    return this;
  }

  /**
   * nearBound (below) for the bigrams of the first n (at least 2) code units of `u`, counted as
   * they are loaded; gives up (false) as soon as the text could not reach the threshold even if
   * every bigram left were a new hit (most local task texts, a little past half-way).
   */
  mayReach(u: Uint16Array, n: number, bits: Uint32Array, minBigrams: number): boolean {
    this.reset(n);
    let hits = 0;
    for (let i = 0; i + 1 < n; i++) {
      const b = (u[i] << 16) | u[i + 1];
      if (this.add(b) && inFilter(bits, b)) hits++;
      const left = n - 2 - i;
      // reachesNear(hits + left, size + left, minBigrams), multiplied out (no division per bigram).
      if (left !== 0 && 2 * (hits + left) < NEAR_BOUND * (this.size + left + minBigrams)) return false;
    }
    return reachesNear(hits, this.size, minBigrams);
  }

  /** Adds a bigram; true when it was not in the set yet. */
  private add(b: number): boolean {
    const mask = this.table.length - 1;
    let h = Math.imul(b, 0x9e3779b1) >>> 0;
    for (;;) {
      const slot = h & mask;
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.table[slot] = b;
        this.items[this.size++] = b;
        return true;
      }
      if (this.table[slot] === b) return false;
      h = slot + 1;
    }
  }
}

/** Dice similarity of two texts over their character bigram sets (1 = same set). */
export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (A.size + B.size === 0) return 1;
  let inter = 0;
  for (const g of A) if (B.has(g)) inter++;
  return (2 * inter) / (A.size + B.size);
}

/** Canonical names of a cell's units (aliases folded; unknown units by their normalised text), deduplicated. */
export function unitNames(parsed: ParsedUnits): string[] {
  const names = new Set<string>();
  for (const u of parsed.units) names.add(u.canonical ?? normalizeText(u.name));
  return [...names];
}

/** Canonical name of the lead unit (unknown units by their normalised text), or null without a lead. */
export function leadName(parsed: ParsedUnits): string | null {
  for (const u of parsed.units) if (u.role === 'lead') return u.canonical ?? normalizeText(u.name);
  return null;
}

/** The same unit by meaning: equal canonical names, or one is the other's 2018-reform successor. */
function related(x: string, y: string, dir: UnitDirectory): boolean {
  return x === y || dir.currentName(x) === y || dir.currentName(y) === x;
}

/** The units of a row as a comparable key: canonical names, sorted. Equal keys: the same units. */
export function unitsKey(parsed: ParsedUnits): string {
  const units = parsed.units;
  if (units.length === 0) return '';
  if (units.length === 1) {
    const u = units[0];
    return u.canonical ?? normalizeText(u.name);
  }
  // unitNames(parsed).sort().join('|') for the usual few units: deduplicated, then an insertion
  // sort by code units (the default sort order of strings), without a Set and a spread copy.
  const names: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const name = u.canonical ?? normalizeText(u.name);
    let j = names.length;
    if (names.indexOf(name) >= 0) continue;
    names.push(name);
    while (j > 0 && names[j - 1] > name) {
      names[j] = names[j - 1];
      j--;
    }
    names[j] = name;
  }
  return names.join('|');
}

/**
 * Two unit lists name the same units by meaning: every unit of one is in the other, under its
 * canonical name or as the other's 2018-reform successor (省法制办 ~ 省司法厅). Like `sameUnit`, two
 * predecessors merged into one successor stay different from each other.
 */
export function sameUnitSets(a: readonly string[], b: readonly string[], dir: UnitDirectory): boolean {
  const rel = (x: string, y: string) => related(x, y, dir);
  return a.every((x) => b.some((y) => rel(x, y))) && b.every((y) => a.some((x) => rel(x, y)));
}

/** Two schedules mean the same: same kind and the same dates (a date cell equals 2019年6月底前完成). */
export function sameSchedule(a: Schedule, b: Schedule): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'deadline':
      return a.due === (b as { due: IsoDate }).due;
    case 'period': {
      const p = b as { start: IsoDate; end: IsoDate };
      return a.start === p.start && a.end === p.end;
    }
    case 'recurring': {
      const r = b as { every: string; due?: string; day?: number };
      const dueA = a.due ?? (a.every === 'year' ? '12-31' : '');
      const dueB = r.due ?? (r.every === 'year' ? '12-31' : '');
      return a.every === r.every && dueA === dueB && a.day === r.day;
    }
    case 'milestones': {
      const steps = (b as { steps: IsoDate[] }).steps;
      return a.steps.length === steps.length && a.steps.every((d, i) => d === steps[i]);
    }
    case 'open':
      return true;
    default:
      return false; // two unreadable phrases are compared by their words
  }
}

export function sameTime(rowWords: string, rowSchedule: Schedule, planWords: string, planSchedule: Schedule): boolean {
  return rowWords === planWords || sameSchedule(rowSchedule, planSchedule);
}

/** Bit of a bigram in PreparedPlan.bigramBits: 20 bits of a multiplicative hash. */
function bigramBit(b: number): number {
  return Math.imul(b, 0x9e3779b1) >>> 12;
}

/** NEAR_MATCH_THRESHOLD, less a rounding allowance. */
const NEAR_BOUND = NEAR_MATCH_THRESHOLD - 1e-9;

/** The bigram's bit is set in a bigramFilter (false: no plan task has the bigram). */
function inFilter(bits: Uint32Array, b: number): boolean {
  const h = bigramBit(b);
  return (bits[h >>> 5] & (1 << (h & 31))) !== 0;
}

/**
 * A text of `size` distinct bigrams sharing at most `hits` with some plan task of at least
 * `minBigrams` could reach the near-match threshold.
 */
function reachesNear(hits: number, size: number, minBigrams: number): boolean {
  return (2 * hits) / (size + minBigrams) >= NEAR_BOUND;
}

function bigramFilter(all: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(1 << 15);
  for (const b of all) {
    const h = bigramBit(b);
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}

/** bySeq as a dense array when the plan's 序号 stay small (a lookup per ledger row). */
function seqIndex(bySeq: Map<number, number[]>): Array<number[] | undefined> {
  let max = -1;
  for (const seq of bySeq.keys()) if (Number.isInteger(seq) && seq >= 0 && seq > max) max = seq;
  if (max > 100000) return [];
  const out: Array<number[] | undefined> = [];
  for (let i = 0; i <= max; i++) out.push(bySeq.get(i));
  return out;
}

export function preparePlan(
  plan: Plan,
  parseSchedule: (v: string) => Schedule,
  parseUnits: (v: string) => ParsedUnits,
  directory: UnitDirectory,
): PreparedPlan {
  const parsedUnits = plan.tasks.map((t) => parseUnits(t.units));
  const keys = plan.tasks.map((t) => taskKey(t.task));
  const byKey = new Map<string, number[]>();
  const bySeq = new Map<number, number[]>();
  const bigramIndex = new Map<number, number[]>();
  const bigramSizes: number[] = [];
  keys.forEach((k, i) => {
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(i);
    const seq = plan.tasks[i].seq;
    if (!bySeq.has(seq)) bySeq.set(seq, []);
    bySeq.get(seq)!.push(i);
    const g = bigrams(k);
    bigramSizes.push(g.size);
    for (const b of g) {
      if (!bigramIndex.has(b)) bigramIndex.set(b, []);
      bigramIndex.get(b)!.push(i);
    }
  });
  return {
    plan,
    keys,
    byKey,
    keyHashes: new Set(keys.map(hashTaskKey)),
    bySeq,
    bySeqIndex: seqIndex(bySeq),
    bigramSizes,
    bigramIndex,
    minBigrams: bigramSizes.length ? Math.min(...bigramSizes) : 0,
    bigramBits: bigramFilter(bigramIndex.keys()),
    rowBigrams: new BigramSet(),
    scratch: new Int32Array(plan.tasks.length),
    matches: [],
    schedules: plan.tasks.map((t) => parseSchedule(t.time)),
    unitKeys: parsedUnits.map(unitsKey),
    unitNames: parsedUnits.map(unitNames),
    parsedUnits,
    leadNames: parsedUnits.map(leadName),
    leads: parsedUnits.map((p) => p.lead),
    directory,
    timeWords: plan.tasks.map((t) => normalizeText(t.time)),
  };
}

/** The row's units are plan task i's units by meaning. */
export function sameUnitsAsPlan(pp: PreparedPlan, i: number, key: string, units: ParsedUnits): boolean {
  return key === pp.unitKeys[i] || sameUnitSets(unitNames(units), pp.unitNames[i], pp.directory);
}

/**
 * The row's lead unit is plan task i's lead by meaning (alias or successor name). A row or plan
 * task without a lead has nothing to compare: true.
 */
export function sameLeadAsPlan(pp: PreparedPlan, i: number, units: ParsedUnits): boolean {
  const planLead = pp.leadNames[i];
  const rowLead = leadName(units);
  if (planLead === null || rowLead === null) return true;
  return related(rowLead, planLead, pp.directory);
}

/** Match objects are few (tasks x 3 ways) and shared by the rows that match the same way. */
function matchOf(pp: PreparedPlan, index: number, via: PlanMatch['via']): PlanMatch {
  const key = index * 3 + (via === 'text' ? 0 : via === 'near' ? 1 : 2);
  let m = pp.matches[key];
  if (!m) m = pp.matches[key] = Object.freeze({ index, task: pp.plan.tasks[index], via });
  return m;
}

/** Several candidates: prefer the one whose 序号 agrees, then the first. */
function pick(candidates: number[], pp: PreparedPlan, seq: number | null): number {
  if (seq !== null) {
    const same = candidates.find((i) => pp.plan.tasks[i].seq === seq);
    if (same !== undefined) return same;
  }
  return candidates[0];
}

const NONE: number[] = [];

/**
 * A plan task shares at most `hits` bigrams with the text (the filter may overcount, never
 * undercount) and has at least minBigrams of its own: when even that cannot reach the threshold,
 * no plan task can (most local task texts). False: no near match.
 */
function nearBound(pp: PreparedPlan, g: BigramSet): boolean {
  const items = g.items;
  let hits = 0;
  for (let k = 0; k < g.size; k++) if (inFilter(pp.bigramBits, items[k])) hits++;
  return reachesNear(hits, g.size, pp.minBigrams);
}

/**
 * Whether textMatch may find anything for the key made of the first n code units of `u` with
 * hash `hash` (see scanTaskKey): false means textMatch gives null, without the key string.
 */
export function mayMatchText(pp: PreparedPlan, u: Uint16Array, n: number, hash: number): boolean {
  if (n === 0) return false;
  if (pp.keyHashes.has(hash)) return true;
  if (n < 2) return false;
  return pp.rowBigrams.mayReach(u, n, pp.bigramBits, pp.minBigrams);
}

/** Plan tasks whose text is near-identical to `key`, best first (ties keep plan order). */
function nearCandidates(pp: PreparedPlan, key: string): number[] {
  if (key.length < 2) return NONE;
  const g = pp.rowBigrams.load(key);
  if (!nearBound(pp, g)) return NONE;
  const items = g.items;
  const size = g.size;
  // Shared counters over plan tasks (reset below): no allocation per candidate.
  const inter = pp.scratch;
  const touched: number[] = [];
  for (let k = 0; k < size; k++) {
    const list = pp.bigramIndex.get(items[k]);
    if (!list) continue;
    for (const i of list) {
      if (inter[i]++ === 0) touched.push(i);
    }
  }
  let best: number[] = [];
  let bestScore = NEAR_MATCH_THRESHOLD;
  for (const i of touched) {
    const n = inter[i];
    inter[i] = 0;
    const score = (2 * n) / (size + pp.bigramSizes[i]);
    if (score > bestScore + 1e-9) {
      best = [i];
      bestScore = score;
    } else if (Math.abs(score - bestScore) <= 1e-9) {
      best.push(i);
    }
  }
  return best.sort((a, b) => a - b);
}

/** The plan tasks a task text matches by text, and how (computed once per distinct text). */
export interface TextMatch {
  candidates: number[];
  via: 'text' | 'near';
}

/** Exact matches are shared objects, one per plan task text. */
const exactMatches = new WeakMap<PreparedPlan, Map<string, TextMatch>>();

/** The plan tasks whose text equals `key` (exact) or else is near-identical to it; null: none. */
export function textMatch(pp: PreparedPlan, key: string): TextMatch | null {
  if (!key) return null;
  const exact = pp.byKey.get(key);
  if (exact) {
    let shared = exactMatches.get(pp);
    if (!shared) exactMatches.set(pp, (shared = new Map()));
    let m = shared.get(key);
    if (!m) shared.set(key, (m = Object.freeze({ candidates: exact, via: 'text' as const })));
    return m;
  }
  // Bigram similarity only when no plan task has the exact text.
  const near = nearCandidates(pp, key);
  return near.length ? { candidates: near, via: 'near' } : null;
}

/**
 * A row's plan match given its text match (see textMatch); without one, the content match
 * (序号 + units + time agree).
 */
export function matchRowWith(pp: PreparedPlan, row: MatchInput, text: TextMatch | null): PlanMatch | null {
  if (text) return matchOf(pp, pick(text.candidates, pp, row.seq), text.via);
  // Edited text: the row is the plan task whose 序号, units and time all agree. 序号 alone never decides.
  if (row.seq === null) return null;
  const bySeq = row.seq < pp.bySeqIndex.length ? pp.bySeqIndex[row.seq] : pp.bySeq.get(row.seq);
  if (!bySeq) return null;
  for (const i of bySeq) {
    if (row.unitsKey === '' || !sameUnitsAsPlan(pp, i, row.unitsKey, row.parsedUnits)) continue;
    if (!sameTime(row.timeWords, row.schedule, pp.timeWords[i], pp.schedules[i])) continue;
    return matchOf(pp, i, 'content');
  }
  return null;
}

/** matchRow with the text matches memoised per task key in `memo`. */
export function matchRow(pp: PreparedPlan, row: MatchInput, memo: Map<string, TextMatch | null>): PlanMatch | null {
  let text = memo.get(row.taskKey);
  if (text === undefined) {
    text = textMatch(pp, row.taskKey);
    memo.set(row.taskKey, text);
  }
  return matchRowWith(pp, row, text);
}
