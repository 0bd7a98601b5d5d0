import { useState } from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { Capabilities } from '../../office/capabilities';
import { useEvaluation, useLedgerCheck, useSettings } from '../hooks';
import type { PaneActions } from '../office-actions';
import { paneText } from '../strings';
import { CheckPanel } from './CheckPanel';
import { EvaluationPanel } from './EvaluationPanel';
import { SettingsPanel } from './SettingsPanel';
import { usePaneStyles } from './styles';

export interface AppProps {
  actions: PaneActions;
  caps: Capabilities;
  lang: Lang;
}

type TabId = 'check' | 'evaluation' | 'settings';

export function App({ actions, caps, lang }: AppProps) {
  const s = usePaneStyles();
  const [tab, setTab] = useState<TabId>('check');
  const settings = useSettings(actions);
  const check = useLedgerCheck(actions, settings.settings, lang);
  const evaluation = useEvaluation(actions, settings.settings, lang);
  return (
    <main className={s.root} lang={lang}>
      <header className={s.header}>
        <h1 className={s.title}>{paneText('appTitle', lang)}</h1>
        <span className={s.subtitle}>{paneText('appSubtitle', lang)}</span>
      </header>
      <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
        <Tab value="check">{paneText('tabCheck', lang)}</Tab>
        <Tab value="evaluation">{paneText('tabEvaluation', lang)}</Tab>
        <Tab value="settings">{paneText('tabSettings', lang)}</Tab>
      </TabList>
      <div role="tabpanel" aria-label={paneText(tab === 'check' ? 'tabCheck' : tab === 'evaluation' ? 'tabEvaluation' : 'tabSettings', lang)}>
        {tab === 'check' && (
          <CheckPanel
            lang={lang}
            caps={caps}
            view={check.view}
            busy={check.busy}
            progress={check.progress}
            notice={check.notice}
            error={check.error ?? settings.error}
            sheetChoice={check.sheetChoice}
            onSheetChoice={check.setSheetChoice}
            onCheck={check.check}
            onClear={check.clear}
            onInsertPlan={check.insertPlan}
            onWriteIssueList={check.writeIssueList}
            onSelect={check.select}
          />
        )}
        {tab === 'evaluation' && (
          <EvaluationPanel
            lang={lang}
            inExcel={caps.inExcel}
            result={evaluation.result}
            busy={evaluation.busy}
            error={evaluation.error}
            written={evaluation.written}
            noticesWritten={evaluation.noticesWritten}
            onEvaluate={evaluation.evaluate}
            onWrite={evaluation.write}
            onWriteNotices={evaluation.writeNotices}
          />
        )}
        {tab === 'settings' && (
          <SettingsPanel
            lang={lang}
            caps={caps}
            settings={settings.settings}
            onSave={settings.save}
            listPlanSheets={actions.listPlanSheets}
            importPlanDocument={actions.importPlanDocument}
          />
        )}
      </div>
    </main>
  );
}
