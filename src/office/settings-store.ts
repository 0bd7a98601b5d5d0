// 设置 stored in the workbook, so a team sharing the file shares them: a custom XML part (ExcelApi
// 1.5; it travels with the file whichever add-in reads it), else the add-in's workbook settings.

import type { Capabilities, ExcelRun } from './capabilities';
import { parsePlan, type Plan } from '../core/plan';

/**
 * 参照计划: the plan the check compares the ledger with. A sheet is read at each check (the team edits
 * it in the workbook); a Word notice is read once, and its plan stored here so the team shares it.
 */
export type PlanSetting =
  | { source: 'builtin' }
  | { source: 'none' }
  | { source: 'sheet'; sheet: string }
  | { source: 'document'; file: string; plan: Plan };

export interface PaneSettings {
  /** As-of date, YYYY-MM-DD; null = today. */
  asOf: string | null;
  warnDays: number;
  /** Rule ids switched off. */
  disabled: string[];
  /** Extra unit aliases: alias -> canonical name. */
  aliases: Record<string, string>;
  /** Count 考评 under today's unit names (after the 2018 reform). */
  currentNames: boolean;
  /** 滞后: points of progress behind the share of time elapsed (the command line's --behind-points). */
  behindPoints: number;
  plan: PlanSetting;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  asOf: null,
  warnDays: 30,
  disabled: [],
  aliases: {},
  currentNames: false,
  behindPoints: 10,
  plan: { source: 'builtin' },
};

/** A stored plan choice, if well formed; a hand-edited or damaged one falls back to the built-in plan. */
function sanitizePlan(raw: unknown): PlanSetting {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (r.source === 'none') return { source: 'none' };
  if (r.source === 'sheet' && typeof r.sheet === 'string' && r.sheet.trim()) return { source: 'sheet', sheet: r.sheet };
  if (r.source === 'document' && typeof r.file === 'string') {
    try {
      return { source: 'document', file: r.file, plan: parsePlan(r.plan) };
    } catch {
      // fall through
    }
  }
  return { source: 'builtin' };
}

export const SETTINGS_NAMESPACE = 'urn:task-ledger:settings:1';
const SETTING_KEY = 'task-ledger.settings';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function settingsToXml(s: PaneSettings): string {
  return `<?xml version="1.0" encoding="UTF-8"?><settings xmlns="${SETTINGS_NAMESPACE}"><json>${escapeXml(JSON.stringify(s))}</json></settings>`;
}

/** Reads what a workbook holds, keeping only well-formed fields (a hand-edited part must not break the pane). */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const out: PaneSettings = { ...DEFAULT_SETTINGS, disabled: [], aliases: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.asOf)) out.asOf = r.asOf;
  if (typeof r.warnDays === 'number' && Number.isInteger(r.warnDays) && r.warnDays >= 0 && r.warnDays <= 366) out.warnDays = r.warnDays;
  if (Array.isArray(r.disabled)) out.disabled = r.disabled.filter((x): x is string => typeof x === 'string');
  if (r.aliases && typeof r.aliases === 'object' && !Array.isArray(r.aliases))
    for (const [k, v] of Object.entries(r.aliases as Record<string, unknown>)) if (typeof v === 'string' && k.trim() && v.trim()) out.aliases[k.trim()] = v.trim();
  if (typeof r.currentNames === 'boolean') out.currentNames = r.currentNames;
  if (typeof r.behindPoints === 'number' && Number.isInteger(r.behindPoints) && r.behindPoints >= 0 && r.behindPoints <= 100) out.behindPoints = r.behindPoints;
  out.plan = sanitizePlan(r.plan);
  return out;
}

export function settingsFromXml(xml: string): PaneSettings {
  const m = /<json>([\s\S]*?)<\/json>/.exec(xml);
  if (!m) return sanitizeSettings(null);
  try {
    return sanitizeSettings(JSON.parse(unescapeXml(m[1])));
  } catch {
    return sanitizeSettings(null);
  }
}

export async function loadSettings(run: ExcelRun, caps: Capabilities): Promise<PaneSettings> {
  return run(async (ctx) => {
    if (caps.customXmlParts) {
      const parts = ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
      parts.load('items/id');
      await ctx.sync();
      if (!parts.items.length) return sanitizeSettings(null);
      const xml = parts.items[0].getXml();
      await ctx.sync();
      return settingsFromXml(xml.value);
    }
    const item = ctx.workbook.settings.getItemOrNullObject(SETTING_KEY);
    item.load('value');
    await ctx.sync();
    return sanitizeSettings(item.isNullObject ? null : item.value);
  });
}

export async function saveSettings(run: ExcelRun, caps: Capabilities, s: PaneSettings): Promise<void> {
  const clean = sanitizeSettings(s);
  await run(async (ctx) => {
    if (caps.customXmlParts) {
      const parts = ctx.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
      parts.load('items/id');
      await ctx.sync();
      // One part only: replace rather than pile up copies.
      for (const p of parts.items) p.delete();
      ctx.workbook.customXmlParts.add(settingsToXml(clean));
      await ctx.sync();
      return;
    }
    ctx.workbook.settings.add(SETTING_KEY, clean);
    await ctx.sync();
  });
}
