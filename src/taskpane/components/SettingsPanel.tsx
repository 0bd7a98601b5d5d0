import { useEffect, useRef, useState } from 'react';
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Switch, Textarea } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { isValidIso } from '../../core/dates';
import { RULES } from '../../core/rules';
import { ruleDescription } from '../../core/i18n';
import type { Capabilities } from '../../office/capabilities';
import type { PaneSettings, PlanSetting } from '../../office/settings-store';
import { PLAN_2018 } from '../../core/plan';
import type { WordPlanReport } from '../../docx/word-plan';
import { knownErrorText } from '../errors';
import { engineOptions } from '../office-actions';
import { paneText, type StringKey } from '../strings';
import { usePaneStyles } from './styles';

export interface SettingsPanelProps {
  lang: Lang;
  caps: Capabilities;
  settings: PaneSettings;
  onSave: (s: PaneSettings) => Promise<void>;
  /** Sheets that can be the reference plan. */
  listPlanSheets: () => Promise<string[]>;
  importPlanDocument: (bytes: ArrayBuffer) => Promise<WordPlanReport>;
}

/** The <select> value of a plan choice. */
function planValue(p: PlanSetting): string {
  return p.source === 'sheet' ? `sheet:${p.sheet}` : p.source;
}

export function aliasesToText(a: Record<string, string>): string {
  return Object.entries(a)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
}

/** "alias=canonical" per line; blank lines are skipped; returns the first bad line number instead. */
export function parseAliasText(text: string): Record<string, string> | { badLine: number } {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^([^=＝]+)[=＝](.+)$/.exec(line);
    if (!m || !m[1].trim() || !m[2].trim()) return { badLine: i + 1 };
    out[m[1].trim()] = m[2].trim();
  }
  return out;
}


export function SettingsPanel({ lang, caps, settings, onSave, listPlanSheets, importPlanDocument }: SettingsPanelProps) {
  const s = usePaneStyles();
  const tx = (k: StringKey, d?: Record<string, string | number>) => paneText(k, lang, d);
  const [asOf, setAsOf] = useState(settings.asOf ?? '');
  const [warnDays, setWarnDays] = useState(String(settings.warnDays));
  const [behindPoints, setBehindPoints] = useState(String(settings.behindPoints));
  const [disabled, setDisabled] = useState<string[]>(settings.disabled);
  const [aliases, setAliases] = useState(aliasesToText(settings.aliases));
  const [currentNames, setCurrentNames] = useState(settings.currentNames);
  const [plan, setPlan] = useState<PlanSetting>(settings.plan);
  const [planSheets, setPlanSheets] = useState<string[]>([]);
  const [planNote, setPlanNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setAsOf(settings.asOf ?? '');
    setWarnDays(String(settings.warnDays));
    setBehindPoints(String(settings.behindPoints));
    setDisabled(settings.disabled);
    setAliases(aliasesToText(settings.aliases));
    setCurrentNames(settings.currentNames);
    setPlan(settings.plan);
  }, [settings]);

  useEffect(() => {
    let live = true;
    listPlanSheets()
      .then((names) => live && setPlanSheets(names))
      .catch(() => live && setPlanSheets([]));
    return () => {
      live = false;
    };
  }, [listPlanSheets]);

  const choosePlan = (value: string) => {
    setPlanNote(null);
    if (value === 'pick-document') return fileInput.current?.click();
    if (value === 'builtin' || value === 'none') setPlan({ source: value });
    else if (value.startsWith('sheet:')) setPlan({ source: 'sheet', sheet: value.slice('sheet:'.length) });
  };

  const readDocument = async (file: File) => {
    setProblem(null);
    setPlanNote(null);
    try {
      const report = await importPlanDocument(await file.arrayBuffer());
      setPlan({ source: 'document', file: file.name, plan: report.plan });
      const read = tx('planDocumentRead', { title: report.plan.title || file.name, tasks: report.plan.tasks.length, projects: report.plan.projects.length });
      const rows = report.skipped.map((r) => (lang === 'en' ? `table ${r.table} row ${r.row}` : `表${r.table}第${r.row}行`)).join(lang === 'en' ? ', ' : '、');
      setPlanNote(report.skipped.length ? `${read} ${tx('planDocumentSkipped', { count: report.skipped.length, rows })}` : read);
    } catch (e) {
      setProblem(knownErrorText(e, lang) ?? tx('errorPrefix', { message: String(e) }));
    }
  };

  const save = async () => {
    setSaved(false);
    setProblem(null);
    const date = asOf.trim();
    if (date && !isValidIso(date)) return setProblem(tx('settingsBadAsOf'));
    const days = Number(warnDays);
    if (!/^\d+$/.test(warnDays.trim()) || days > 366) return setProblem(tx('settingsBadWarnDays'));
    const points = Number(behindPoints);
    if (!/^\d+$/.test(behindPoints.trim()) || points > 100) return setProblem(tx('settingsBadBehindPoints'));
    const parsed = parseAliasText(aliases);
    if ('badLine' in parsed && typeof parsed.badLine === 'number') return setProblem(tx('settingsBadAlias', { line: parsed.badLine }));
    const next: PaneSettings = {
      asOf: date || null,
      warnDays: days,
      disabled,
      aliases: parsed as Record<string, string>,
      currentNames,
      behindPoints: points,
      plan,
    };
    try {
      engineOptions(next); // the directory must accept the aliases before they are shared in the workbook
    } catch (e) {
      return setProblem(e instanceof Error ? e.message : String(e));
    }
    setBusy(true);
    try {
      await onSave(next);
      setSaved(true);
    } catch (e) {
      setProblem(tx('errorPrefix', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={s.body}>
      <form
        className={`${s.card} ${s.form}`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        aria-label={tx('tabSettings')}
      >
        <Field label={tx('settingsPlan')} hint={tx('settingsPlanHint')}>
          <Select value={planValue(plan)} onChange={(_, d) => choosePlan(d.value)}>
            <option value="builtin">{tx('planBuiltin', { title: PLAN_2018.docNo ?? PLAN_2018.title })}</option>
            {[...new Set([...planSheets, ...(plan.source === 'sheet' ? [plan.sheet] : [])])].map((name) => (
              <option key={name} value={`sheet:${name}`}>
                {tx('planSheet', { sheet: name })}
              </option>
            ))}
            {plan.source === 'document' && <option value="document">{tx('planDocument', { file: plan.file })}</option>}
            <option value="pick-document">{tx('planPickDocument')}</option>
            <option value="none">{tx('planNone')}</option>
          </Select>
        </Field>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.doc,.wps,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={tx('planPickDocument')}
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readDocument(file);
          }}
        />
        {planNote && <span className={s.caption}>{planNote}</span>}
        <Field label={tx('settingsAsOf')}>
          <Input value={asOf} placeholder="YYYY-MM-DD" inputMode="numeric" onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <Field label={tx('settingsWarnDays')}>
          <Input type="number" min={0} max={366} value={warnDays} onChange={(_, d) => setWarnDays(d.value)} />
        </Field>
        <Field label={tx('settingsBehindPoints')} hint={tx('settingsBehindPointsHint')}>
          <Input type="number" min={0} max={100} value={behindPoints} onChange={(_, d) => setBehindPoints(d.value)} />
        </Field>
        <fieldset className={s.rules} style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend className={s.sectionTitle}>{tx('settingsRules')}</legend>
          {RULES.map((r) => (
            <Checkbox
              key={r.meta.id}
              label={lang === 'en' ? `${ruleDescription(r.meta.id, lang)} (${r.meta.id})` : `${ruleDescription(r.meta.id, lang)}（${r.meta.id}）`}
              checked={!disabled.includes(r.meta.id)}
              onChange={(_, d) => setDisabled(d.checked ? disabled.filter((x) => x !== r.meta.id) : [...disabled, r.meta.id])}
            />
          ))}
        </fieldset>
        <Field label={tx('settingsAliases')} hint={tx('settingsAliasesHint')}>
          <Textarea value={aliases} onChange={(_, d) => setAliases(d.value)} resize="vertical" />
        </Field>
        <Switch label={tx('settingsCurrentNames')} checked={currentNames} onChange={(_, d) => setCurrentNames(d.checked)} />
        <div className={s.row}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {tx('settingsSave')}
          </Button>
        </div>
        {!caps.customXmlParts && <span className={s.caption}>{tx(caps.inExcel ? 'limitNoXml' : 'limitNoXmlWps')}</span>}
      </form>
      <div role="status" aria-live="polite">
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>{tx('settingsSaved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
