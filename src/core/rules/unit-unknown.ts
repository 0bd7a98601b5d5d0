import type { RuleModule } from './types';
import { rowsFor } from './util';
import type { ParsedUnits } from '../units';

const LEVEL_PREFIX = /^[省市县区]/;

export const rule: RuleModule = {
  meta: {
    id: 'unit-unknown',
    severity: 'warning',
    description: {
      'zh-CN': '单位不在单位名录中（与已知名称只差一个字时为错误，并提示正确名称；省/市/县/区级别不同视为不同单位）',
      en: 'A unit is not in the unit directory (an error when one character away from a known name, which is named; a different level prefix 省/市/县/区 is a different unit)',
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
    },
  },
  check(ctx) {
    type Finding = { messageId: string; severity: 'error' | 'warning'; data: Record<string, string> };
    // Parsed units are shared between rows with the same cell text: work each out once.
    const memo = new Map<ParsedUnits, Finding[]>();
    const unknownIn = (p: ParsedUnits): Finding[] => {
      let found = memo.get(p);
      if (found) return found;
      found = [];
      for (const u of p.units) {
        if (u.canonical !== null || u.name === '') continue;
        let suggestion = ctx.directory.nearMiss(u.name);
        // 市财政局 is not a typo of 省财政局: a different level is a different unit.
        if (suggestion && LEVEL_PREFIX.test(u.name) && LEVEL_PREFIX.test(suggestion) && u.name[0] !== suggestion[0]) {
          suggestion = null;
        }
        // One frozen data object per distinct cell, shared by the issues of every row repeating it.
        if (suggestion) found.push({ messageId: 'nearMiss', severity: 'error', data: Object.freeze({ unit: u.name, suggestion }) });
        else found.push({ messageId: 'unknown', severity: 'warning', data: Object.freeze({ unit: u.name }) });
      }
      memo.set(p, found);
      return found;
    };
    for (const row of rowsFor(ctx, 'unclean')) {
      for (const src of row.unitSources) {
        if (src.clean) continue;
        for (const f of unknownIn(src.parsed)) {
          ctx.report({ row, column: src.key, messageId: f.messageId, severity: f.severity, data: f.data });
        }
      }
    }
  },
};
