// Matching ledger rows to the reference plan's tasks, by content (spec "The rules", last
// paragraphs). Computed once per check by the engine; plan-mismatch, plan-missing and
// time-outside-plan read the result.

import type { IsoDate, Schedule } from '../types';
import { normalizeText } from '../normalize';
import type { Plan } from '../plan';
import type { ParsedUnits, UnitDirectory } from '../units';
import type { PlanMatch } from './types';
import { taskKey } from './util';

/** Dice coefficient over character bigrams at or above which two task texts are the same task. */
export const NEAR_MATCH_THRESHOLD = 0.8;

export interface PreparedPlan {
  plan: Plan;
  keys: string[];
  byKey: Map<string, number[]>;
  bySeq: Map<number, number[]>;
  bigramSizes: number[];
  bigramIndex: Map<number, number[]>;
  /** Shared match objects, by index * 3 + way. */
  matches: PlanMatch[];
  /** Per-task counters for nearCandidates, all zero between calls. */
  scratch: Int32Array;
  schedules: Schedule[];
  unitKeys: string[];
  unitNames: string[][];
  directory: UnitDirectory;
  timeWords: string[];
}

/** The row facts matching needs. */
export interface MatchInput {
  taskKey: string;
  seq: number | null;
  unitsKey: string;
  units: ParsedUnits;
  timeWords: string;
  schedule: Schedule;
}

/** Character bigrams as numbers (two UTF-16 units), so no strings are built per comparison. */
export function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  if (s.length === 1) out.add(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) out.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  return out;
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

/** The units of a row as a comparable key: canonical names, sorted. Equal keys: the same units. */
export function unitsKey(parsed: ParsedUnits): string {
  return unitNames(parsed).sort().join('|');
}

/**
 * Two unit lists name the same units by meaning: every unit of one is in the other, under its
 * canonical name or as the other's 2018-reform successor (省法制办 ~ 省司法厅). Like `sameUnit`, two
 * predecessors merged into one successor stay different from each other.
 */
export function sameUnitSets(a: readonly string[], b: readonly string[], dir: UnitDirectory): boolean {
  const rel = (x: string, y: string) => x === y || dir.currentName(x) === y || dir.currentName(y) === x;
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
      const r = b as { every: string; due?: string };
      const dueA = a.due ?? (a.every === 'year' ? '12-31' : '');
      const dueB = r.due ?? (r.every === 'year' ? '12-31' : '');
      return a.every === r.every && dueA === dueB;
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
    bySeq,
    bigramSizes,
    bigramIndex,
    scratch: new Int32Array(plan.tasks.length),
    matches: [],
    schedules: plan.tasks.map((t) => parseSchedule(t.time)),
    unitKeys: parsedUnits.map(unitsKey),
    unitNames: parsedUnits.map(unitNames),
    directory,
    timeWords: plan.tasks.map((t) => normalizeText(t.time)),
  };
}

/** The row's units are plan task i's units by meaning. */
export function sameUnitsAsPlan(pp: PreparedPlan, i: number, key: string, units: ParsedUnits): boolean {
  return key === pp.unitKeys[i] || sameUnitSets(unitNames(units), pp.unitNames[i], pp.directory);
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

/** Plan tasks whose text is near-identical to `key`, best first (ties keep plan order). */
function nearCandidates(pp: PreparedPlan, key: string): number[] {
  if (key.length < 2) return [];
  const g = bigrams(key);
  // Shared counters over plan tasks (reset below): no allocation per candidate.
  const inter = pp.scratch;
  const touched: number[] = [];
  for (const b of g) {
    const hits = pp.bigramIndex.get(b);
    if (!hits) continue;
    for (const i of hits) {
      if (inter[i]++ === 0) touched.push(i);
    }
  }
  let best: number[] = [];
  let bestScore = NEAR_MATCH_THRESHOLD;
  for (const i of touched) {
    const n = inter[i];
    inter[i] = 0;
    const score = (2 * n) / (g.size + pp.bigramSizes[i]);
    if (score > bestScore + 1e-9) {
      best = [i];
      bestScore = score;
    } else if (Math.abs(score - bestScore) <= 1e-9) {
      best.push(i);
    }
  }
  return best.sort((a, b) => a - b);
}

/**
 * Text matches (exact or near) are memoised per task text in `memo`; the content match
 * (序号 + units + time agree) is per row.
 */
export function matchRow(pp: PreparedPlan, row: MatchInput, memo: Map<string, number[] | null>): PlanMatch | null {
  if (row.taskKey) {
    const exact = pp.byKey.get(row.taskKey);
    if (exact) return matchOf(pp, pick(exact, pp, row.seq), 'text');
    let near = memo.get(row.taskKey);
    if (near === undefined) {
      const c = nearCandidates(pp, row.taskKey);
      near = c.length ? c : null;
      memo.set(row.taskKey, near);
    }
    if (near) return matchOf(pp, pick(near, pp, row.seq), 'near');
  }
  // Edited text: the row is the plan task whose 序号, units and time all agree. 序号 alone never decides.
  if (row.seq === null) return null;
  const bySeq = pp.bySeq.get(row.seq);
  if (!bySeq) return null;
  for (const i of bySeq) {
    if (row.unitsKey === '' || !sameUnitsAsPlan(pp, i, row.unitsKey, row.units)) continue;
    if (!sameTime(row.timeWords, row.schedule, pp.timeWords[i], pp.schedules[i])) continue;
    return matchOf(pp, i, 'content');
  }
  return null;
}
