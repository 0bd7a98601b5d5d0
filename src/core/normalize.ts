// Text normalisation shared by the schedule parser, the units parser and header detection.
// Ledgers arrive typed on many machines: full-width digits, mixed brackets, stray spaces and
// line breaks inside cells, Chinese numerals. Everything is folded here, once.

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Characters NFKC keeps (ASCII, CJK ideographs, 、。〈〉《》「」『』【】〔〕〖〗 ‘’“” —) or maps one to one (FF01–FF5E). */
const USUAL_TEXT_RE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014-\u3017\u2018\u2019\u201c\u201d\u2014\uff01-\uff5e]*$/;
/** What normalizeText changes in such text, in one pass (see foldUsual). */
const USUAL_FOLD_RE = /[\uff01-\uff5e〔【\[〕】\]]|[—–―‒−]+|[\s\u00a0\u3000\u200b\ufeff]+/g;

function foldUsual(m: string): string {
  let c = m.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full width -> ASCII, as NFKC does
  if (c === 0x5b || m === '〔' || m === '【') return '(';
  if (c === 0x5d || m === '〕' || m === '】') return ')';
  if (c < 0x7f && !/\s/.test(m)) return String.fromCharCode(c);
  return /^[—–―‒−]/.test(m) ? '—' : '';
}

/** NFKC, in one cheap pass for the usual cell text (see USUAL_TEXT_RE). */
export function nfkc(s: string): string {
  return USUAL_TEXT_RE.test(s) ? s.replace(FULL_WIDTH_RE, toHalfWidth) : s.normalize('NFKC');
}

const FULL_WIDTH_RE = /[\uff01-\uff5e]/g;
function toHalfWidth(c: string): string {
  return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/**
 * NFKC (full-width digits, letters and punctuation become ASCII; full-width brackets become "()"),
 * then Chinese brackets 〔〕【】［］ become "()", dashes (—, –, ―, －, ~, 〜) become "—" when used as
 * range joiners is left to the callers; here all horizontal dashes fold to "—" except ASCII "-".
 * Spaces (including ideographic and non-breaking) and line breaks are removed.
 */
export function normalizeText(s: string): string {
  // Most cell text is ASCII, CJK ideographs and the usual punctuation, which NFKC leaves alone or
  // (full-width ASCII) shifts one to one: one pass instead of NFKC (about a microsecond a cell).
  if (USUAL_TEXT_RE.test(s)) return s.replace(USUAL_FOLD_RE, foldUsual);
  let out = s.normalize('NFKC');
  out = out.replace(/[〔【［\[]/g, '(').replace(/[〕】］\]]/g, ')');
  out = out.replace(/[—–―‒−]+/g, '—');
  out = out.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  return out;
}

/**
 * Replaces runs of Chinese numerals with digits: 二〇一八 -> 2018 (digit by digit), 十 -> 10,
 * 十二 -> 12, 二十 -> 20, 二十一 -> 21. Only 〇一二三四五六七八九十零两 are read; 百/千 are not
 * needed by any time requirement and are left alone.
 */
export function chineseNumeralsToDigits(s: string): string {
  return s.replace(/[〇零一二两三四五六七八九十]+/g, (run) => {
    if (!run.includes('十')) {
      // 二〇一八 style: positional digits; a lone 一 is 1.
      return run
        .split('')
        .map((c) => String(CN_DIGITS[c]))
        .join('');
    }
    // 十, 十二, 二十, 二十一: at most one 十 with a tens digit before and a units digit after.
    const m = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(run);
    if (!m) return run;
    const tens = m[1] ? CN_DIGITS[m[1]] : 1;
    const units = m[2] ? CN_DIGITS[m[2]] : 0;
    return String(tens * 10 + units);
  });
}

/** Plain text of any cell value, for parsers that work on text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return '';
}
