// Message rendering: issues carry typed data only; text is made here, in the user's language.

import type { Lang, LedgerIssue, Severity, StatusKey } from '../types';
import { getRule } from '../rules';
import { UI_STRINGS } from './strings';

export { UI_STRINGS } from './strings';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Fills {name} placeholders from data; null shows as "—", unknown placeholders stay visible. */
export function fillTemplate(template: string, data?: Record<string, string | number | null>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!data || !(name in data)) return whole;
    const v = data[name];
    return v === null || v === undefined ? '—' : String(v);
  });
}

function pickLang<T>(texts: Record<Lang, T>, lang: Lang): T {
  return texts[lang] ?? texts['zh-CN'];
}

/** One issue as a sentence in `lang`. Unknown rules or message ids fall back to the id and data. */
export function renderIssue(issue: LedgerIssue, lang: Lang): string {
  const rule = getRule(issue.rule);
  const template = rule?.meta.messages[issue.messageId];
  if (!template) return `${issue.rule}/${issue.messageId} ${JSON.stringify(issue.data)}`;
  return fillTemplate(pickLang(template, lang), issue.data);
}

/** A shared UI string; an unknown key returns the key itself so a gap shows rather than breaks. */
export function t(key: string, lang: Lang, data?: Record<string, string | number | null>): string {
  const texts = UI_STRINGS[key];
  if (!texts) return key;
  return fillTemplate(pickLang(texts, lang), data ?? undefined);
}

export function statusName(key: StatusKey, lang: Lang): string {
  return t(`status.${key}`, lang);
}

export function severityName(severity: Severity, lang: Lang): string {
  return t(`severity.${severity}`, lang);
}

/** A rule's description in `lang`, or the id for an unknown rule. */
export function ruleDescription(id: string, lang: Lang): string {
  const rule = getRule(id);
  return rule ? pickLang(rule.meta.description, lang) : id;
}
