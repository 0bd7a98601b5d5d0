// What a unit name the directory does not hold is (spec "Unit typos", "Units of a city's or county's
// ledger"): a collective or usual department known as written, a misspelling of a likely spelling,
// or still unknown.

import { normalizeText } from '../normalize';
import type { UnitDirectory } from './directory';
import { isKnownLocalUnit, isLocalCollective, nearDepartment, oneSubstitution } from './local';

export type UnknownUnitReading = { kind: 'known' } | { kind: 'typo'; spelling: string } | { kind: 'unknown' };

const LEVEL_PREFIX = /^[省市县区]/;

/**
 * In order: a collective is never corrected (县直有关部门); a directory name one character away with the
 * same level comes first (省财政局 -> 省财政厅); a usual department is then known as written; then the
 * spelling the ledger itself writes on at least two rows and more rows than this one (县卫建局 -> 县卫健局);
 * then a usual department one character away (县教肓局 -> 县教育局). `ledgerSpellings` counts the rows
 * naming each normalised name; it is asked for only when needed.
 */
export function readUnknownUnit(name: string, dir: UnitDirectory, ledgerSpellings: () => Map<string, number>): UnknownUnitReading {
  if (isLocalCollective(name)) return { kind: 'known' };
  let spelling = dir.nearMiss(name);
  // 市财政局 is not a typo of 省财政局: a different level is a different unit.
  if (spelling && LEVEL_PREFIX.test(name) && LEVEL_PREFIX.test(spelling) && name[0] !== spelling[0]) spelling = null;
  if (!spelling && isKnownLocalUnit(name)) return { kind: 'known' };
  if (!spelling) {
    const counts = ledgerSpellings();
    const key = normalizeText(name);
    const own = counts.get(key) ?? 0;
    let best = 0;
    for (const [other, n] of counts) {
      if (n >= 2 && n > own && n > best && oneSubstitution(key, other)) {
        spelling = other;
        best = n;
      }
    }
  }
  spelling ??= nearDepartment(name);
  return spelling ? { kind: 'typo', spelling } : { kind: 'unknown' };
}
