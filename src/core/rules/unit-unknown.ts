import type { RuleModule } from './types';
import { normalizeText } from '../normalize';
import { isKnownLocalUnit, isLocalCollective, nearDepartment, oneSubstitution } from '../units/local';

const LEVEL_PREFIX = /^[省市县区]/;

export const rule: RuleModule = {
  meta: {
    id: 'unit-unknown',
    severity: 'warning',
    category: 'ledger',
    description: {
      'zh-CN': '单位不在单位名录中（与已知名称或本台账多处写法只差一个字时为错误，并提示正确名称；省/市/县/区级别不同视为不同单位；非计划台账只列一次清单）',
      en: 'A unit is not in the unit directory (an error when one character away from a known name or a name the ledger writes more often, which is named; a different level prefix is a different unit; a ledger not of the plan lists them once)',
    },
    messages: {
      nearMiss: {
        'zh-CN': '单位“{unit}”不在名录中，是否应为“{suggestion}”？',
        en: 'The unit “{unit}” is not in the directory; did you mean “{suggestion}”?',
      },
      unknown: {
        'zh-CN': '单位“{unit}”不在单位名录中，可在单位名录中补充',
        en: 'The unit “{unit}” is not in the unit directory; add it to the directory if it is a local unit',
      },
      unknownList: {
        'zh-CN': '单位名录中没有以下 {count} 个单位（本地单位可在单位名录中补充）：{units}',
        en: 'The unit directory does not hold these {count} units (add local units to the directory): {units}',
      },
    },
  },
  check(ctx) {
    // How often the ledger writes each name: a name one character away from one written on at least
    // two rows, and more rows than itself, is a typo of it (spec "Unit typos").
    // Worked out on the first unknown name (most ledgers of known units never need it).
    let counted: Map<string, number> | null = null;
    const rowsNamingAll = (): Map<string, number> => {
      if (!counted) {
        counted = new Map();
        for (const row of ctx.rows) {
          for (const n of new Set(row.parsedUnits.units.map((u) => normalizeText(u.name)))) counted.set(n, (counted.get(n) ?? 0) + 1);
        }
      }
      return counted;
    };
    const directoryNearMiss = (name: string): string | null => {
      const s = ctx.directory.nearMiss(name);
      // 市财政局 is not a typo of 省财政局: a different level is a different unit.
      return s && LEVEL_PREFIX.test(name) && LEVEL_PREFIX.test(s) && name[0] !== s[0] ? null : s;
    };
    const suggestions = new Map<string, string | null>();
    const suggestionFor = (name: string): string | null => {
      if (suggestions.has(name)) return suggestions.get(name)!;
      // A collective of any level (县直有关部门) is never "corrected" to another level's wording.
      if (isLocalCollective(name)) {
        suggestions.set(name, null);
        return null;
      }
      // A name the directory holds one character away comes first (省财政局 -> 省财政厅); a usual
      // department of some level is otherwise a unit of its own, known as written.
      let s = directoryNearMiss(name);
      if (!s && isKnownLocalUnit(name)) {
        suggestions.set(name, null);
        return null;
      }
      // Then the spelling the ledger itself writes more often, then a usual department (县教肓局).
      if (!s) {
        const rowsNaming = rowsNamingAll();
        const key = normalizeText(name);
        const own = rowsNaming.get(key) ?? 0;
        let best = 0;
        for (const [other, n] of rowsNaming) {
          if (n >= 2 && n > own && n > best && oneSubstitution(key, other)) {
            s = other;
            best = n;
          }
        }
      }
      s ??= nearDepartment(name);
      suggestions.set(name, s);
      return s;
    };
    // Per cell on a ledger of the reference plan; elsewhere one list of the names still unknown.
    const perCell = ctx.plan?.planLedger ?? false;
    const listed = new Map<string, number>();
    for (const row of ctx.rows) {
      const seen = new Set<string>();
      for (const src of row.unitSources) {
        for (const u of src.parsed.units) {
          if (u.canonical !== null || u.name === '') continue;
          const suggestion = suggestionFor(u.name);
          // A usual department of any level or a collective is known as written (spec: local units).
          if (!suggestion && isKnownLocalUnit(u.name)) continue;
          if (suggestion) {
            ctx.report({ row, column: src.key, messageId: 'nearMiss', severity: 'error', data: { unit: u.name, suggestion } });
          } else if (perCell) {
            ctx.report({ row, column: src.key, messageId: 'unknown', severity: 'warning', data: { unit: u.name } });
          } else if (!seen.has(u.name)) {
            seen.add(u.name);
            listed.set(u.name, (listed.get(u.name) ?? 0) + 1);
          }
        }
      }
    }
    if (listed.size > 0) {
      const units = [...listed].map(([name, n]) => `${name}（${n}）`).join('、');
      ctx.report({ row: null, column: null, messageId: 'unknownList', severity: 'info', data: { count: listed.size, units } });
    }
  },
};
