// State of the pane. Components stay presentational: they get state and callbacks from these hooks,
// and the hooks get Office through the actions passed in.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../core/types';
import type { CheckProgress } from '../office/marks';
import { DEFAULT_SETTINGS, type PaneSettings } from '../office/settings-store';
import type { EvaluationRun, IssueFilter, PaneActions } from './office-actions';
import { knownErrorText } from './errors';
import { buildCheckView, type CheckView } from './view-model';
import type { StringKey } from './strings';

export type Notice = { kind: 'success' | 'info'; key: StringKey; data?: Record<string, string | number> } | null;

/** An error in the user's language where the pane knows it, else as thrown. */
const messageOf = (e: unknown, lang: Lang = 'zh-CN') => knownErrorText(e, lang) ?? (e instanceof Error ? e.message : String(e));

export function useSettings(actions: PaneActions) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    actions
      .loadSettings()
      .then((s) => live && setSettings(s))
      .catch((e) => live && setError(messageOf(e)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [actions]);
  const save = useCallback(
    async (next: PaneSettings) => {
      setError(null);
      await actions.saveSettings(next);
      setSettings(next);
    },
    [actions],
  );
  return { settings, loaded, error, save };
}

export function useLedgerCheck(actions: PaneActions, settings: PaneSettings, lang: Lang) {
  const [view, setView] = useState<CheckView | null>(null);
  const [busy, setBusy] = useState<null | 'check' | 'clear' | 'insert' | 'list'>(null);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<string | null>(null);
  const [sheetChoice, setSheetChoice] = useState<string | null>(null);
  const last = useRef<Awaited<ReturnType<PaneActions['check']>> | null>(null);

  // Re-render the last result when the language changes; no new check needed.
  useEffect(() => {
    if (last.current) setView(buildCheckView(last.current.outcome, last.current.asOf, lang, last.current.plan));
  }, [lang]);

  const guard = async (kind: 'check' | 'clear' | 'insert' | 'list', f: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const check = useCallback(
    () =>
      guard('check', async () => {
        const r = await actions.check({ settings, sheetName: sheetChoice, onProgress: setProgress });
        last.current = r;
        setView(buildCheckView(r.outcome, r.asOf, lang, r.plan));
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actions, settings, sheetChoice, lang],
  );
  const clear = useCallback(
    () =>
      guard('clear', async () => {
        const n = await actions.clearMarks();
        setNotice({ kind: n ? 'success' : 'info', key: n ? 'marksCleared' : 'noMarks' });
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actions],
  );
  const insertPlan = useCallback(
    () =>
      guard('insert', async () => {
        const name = await actions.insertPlan(settings);
        setNotice({ kind: 'success', key: 'planInserted', data: { sheet: name } });
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actions, settings],
  );
  const writeIssueList = useCallback(
    (filter: IssueFilter) =>
      guard('list', async () => {
        if (!last.current) return;
        const name = await actions.writeIssueList(last.current, filter);
        setNotice({ kind: 'success', key: 'issueListWritten', data: { sheet: name } });
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actions],
  );
  const select = useCallback(
    async (cell: string) => {
      if (!view?.sheetName) return;
      try {
        await actions.selectCell(view.sheetName, cell);
      } catch (e) {
        setError(messageOf(e, lang));
      }
    },
    [actions, view, lang],
  );
  return { view, busy, progress, notice, error, check, clear, insertPlan, writeIssueList, select, sheetChoice, setSheetChoice };
}

export function useEvaluation(actions: PaneActions, settings: PaneSettings, lang: Lang = 'zh-CN') {
  const [result, setResult] = useState<EvaluationRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(messageOf(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const [noticesWritten, setNoticesWritten] = useState<string | null>(null);
  const evaluate = () =>
    run(async () => {
      setWritten(null);
      setNoticesWritten(null);
      setResult(await actions.evaluate({ settings }));
    });
  const write = () =>
    run(async () => {
      if (result) setWritten(await actions.writeEvaluation(result));
    });
  const writeNotices = () =>
    run(async () => {
      if (result) setNoticesWritten(await actions.writeNotices(result));
    });
  return { result, busy, error, written, noticesWritten, evaluate, write, writeNotices };
}
