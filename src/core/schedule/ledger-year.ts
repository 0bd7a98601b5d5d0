// The ledger's own year (spec "Details that decide edge cases"): the year its title names as its own
// (2023年…工作, 2022年度…民生实事), ignoring report dates (截至…, 填报时间…, 报送…); a title range
// (2021—2025年) makes tasks due at the range's end. A ledger without a 时间要求 column is a year's list.

import { cellText, chineseNumeralsToDigits, normalizeText } from '../normalize';
import type { CellValue, IsoDate } from '../types';

export interface LedgerYear {
  year: number;
  /** The due date of a year's list: 12-31 of the year, or of a range's last year. */
  due: IsoDate;
  source: 'title' | 'sheet';
}

/** Report dates in a title or note line: 截至2023年6月底, 填报时间：2023年7月5日, 报送日期2023.7. */
const REPORT_DATE_RE =
  /(?:截至|截止|截止到|填报|填表|报送|统计|更新|制表)(?:时间|日期)?[:]?(?:\d{4}[年.\-/]?(?:\d{1,2}[月.\-/]?(?:\d{1,2}[日号]?)?)?(?:底|末)?)/g;
const RANGE_RE = /(?<!\d)(\d{4})(?:年)?(?:—|-|~|至|到)(\d{4})年/;
const YEAR_RE = /(?<!\d)(\d{4})年(?:度)?/g;

/** The years one text names as its own, or a range's last year; [] for none. */
function yearsIn(text: string): number[] {
  const s = chineseNumeralsToDigits(normalizeText(text)).replace(REPORT_DATE_RE, '');
  const range = RANGE_RE.exec(s);
  if (range) return [+range[2]];
  const out: number[] = [];
  for (const m of s.matchAll(YEAR_RE)) {
    const y = +m[1];
    if (y >= 1990 && y <= 2100) out.push(y);
  }
  return out;
}

/** The one year the title rows name, else the one the sheet name names; null when none or several. */
export function ledgerYear(values: CellValue[][], headerFirstRow: number, sheetName?: string | null): LedgerYear | null {
  const fromTitle = new Set<number>();
  for (let r = 0; r < headerFirstRow; r++) {
    for (const v of values[r] ?? []) if (typeof v === 'string') for (const y of yearsIn(cellText(v))) fromTitle.add(y);
  }
  if (fromTitle.size === 1) return of([...fromTitle][0], 'title');
  if (fromTitle.size === 0 && sheetName) {
    const fromSheet = new Set(yearsIn(sheetName));
    if (fromSheet.size === 1) return of([...fromSheet][0], 'sheet');
  }
  return null;
}

function of(year: number, source: LedgerYear['source']): LedgerYear {
  return { year, due: `${year}-12-31`, source };
}
