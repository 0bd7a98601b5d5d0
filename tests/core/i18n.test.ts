import { renderIssue, t, statusName, severityName, fillTemplate, UI_STRINGS } from '../../src/core/i18n';
import { RULES } from '../../src/core/rules';
import { STATUS } from '../../src/core/types';
import type { Lang, LedgerIssue, StatusKey } from '../../src/core/types';

const LANGS: Lang[] = ['zh-CN', 'en'];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

describe('rule messages', () => {
  const cases = RULES.flatMap((r) => Object.keys(r.meta.messages).map((id) => [r.meta.id, id] as [string, string]));

  test.each(cases)('%s/%s renders in both languages with its data filled', (rule, messageId) => {
    const meta = RULES.find((r) => r.meta.id === rule)!.meta;
    const names = new Set(LANGS.flatMap((l) => placeholders(meta.messages[messageId][l])));
    const data = Object.fromEntries([...names].map((n, i) => [n, `V${i}x`]));
    const issue: LedgerIssue = { rule, severity: meta.severity, category: meta.category, row: 2, col: 0, column: '序号', cell: 'A2', messageId, data };
    for (const lang of LANGS) {
      const text = renderIssue(issue, lang);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const n of placeholders(meta.messages[messageId][lang])) expect(text).toContain(data[n]);
    }
  });

  test.each(RULES.map((r) => [r.meta.id]))('%s: zh-CN and en use the same placeholders and the zh text is Chinese', (rule) => {
    const meta = RULES.find((r) => r.meta.id === rule)!.meta;
    for (const m of Object.values(meta.messages)) {
      expect(placeholders(m['zh-CN']).sort()).toEqual(placeholders(m.en).sort());
      expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(meta.description['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(meta.description.en.length).toBeGreaterThan(0);
  });

  test('an unknown rule or message falls back to the id and data', () => {
    const issue: LedgerIssue = { rule: 'nope', severity: 'error', category: 'ledger', row: null, col: null, column: null, cell: null, messageId: 'x', data: { a: 1 } };
    expect(renderIssue(issue, 'en')).toContain('nope/x');
  });

  test('rule ids are unique and messages exist for each rule', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
  });
});

describe('fillTemplate', () => {
  test.each<[string, Record<string, string | number | null> | undefined, string]>([
    ['序号 {seq} 重复', { seq: 3 }, '序号 3 重复'],
    ['{a}{b}', { a: 'x', b: null }, 'x—'],
    ['{missing} stays', {}, '{missing} stays'],
    ['no data {x}', undefined, 'no data {x}'],
  ])('%j', (template, data, expected) => {
    expect(fillTemplate(template, data)).toBe(expected);
  });
});

describe('t: shared UI strings', () => {
  test.each<[StatusKey, string]>([
    ['done', 'Done'],
    ['doneLate', 'Done late'],
    ['open', 'Ongoing'],
    ['notStarted', 'Not started'],
    ['overdue', 'Overdue'],
    ['dueSoon', 'Due soon'],
    ['inProgress', 'In progress'],
    ['unknown', 'Unreadable'],
  ])('status %s: zh-CN is the spec label, en is %s', (key, en) => {
    expect(statusName(key, 'zh-CN')).toBe(STATUS[key]);
    expect(statusName(key, 'en')).toBe(en);
  });

  test.each([
    ['error', '错误', 'Error'],
    ['warning', '警告', 'Warning'],
    ['info', '提示', 'Info'],
  ] as const)('severity %s', (sev, zh, en) => {
    expect(severityName(sev, 'zh-CN')).toBe(zh);
    expect(severityName(sev, 'en')).toBe(en);
  });

  test('data fills a UI string', () => {
    expect(t('issues.summary', 'zh-CN', { errors: 2, warnings: 1, infos: 0 })).toBe('共 2 个错误、1 个警告、0 个提示');
  });

  test('an unknown key returns the key', () => {
    expect(t('no.such.key', 'en')).toBe('no.such.key');
  });

  test('every UI string has both languages', () => {
    for (const [key, texts] of Object.entries(UI_STRINGS)) {
      expect([key, typeof texts['zh-CN'], typeof texts.en]).toEqual([key, 'string', 'string']);
    }
  });
});
