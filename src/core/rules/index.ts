// The rule set, in the order of the spec's table (issues on the same cell are listed in this order).

import type { RuleModule } from './types';
import { rule as headerNotFound } from './header-not-found';
import { rule as missingColumn } from './missing-column';
import { rule as required } from './required';
import { rule as seqFormat } from './seq-format';
import { rule as seqDuplicate } from './seq-duplicate';
import { rule as seqOrder } from './seq-order';
import { rule as timeUnparsed } from './time-unparsed';
import { rule as timeOutsidePlan } from './time-outside-plan';
import { rule as unitUnknown } from './unit-unknown';
import { rule as unitAlias } from './unit-alias';
import { rule as taskDuplicate } from './task-duplicate';
import { rule as planMismatch } from './plan-mismatch';
import { rule as planMissing } from './plan-missing';
import { rule as overdue } from './overdue';
import { rule as dueSoon } from './due-soon';
import { rule as completedLate } from './completed-late';
import { rule as behindSchedule } from './behind-schedule';
import { rule as completionDateMissing } from './completion-date-missing';
import { rule as completionDateInvalid } from './completion-date-invalid';
import { rule as timeDefault } from './time-default';
import { rule as progressConflict } from './progress-conflict';

export const RULES: readonly RuleModule[] = Object.freeze([
  headerNotFound,
  missingColumn,
  required,
  seqFormat,
  seqDuplicate,
  seqOrder,
  timeUnparsed,
  timeOutsidePlan,
  unitUnknown,
  unitAlias,
  taskDuplicate,
  planMismatch,
  planMissing,
  overdue,
  dueSoon,
  completedLate,
  behindSchedule,
  completionDateMissing,
  completionDateInvalid,
  timeDefault,
  progressConflict,
]);

/** All rule ids, in table order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function getRule(id: string): RuleModule | undefined {
  return BY_ID.get(id);
}

export type { RuleMeta, RuleModule, RuleContext, RowContext, IssueReport, PlanMatch, PlanContext } from './types';
export { NEAR_MATCH_THRESHOLD, sameSchedule, unitsKey } from '../plan/match';
export { parseSeq, taskKey } from './util';
