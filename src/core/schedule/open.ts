// Phrase family 5: open schedules, no fixed date. What real ledgers write for "per regulations",
// "as needed" and "ongoing": 执行党中央和省委规定, 执行国家规定, 按省政府部署, 根据实际需要制订, 适时完成,
// 视情开展, 长期坚持, 持续推进, 常态化开展. A phrase that carries any date (digits, 年/月/季/旬) is never
// open: 2018年底前完成并持续推进 must not be swallowed by 持续.

import type { Schedule } from '../types';
import { readBounds } from './bounds';
import { isPlainTrailer, type ParseContext, type Phrase } from './phrase';

/** Words whose year character does not date the phrase. */
const YEARLESS_WORDS_RE = /全年|常年|长年|多年|历年/g;
/** Words with 一 that the numeral pass turned into 1 (统一 -> 统1): not dates. */
const NUMERAL_WORDS_RE = /统1|1体|1律|1并|1贯|1以贯之|1直/g;
const DATED_RE = /[\d年月季旬]|上旬|中旬|下旬/;
/** Urgent but undated (尽快, 及时, 立即 …): no date to judge against, and not "ongoing" either. */
const URGENT_RE = /尽快|尽早|及早|及时|立即|马上|抓紧|限期|近期|待定|另行|另定/;

const OPEN_PATTERNS: RegExp[] = [
  // per regulations / instructions: time set by others
  /(?<rules>(?:执行|按照?|依照?|依据|根据|遵照|参照).{0,20}?(?:规定|要求|部署|安排|进度|时限|节点|政策|制度|标准|计划))/,
  // as needed / when the time is right
  /(?<asNeeded>适时|视情况?|按需|根据(?:实际|工作)?需要|根据实际|根据情况|随时|不定期|定期)/,
  // ongoing
  /(?<ongoing>1以贯之|1直坚持|长期|持续|常态化?|常年|长年|长效|全年|全程|经常性?|日常|动态|滚动|坚持不懈|常抓不懈|久久为功|贯穿始终)/,
];

function parsePlainOpen(s: string): boolean {
  if (s === '' || s.length > 60) return false;
  if (URGENT_RE.test(s)) return false;
  if (DATED_RE.test(s.replace(YEARLESS_WORDS_RE, '').replace(NUMERAL_WORDS_RE, ''))) return false;
  return OPEN_PATTERNS.some((re) => re.test(s));
}

export function parseOpen(p: Phrase, ctx: ParseContext): Schedule | null {
  if (parsePlainOpen(p.s)) return { kind: 'open' };
  // 2018年起长期坚持, 自2019年起施行: ongoing from a date on.
  const bounds = readBounds(p, ctx);
  if (bounds === null || bounds === 'invalid' || bounds.until) return null;
  const rest = bounds.rest.s;
  if (URGENT_RE.test(rest)) return null;
  // bare 2018年起, or a verb (2018年起施行), or an open phrase (2018年起长期坚持)
  if (!(isPlainTrailer(rest) || parsePlainOpen(rest))) return null;
  const out: Schedule & { from?: string } = { kind: 'open' };
  out.from = bounds.from;
  return out;
}
