// Phrase family 6: milestones, several dated steps in one cell, due at the last:
// 2021年6月底前出台方案，12月底前完成; 2021年9月底前完成试点，2022年底前全面推开; …出台方案并于12月底前完成.
// Steps are joined by ，；、 or 并; a step without a year takes the year of the step before it; the
// steps must run forward in time. Text between steps without a date is the work of the step before.
// Tried after every other family, so 2018年启动，2020年底前完成 stays a period.

import type { Schedule } from '../types';
import { parseDeadline } from './deadline';
import { isPlainTrailer, stripLeading, type ParseContext } from './phrase';

/** Clause separators after normalisation, and 并 where a date follows it (并于12月底前完成). */
const CLAUSE_RE = /[,;、]|并(?=(?:于|在|力争|确保|争取)*\d)/;
/** 2021年启动试点，2022年底前完成: the first clause is a start year and a start word, not a deadline. */
const START_CLAUSE_RE = /^(?<y>\d{4})年度?起?(?:启动|开始|起步|着手)/;
const STEP_LIMIT = 8;

export function parseMilestones(s: string, ctx: ParseContext): Schedule | null {
  const clauses = s.split(CLAUSE_RE);
  if (clauses.length < 2 || clauses.length > STEP_LIMIT * 2) return null;
  const steps: string[] = [];
  let year: number | null = null;
  let startsWithStart = false;
  for (const clause of clauses) {
    if (clause === '') continue;
    const text = stripLeading(clause, ctx);
    const start = steps.length === 0 ? START_CLAUSE_RE.exec(text) : null;
    if (start && isPlainTrailer(text.slice(start[0].length))) {
      startsWithStart = true;
      year = +start.groups!.y;
      steps.push(`${year}-01-01`);
      continue;
    }
    const step = parseDeadline({ s: text }, ctx, year);
    if (step === null) {
      // No date: the work of the step before (出台方案，报省政府审定). A time word here is a form
      // we do not read (完成后持续推进, 2019年起…): the whole cell is not milestones.
      if (steps.length === 0 || !isPlainTrailer(clause)) return null;
      continue;
    }
    if (step.kind !== 'deadline') return { kind: 'unknown' }; // an impossible date in a step
    if (steps.length > 0 && step.due <= steps[steps.length - 1]) return { kind: 'unknown' }; // not forward
    steps.push(step.due);
    year = +step.due.slice(0, 4);
  }
  if (steps.length < 2 || steps.length > STEP_LIMIT) return null;
  // A start, then one deadline: a period (2021年启动试点，2022年底前完成).
  if (startsWithStart) return steps.length === 2 ? { kind: 'period', start: steps[0], end: steps[1] } : null;
  return { kind: 'milestones', steps };
}
