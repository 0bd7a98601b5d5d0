// Phrase family 1: an exact date, with or without 前 and a verb (2018年6月30日前完成, 2018-06-30,
// 2018/6/30, 2018.6.30, 6月30日前). The due date is that day.

import type { Schedule } from '../types';
import { beforeWordLength, isPlainTrailer, type ParseContext, type Phrase } from './phrase';
import { DAY_POINTS, INVALID, readPoint } from './point';

export function parseExactDate(p: Phrase, ctx: ParseContext, defaultYear: number | null = null): Schedule | null {
  const point = readPoint(p.s, 0, DAY_POINTS, ctx, defaultYear);
  if (point === null) return null;
  if (point === INVALID) return { kind: 'unknown' };
  const pos = point.next + beforeWordLength(p.s, point.next);
  if (!isPlainTrailer(p.s.slice(pos))) return null;
  return { kind: 'deadline', due: point.span.end };
}
