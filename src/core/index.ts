// The public core API for the adapters (command line, custom functions, task pane).

export * from './types';
export * from './normalize';
export * from './dates';
export * from './schedule';
export * from './status';
export { isDoneMark } from './progress/marks';
export * from './plan';
export * from './units';
export { findHeader, hasLedgerHeader, pickLedgerSheet, CANONICAL_HEADERS, REQUIRED_KEYS, normalizeHeader } from './sheet/header';
export type { HeaderInfo, HeaderColumn } from './sheet/header';
export { collectTaskRows } from './sheet/rows';
export { EXCEL_ERRORS, isErrorValue, isBlank, hasContent, cellString } from './cells';
export type { SheetInput, TaskRow } from './sheet/rows';
export { RULES, RULE_IDS, getRule, NEAR_MATCH_THRESHOLD } from './rules';
export type { RuleMeta, RuleModule, RuleContext, RowContext } from './rules';
export { checkLedger } from './engine';
export { columnLetter, columnIndex } from './a1';
export type { CheckOptions, CheckResult, TaskResult } from './engine';
export { renderIssue, t, statusName, severityName, ruleDescription, fillTemplate, UI_STRINGS, LANGS } from './i18n';
