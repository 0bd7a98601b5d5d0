import type { RuleModule } from './types';

export const rule: RuleModule = {
  meta: {
    id: 'unit-alias',
    severity: 'warning',
    category: 'ledger',
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
    // A collective's wording (区直各部门, 县直有关部门) is the ledger's own way of naming it: only a ledger
    // of the reference plan is held to the plan's wording (spec: collectives are never "corrected").
    const planLedger = ctx.plan?.planLedger ?? false;
    for (const row of ctx.rows) {
      for (const src of row.unitSources) {
        for (const u of src.parsed.units) {
          if (u.canonical === null || u.canonical === u.name) continue;
          if (!planLedger && ctx.directory.isCollective(u.canonical)) continue;
          // The plan's own words for this task (the 2018 plan writes 省人社保厅): copied, not mistyped.
          if (row.plan && row.plan.task.units.includes(u.name)) continue;
          const r = ctx.directory.resolve(u.name);
          if (r && r.via === 'alias') ctx.report({ row, column: src.key, messageId: 'alias', data: { unit: u.name, canonical: r.canonical } });
        }
      }
    }
  },
};
