import type { RuleModule } from './types';
import { rowsFor } from './util';
import type { ParsedUnits } from '../units';

export const rule: RuleModule = {
  meta: {
    id: 'unit-alias',
    severity: 'warning',
    description: {
      'zh-CN': '单位使用了非规范名称（改革后的新名称不算）',
      en: 'A unit is written under a non-canonical name (names after the 2018 reform are not aliases)',
    },
    messages: {
      alias: {
        'zh-CN': '单位“{unit}”的规范名称是“{canonical}”',
        en: 'The canonical name of “{unit}” is “{canonical}”',
      },
    },
  },
  check(ctx) {
    // Parsed units are shared between rows with the same cell text: work each out once.
    const memo = new Map<ParsedUnits, Array<{ unit: string; canonical: string }>>();
    const aliasesIn = (p: ParsedUnits) => {
      let found = memo.get(p);
      if (!found) {
        found = [];
        for (const u of p.units) {
          if (u.canonical === null || u.canonical === u.name) continue;
          const r = ctx.directory.resolve(u.name);
          // One frozen data object per distinct cell, shared by the issues of every row repeating it.
          if (r && r.via === 'alias') found.push(Object.freeze({ unit: u.name, canonical: r.canonical }));
        }
        memo.set(p, found);
      }
      return found;
    };
    for (const row of rowsFor(ctx, 'unclean')) {
      for (const src of row.unitSources) {
        if (src.clean) continue;
        for (const data of aliasesIn(src.parsed)) {
          ctx.report({ row, column: src.key, messageId: 'alias', data });
        }
      }
    }
  },
};
