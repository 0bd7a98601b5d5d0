// Phrase family 1: a deadline, with or without a year, 前/以前/之前 and a verb: an exact day
// (2018年6月30日前完成, 2018-06-30, 2018/6/30, 2018.6.30, 6月30日前) or a month, quarter, half-year or
// year (2018年9月底前出台, 2019年底基本完成, 6月上旬, 年内完成, 2018年第三季度末, 上半年, 2018.6底前).
// Due at the end of the span the words name.

import type { Schedule } from '../types';
import { beforeWordLength, isPlainTrailer, type ParseContext, type Phrase } from './phrase';
import { ALL_POINTS, INVALID, readPoint } from './point';

export function parseDeadline(p: Phrase, ctx: ParseContext, defaultYear: number | null = null): Schedule | null {
  const point = readPoint(p.s, 0, ALL_POINTS, ctx, defaultYear);
  if (point === null) return null;
  // 2018年13月底前完成, 2019年2月30日: the shape of a deadline with an impossible date. Unknown, never corrected.
  if (point === INVALID) return { kind: 'unknown' };
  const pos = point.next + beforeWordLength(p.s, point.next);
  if (!isPlainTrailer(p.s.slice(pos))) return null;
  return { kind: 'deadline', due: point.span.end };
}
