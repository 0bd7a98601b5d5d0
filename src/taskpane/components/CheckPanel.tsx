import { useEffect, useState } from 'react';
import { Badge, Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, Spinner } from '@fluentui/react-components';
import type { Category, Lang } from '../../core/types';
import { severityName } from '../../core/i18n';
import type { Capabilities } from '../../office/capabilities';
import { MARK_STYLES, MAX_RULES_WITHOUT_AREAS } from '../../office';
import type { CheckProgress, Limitation } from '../../office/marks';
import type { Notice } from '../hooks';
import { paneText, type StringKey } from '../strings';
import { filterGroups, type CheckView } from '../view-model';
import type { IssueFilter } from '../office-actions';
import { IssueGroups } from './IssueGroups';
import { StatusLights } from './StatusLights';
import { usePaneStyles } from './styles';

export interface CheckPanelProps {
  lang: Lang;
  caps: Capabilities;
  view: CheckView | null;
  busy: null | 'check' | 'clear' | 'insert' | 'list';
  progress: CheckProgress | null;
  notice: Notice;
  error: string | null;
  sheetChoice: string | null;
  onSheetChoice: (name: string | null) => void;
  onCheck: () => void;
  onClear: () => void;
  onInsertPlan: () => void;
  onWriteIssueList: (filter: IssueFilter) => void;
  onSelect: (cell: string) => void;
}

const LIMITATION_TEXT: Record<Limitation, StringKey> = {
  'no-marks': 'limitNoMarks',
  'marks-capped': 'limitCapped',
  'no-merged-areas': 'limitMerged',
  'read-in-chunks': 'limitChunks',
};

function progressLabel(p: CheckProgress | null, lang: Lang): string {
  if (!p) return paneText('working', lang);
  if (p.phase === 'read') return p.total ? paneText('phaseReadRows', lang, { done: p.done, total: p.total }) : paneText('phaseRead', lang);
  if (p.phase === 'check') return paneText('phaseCheck', lang);
  return paneText('phasePaint', lang);
}

export function CheckPanel(props: CheckPanelProps) {
  const { lang, caps, view, busy, progress } = props;
  const s = usePaneStyles();
  const tx = (k: StringKey, d?: Record<string, string | number>) => paneText(k, lang, d);
  const limitations = new Set<Limitation>(view?.limitations ?? []);
  if (!caps.conditionalFormats) limitations.add('no-marks');
  const errorCount = view?.severityCounts.find((c) => c.severity === 'error')?.count ?? 0;
  const [unit, setUnit] = useState<string | null>(null);
  const [category, setCategory] = useState<Category | null>(null);
  // A new check may not have the unit chosen before.
  useEffect(() => {
    if (unit !== null && view && !view.units.includes(unit)) setUnit(null);
  }, [view, unit]);
  const shownGroups = view ? filterGroups(view.groups, { unit, category }) : [];
  return (
    <div className={s.body}>
      <section className={s.card} aria-labelledby="check-heading">
        <h2 id="check-heading" className={s.sectionTitle}>
          {tx('checkHint')}
        </h2>
        <div className={s.row}>
          <Button appearance="primary" onClick={props.onCheck} disabled={busy !== null}>
            {tx('check')}
          </Button>
          <Button onClick={props.onClear} disabled={busy !== null || !caps.conditionalFormats}>
            {tx('clearMarks')}
          </Button>
        </div>
        {view && view.sheetNames.length > 1 && (
          <Field label={tx('sheetLabel')} size="small">
            <Select
              size="small"
              value={props.sheetChoice ?? ''}
              onChange={(_, d) => props.onSheetChoice(d.value || null)}
              disabled={busy !== null}
            >
              <option value="">{tx('sheetAuto')}</option>
              {view.sheetNames.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {busy && (
          <Field validationMessage={progressLabel(progress, lang)} validationState="none">
            <ProgressBar
              value={progress && progress.phase === 'read' && progress.total ? progress.done / progress.total : undefined}
              aria-label={progressLabel(progress, lang)}
            />
          </Field>
        )}
        <div className={`${s.caption} ${s.row}`} aria-hidden="true">
          <span className={s.legendItem}>
            <span className={s.swatch} style={{ backgroundColor: MARK_STYLES.error.fill }} />
            {tx('legendError')}
          </span>
          <span className={s.legendItem}>
            <span className={s.swatch} style={{ backgroundColor: MARK_STYLES.warning.fill }} />
            {tx('legendWarning')}
          </span>
          <span className={s.legendItem}>
            <span className={s.swatch} style={{ backgroundColor: MARK_STYLES.status.fill }} />
            {tx('legendStatus')}
          </span>
        </div>
        <div aria-live="polite" role="status">
          {props.notice && (
            <MessageBar intent={props.notice.kind === 'success' ? 'success' : 'info'}>
              <MessageBarBody>{tx(props.notice.key, props.notice.data)}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>

      {props.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{tx('errorPrefix', { message: props.error })}</MessageBarBody>
        </MessageBar>
      )}
      {[...limitations].map((l) => (
        <MessageBar key={l} intent={l === 'read-in-chunks' ? 'info' : 'warning'}>
          <MessageBarBody>{tx(LIMITATION_TEXT[l], { count: MAX_RULES_WITHOUT_AREAS })}</MessageBarBody>
        </MessageBar>
      ))}

      {view && !view.sheetName && (
        <MessageBar intent="warning">
          <MessageBarBody>{tx('noLedger')}</MessageBarBody>
        </MessageBar>
      )}

      {view && view.sheetName && (
        <>
          <section className={s.card} aria-labelledby="result-heading">
            <h2 id="result-heading" className={s.sectionTitle}>
              {tx('checkedTitle', { sheet: view.sheetName })}
            </h2>
            <span className={s.caption}>{tx('checkedDetail', { tasks: view.taskCount, asOf: view.asOf })}</span>
            {view.planText && <span className={s.caption}>{view.planText}</span>}
            <div className={s.row} aria-label={tx('severityHeading')} role="group">
              {view.severityCounts.map((c) => (
                <Badge
                  key={c.severity}
                  appearance={c.count ? 'filled' : 'outline'}
                  color={c.severity === 'error' ? 'danger' : c.severity === 'warning' ? 'warning' : 'informative'}
                  data-severity={c.severity}
                >
                  {`${c.label} ${c.count}`}
                </Badge>
              ))}
            </div>
            {view.markedCells > 0 && <span className={s.caption}>{tx('markedCells', { count: view.markedCells })}</span>}
            {errorCount === 0 && view.groups.length === 0 && <span>{tx('noProblems')}</span>}
          </section>
          <section className={s.card} aria-labelledby="status-heading">
            <h2 id="status-heading" className={s.sectionTitle}>
              {tx('statusHeading')}
            </h2>
            <StatusLights counts={view.statusCounts} label={tx('statusHeading')} />
          </section>
          {view.groups.length > 0 && (
            <section className={s.card} aria-labelledby="filter-heading">
              <h2 id="filter-heading" className={s.sectionTitle}>
                {tx('filterHeading')}
              </h2>
              <div className={s.row}>
                <Field label={tx('filterUnit')}>
                  <Select value={unit ?? ''} onChange={(_, d) => setUnit(d.value || null)}>
                    <option value="">{tx('filterAllUnits')}</option>
                    {view.units.map((u) => (
                      <option key={u} value={u}>
                        {u}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={tx('filterCategory')}>
                  <Select value={category ?? ''} onChange={(_, d) => setCategory((d.value || null) as Category | null)}>
                    <option value="">{tx('filterAllCategories')}</option>
                    <option value="ledger">{tx('categoryLedger')}</option>
                    <option value="progress">{tx('categoryProgress')}</option>
                  </Select>
                </Field>
              </div>
              <div className={s.row}>
                <Button onClick={() => props.onWriteIssueList({ unit, category })} disabled={busy !== null || shownGroups.length === 0}>
                  {tx('writeIssueList')}
                </Button>
                {busy === 'list' && <Spinner size="tiny" aria-label={tx('working')} />}
              </div>
            </section>
          )}
          {(['ledger', 'progress'] as const).map((c) => {
            // Two sections, as 督查 offices keep them: ledger mistakes (the clerk's), progress alerts (督办's).
            const groups = shownGroups.filter((g) => g.category === c);
            if (groups.length === 0) return null;
            return (
              <section key={c} className={s.card} aria-labelledby={`${c}-heading`}>
                <h2 id={`${c}-heading`} className={s.sectionTitle}>
                  {tx(c === 'ledger' ? 'ledgerHeading' : 'progressHeading')}
                </h2>
                <IssueGroups groups={groups} lang={lang} severityLabel={(sev) => severityName(sev, lang)} onSelect={props.onSelect} />
              </section>
            );
          })}
        </>
      )}

      <section className={s.card} aria-labelledby="plan-heading">
        <h2 id="plan-heading" className={s.sectionTitle}>
          {tx('insertPlan')}
        </h2>
        <span className={s.caption}>{tx('insertPlanHint')}</span>
        {!caps.customFunctions && <span className={s.caption}>{tx('limitNoFunctions')}</span>}
        <div className={s.row}>
          <Button onClick={props.onInsertPlan} disabled={busy !== null}>
            {tx('insertPlan')}
          </Button>
        </div>
      </section>
      <p className={s.caption}>{tx('marksNote')}</p>
    </div>
  );
}
