// Matching ledger rows to the reference plan's tasks, by content (spec "The rules", last
// paragraphs): the task text first (exact, then near-identical), else 序号 + units + time together.
// plan-mismatch, plan-missing and time-outside-plan read the matches the engine records.

import { normalizeText } from '../normalize';
import { parseSchedule } from '../schedule';
import type { IsoDate, Schedule } from '../types';
import { sharedParsedUnits, type ParsedUnits, type UnitDirectory } from '../units';
import type { Plan, PlanTask } from './parse-plan';
import type { LedgerRow } from '../rules/types';

/** Dice coefficient over character bigrams at or above which two task texts are the same task. */
export const NEAR_MATCH_THRESHOLD = 0.8;
/** Scores within this of each other are ties (floating-point noise). */
const EPSILON = 1e-9;

export interface PlanMatch {
  /** Index into plan.tasks. */
  index: number;
  task: PlanTask;
  /** text: same normalised text; near: near-identical text; content: 序号 + units + time agree. */
  via: 'text' | 'near' | 'content';
}

/** The plan with what matching compares worked out once per check. */
export interface PreparedPlan {
  plan: Plan;
  directory: UnitDirectory;
  asOf: IsoDate;
  /** Plan task indexes by task key (exact text). */
  byKey: Map<string, number[]>;
  /** Plan task indexes by 序号. */
  bySeq: Map<number, number[]>;
  /** Plan task indexes by character bigram of their key, and each key's bigram count. */
  byBigram: Map<number, number[]>;
  bigramCounts: number[];
  /** Bigrams shared with each plan task while one text is matched (zero between texts). */
  shared: number[];
  schedules: Schedule[];
  parsedUnits: ParsedUnits[];
  unitKeys: string[];
  unitNames: string[][];
  /** Each task's lead: canonical name (for comparing) and as the plan writes it (for messages). */
  leadNames: Array<string | null>;
  leads: Array<string | null>;
  timeWords: string[];
  /** Text matches per task key, kept with the plan: the ledgers of one plan repeat its texts. */
  textMatches: Map<string, TextMatch | null>;
}

/** What matching needs of a row. */
type MatchInput = Pick<LedgerRow, 'seq' | 'unitsKey' | 'parsedUnits' | 'timeWords' | 'schedule'>;

// Punctuation and quotes that differ between copies of the same text without changing it.
const TEXT_NOISE = /[“”"'‘’「」『』《》〈〉<>、,，。.;；:：!！?？·•()（）\-—_]/g;

/** Task text in comparable form: normalised, punctuation and quotes dropped. */
export function taskKey(text: string): string {
  return normalizeText(text).replace(TEXT_NOISE, '');
}

/** Character bigrams as numbers (two UTF-16 units in one integer); a one-character text is its character. */
export function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  if (s.length === 1) out.add(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) out.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
  return out;
}

/** Canonical names of a cell's units (unknown units by their normalised text), deduplicated. */
export function unitNames(parsed: ParsedUnits): string[] {
  return [...new Set(parsed.units.map((u) => u.canonical ?? normalizeText(u.name)))];
}

/** The units as a comparable key: canonical names, sorted. Equal keys: the same units. */
export function unitsKey(parsed: ParsedUnits): string {
  return unitNames(parsed).sort().join('|');
}

/** Canonical name of the lead unit (unknown units by their normalised text), or null without a lead. */
export function leadName(parsed: ParsedUnits): string | null {
  const lead = parsed.units.find((u) => u.role === 'lead');
  return lead ? (lead.canonical ?? normalizeText(lead.name)) : null;
}

/** The same unit by meaning: equal canonical names, or one is the other's 2018-reform successor. */
function related(x: string, y: string, dir: UnitDirectory): boolean {
  return x === y || dir.currentName(x) === y || dir.currentName(y) === x;
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

function addTo<K>(m: Map<K, number[]>, k: K, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}

/** The last plan prepared: a bulk run checks many ledgers against one plan, directory and date. */
let lastPrepared: PreparedPlan | null = null;

export function preparePlan(plan: Plan, directory: UnitDirectory, asOf: IsoDate): PreparedPlan {
  const last = lastPrepared;
  if (last && last.plan === plan && last.directory === directory && last.asOf === asOf) return last;
  lastPrepared = prepare(plan, directory, asOf);
  return lastPrepared;
}

function prepare(plan: Plan, directory: UnitDirectory, asOf: IsoDate): PreparedPlan {
  const byKey = new Map<string, number[]>();
  const bySeq = new Map<number, number[]>();
  const byBigram = new Map<number, number[]>();
  const bigramCounts: number[] = [];
  plan.tasks.forEach((t, i) => {
    const key = taskKey(t.task);
    addTo(byKey, key, i);
    addTo(bySeq, t.seq, i);
    const g = bigrams(key);
    bigramCounts.push(g.size);
    for (const b of g) addTo(byBigram, b, i);
  });
  const parsedUnits = plan.tasks.map((t) => sharedParsedUnits(t.units, directory));
  return {
    plan,
    directory,
    asOf,
    byKey,
    bySeq,
    byBigram,
    bigramCounts,
    shared: plan.tasks.map(() => 0),
    schedules: plan.tasks.map((t) => parseSchedule(t.time, { asOf })),
    parsedUnits,
    unitKeys: parsedUnits.map(unitsKey),
    unitNames: parsedUnits.map(unitNames),
    leadNames: parsedUnits.map(leadName),
    leads: parsedUnits.map((p) => p.lead),
    timeWords: plan.tasks.map((t) => normalizeText(t.time)),
    textMatches: new Map(),
  };
}

/**
 * The row's units are plan task i's units by meaning: every unit of one is in the other, under its
 * canonical name or as the other's 2018-reform successor (省法制办 ~ 省司法厅).
 */
export function sameUnitsAsPlan(pp: PreparedPlan, i: number, key: string, units: ParsedUnits): boolean {
  if (key === pp.unitKeys[i]) return true;
  const [a, b] = [unitNames(units), pp.unitNames[i]];
  const rel = (x: string, y: string) => related(x, y, pp.directory);
  return a.every((x) => b.some((y) => rel(x, y))) && b.every((y) => a.some((x) => rel(x, y)));
}

/** The row's lead is plan task i's lead by meaning; a row or task without a lead has nothing to compare. */
export function sameLeadAsPlan(pp: PreparedPlan, i: number, units: ParsedUnits): boolean {
  const planLead = pp.leadNames[i];
  const rowLead = leadName(units);
  if (planLead === null || rowLead === null) return true;
  return related(rowLead, planLead, pp.directory);
}

/** Plan tasks whose text is near-identical to `key`: the best Dice score at or above the threshold, ties in plan order. */
function nearCandidates(pp: PreparedPlan, key: string): number[] {
  if (key.length < 2) return [];
  const g = bigrams(key);
  // Bigrams shared with each plan task that shares any.
  const shared = pp.shared;
  const touched: number[] = [];
  for (const b of g) {
    const tasks = pp.byBigram.get(b);
    if (tasks) for (const i of tasks) if (shared[i]++ === 0) touched.push(i);
  }
  let best: number[] = [];
  let bestScore = NEAR_MATCH_THRESHOLD;
  for (const i of touched) {
    const score = (2 * shared[i]) / (g.size + pp.bigramCounts[i]);
    shared[i] = 0;
    if (score > bestScore + EPSILON) {
      best = [i];
      bestScore = score;
    } else if (Math.abs(score - bestScore) <= EPSILON) {
      best.push(i);
    }
  }
  return best.sort((a, b) => a - b);
}

/** The plan tasks a task text matches by text, and how. */
export interface TextMatch {
  candidates: number[];
  via: 'text' | 'near';
}

/** The plan tasks whose text equals `key` (exact) or else is near-identical to it; null: none. */
export function textMatch(pp: PreparedPlan, key: string): TextMatch | null {
  let m = pp.textMatches.get(key);
  if (m === undefined) {
    m = findTextMatch(pp, key);
    if (pp.textMatches.size >= 50000) pp.textMatches.clear(); // a bound, not an LRU
    pp.textMatches.set(key, m);
  }
  return m;
}

function findTextMatch(pp: PreparedPlan, key: string): TextMatch | null {
  if (!key) return null;
  const exact = pp.byKey.get(key);
  if (exact) return { candidates: exact, via: 'text' };
  const near = nearCandidates(pp, key);
  return near.length ? { candidates: near, via: 'near' } : null;
}

/** A row's plan match given its text match; without one, the plan task whose 序号, units and time all agree. */
export function matchRow(pp: PreparedPlan, row: MatchInput, text: TextMatch | null): PlanMatch | null {
  const match = (index: number, via: PlanMatch['via']): PlanMatch => ({ index, task: pp.plan.tasks[index], via });
  if (text) {
    // Several candidates: the one whose 序号 agrees, else the first.
    const same = row.seq === null ? undefined : text.candidates.find((i) => pp.plan.tasks[i].seq === row.seq);
    return match(same ?? text.candidates[0], text.via);
  }
  // Edited text: 序号 alone never decides; units and time must agree too.
  if (row.seq === null || row.unitsKey === '') return null;
  for (const i of pp.bySeq.get(row.seq) ?? []) {
    if (!sameTime(row.timeWords, row.schedule, pp.timeWords[i], pp.schedules[i])) continue;
    if (!sameUnitsAsPlan(pp, i, row.unitsKey, row.parsedUnits)) continue;
    return match(i, 'content');
  }
  return null;
}
