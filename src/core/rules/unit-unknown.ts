import type { RuleModule } from './types';
import { normalizeText } from '../normalize';
import { readUnknownUnit, type UnknownUnitReading } from '../units/spelling';

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
    // Rows naming each spelling, counted on the first name that needs it.
    let spellings: Map<string, number> | null = null;
    const ledgerSpellings = (): Map<string, number> => {
      if (!spellings) {
        spellings = new Map();
        for (const row of ctx.rows) {
          for (const n of new Set(row.parsedUnits.units.map((u) => normalizeText(u.name)))) spellings.set(n, (spellings.get(n) ?? 0) + 1);
        }
      }
      return spellings;
    };
    const readings = new Map<string, UnknownUnitReading>();
    // Per cell on a ledger of the reference plan; elsewhere one list of the names still unknown.
    const perCell = ctx.plan?.planLedger ?? false;
    const listed = new Map<string, number>();
    for (const row of ctx.rows) {
      const seen = new Set<string>();
      for (const src of row.unitSources) {
        for (const u of src.parsed.units) {
          if (u.canonical !== null || u.name === '') continue;
          let r = readings.get(u.name);
          if (!r) readings.set(u.name, (r = readUnknownUnit(u.name, ctx.directory, ledgerSpellings)));
          if (r.kind === 'typo') {
            ctx.report({ row, column: src.key, messageId: 'nearMiss', severity: 'error', data: { unit: u.name, suggestion: r.spelling } });
          } else if (r.kind === 'unknown') {
            if (perCell) ctx.report({ row, column: src.key, messageId: 'unknown', severity: 'warning', data: { unit: u.name } });
            else if (!seen.has(u.name)) {
              seen.add(u.name);
              listed.set(u.name, (listed.get(u.name) ?? 0) + 1);
            }
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
