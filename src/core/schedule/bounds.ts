// Bounds in front of a recurring or ongoing phrase: 2018年起每年开展, 自2018年7月起, 从2019年开始,
// 2018—2022年每年开展. They limit when the cycles run; they are not deadlines.

import type { IsoDate } from '../types';
import { matchAt, type ParseContext, type Phrase } from './phrase';
import { ALL_POINTS, INVALID, readPoint } from './point';

export interface Bounds {
  from: IsoDate;
  until?: IsoDate;
  /** The phrase after the bounds. */
  rest: Phrase;
}

const FROM_PREFIX_RE = /(?:自|从)?/y;
const SINCE_RE = /(?<since>起|开始|以来)(?<sep>[,;、])?/y;
const JOIN_RE = /(?:—|-|~|〜|至|到)/y;
const SEP_RE = /[,;、]?/y;

/** Reads leading bounds; null if the phrase does not start with them, 'invalid' for impossible dates. */
export function readBounds(p: Phrase, ctx: ParseContext): Bounds | 'invalid' | null {
  const s = p.s;
  let pos = matchAt(FROM_PREFIX_RE, s, 0)![0].length;
  const a = readPoint(s, pos, ALL_POINTS, ctx);
  if (a === null) return null;
  if (a === INVALID) return 'invalid';
  pos = a.next;
  const since = matchAt(SINCE_RE, s, pos);
  if (since) {
    return { from: a.span.start, rest: { s: s.slice(pos + since[0].length) } };
  }
  const join = matchAt(JOIN_RE, s, pos);
  if (!join) return null;
  const b = readPoint(s, pos + join[0].length, ALL_POINTS, ctx, a.span.year);
  if (b === null) return null;
  if (b === INVALID || b.span.end < a.span.start) return 'invalid';
  pos = b.next + matchAt(SEP_RE, s, b.next)![0].length;
  return { from: a.span.start, until: b.span.end, rest: { s: s.slice(pos) } };
}
