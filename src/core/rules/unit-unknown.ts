import type { RuleModule } from './types';

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
    // A ledger names its unknown units on many rows: one answer per name.
    const findings = new Map<string, { messageId: string; severity: 'error' | 'warning'; data: Record<string, string> }>();
    const findingFor = (name: string) => {
      let f = findings.get(name);
      if (!f) {
        let suggestion = ctx.directory.nearMiss(name);
        // 市财政局 is not a typo of 省财政局: a different level is a different unit.
        if (suggestion && LEVEL_PREFIX.test(name) && LEVEL_PREFIX.test(suggestion) && name[0] !== suggestion[0]) suggestion = null;
        f = suggestion
          ? { messageId: 'nearMiss', severity: 'error', data: { unit: name, suggestion } }
          : { messageId: 'unknown', severity: 'warning', data: { unit: name } };
        findings.set(name, f);
      }
      return f;
    };
    for (const row of ctx.rows) {
      for (const src of row.unitSources) {
        for (const u of src.parsed.units) {
          if (u.canonical !== null || u.name === '') continue;
          const f = findingFor(u.name);
          const data: Record<string, string> = { unit: f.data.unit };
          if (f.data.suggestion) data.suggestion = f.data.suggestion;
          ctx.report({ row, column: src.key, messageId: f.messageId, severity: f.severity, data });
        }
      }
    }
  },
};
