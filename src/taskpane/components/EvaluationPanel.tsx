import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import type { EvaluationRun } from '../office-actions';
import { paneText, type StringKey } from '../strings';
import { usePaneStyles } from './styles';

export interface EvaluationPanelProps {
  lang: Lang;
  /** Excel writes a chart and page breaks; WPS writes the figures and notices plain. */
  inExcel?: boolean;
  result: EvaluationRun | null;
  busy: boolean;
  error: string | null;
  written: string | null;
  noticesWritten: string | null;
  onEvaluate: () => void;
  onWrite: () => void;
  onWriteNotices: () => void;
}

export const formatRate = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
/** Whole percents in the per-unit table, where width is scarce in a task pane. */
const formatRateShort = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

export function EvaluationPanel(props: EvaluationPanelProps) {
  const { lang, result } = props;
  const s = usePaneStyles();
  const tx = (k: StringKey, d?: Record<string, string | number>) => paneText(k, lang, d);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [result]);
  return (
    <div className={s.body}>
      <section className={s.card} aria-labelledby="eval-heading">
        <h2 id="eval-heading" className={s.sectionTitle}>
          {tx('tabEvaluation')}
        </h2>
        <span className={s.caption}>{tx('evaluationIntro')}</span>
        <div className={s.row}>
          <Button appearance="primary" onClick={props.onEvaluate} disabled={props.busy}>
            {tx('evaluate')}
          </Button>
          <Button onClick={props.onWrite} disabled={props.busy || !result || result.rows.length === 0}>
            {tx(props.inExcel === false ? 'writeEvaluationPlain' : 'writeEvaluation')}
          </Button>
          <Button onClick={props.onWriteNotices} disabled={props.busy || !result || result.notices.length === 0}>
            {result ? tx('writeNoticesCount', { count: result.notices.length }) : tx('writeNotices')}
          </Button>
          {props.busy && <Spinner size="tiny" aria-label={tx('working')} />}
        </div>
      </section>
      {props.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{tx('errorPrefix', { message: props.error })}</MessageBarBody>
        </MessageBar>
      )}
      {props.written && (
        <MessageBar intent="success">
          <MessageBarBody>{tx('evaluationWritten', { sheet: props.written })}</MessageBarBody>
        </MessageBar>
      )}
      {props.noticesWritten && result && (
        <MessageBar intent="success">
          <MessageBarBody>{tx(props.inExcel === false ? 'noticesWrittenPlain' : 'noticesWritten', { sheet: props.noticesWritten, count: result.notices.length })}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.sheetName && (
        <MessageBar intent="warning">
          <MessageBarBody>{tx('noLedger')}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.sheetName && (
        <section className={s.card}>
          <span>
            {tx('totalsLine', {
              tasks: result.totals.tasks,
              onTime: result.totals.doneOnTime,
              late: result.totals.doneLate,
              overdue: result.totals.overdue,
              rate: formatRate(result.totals.onTimeRate),
            })}
          </span>
          <div className={s.tableWrap}>
            <table className={s.table}>
              <caption className={s.caption} style={{ textAlign: 'left' }}>
                {tx('checkedSheet', { sheet: result.sheetName, tasks: result.totals.tasks, asOf: result.asOf })}
              </caption>
              <thead>
                <tr>
                  {(['colUnit', 'colLedSupported', 'colOnTime', 'colLate', 'colOverdue', 'colRate'] as const).map((k) => (
                    <th key={k} scope="col">
                      {tx(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.unit}>
                    <th scope="row" className={s.unitCell} style={{ fontWeight: 'normal' }}>
                      {r.unit}
                    </th>
                    <td aria-label={tx('ledSupportedCell', { led: r.led, supported: r.supported })}>
                      {r.led}/{r.supported}
                    </td>
                    <td>{r.doneOnTime}</td>
                    <td>{r.doneLate}</td>
                    <td>{r.overdue}</td>
                    <td>{formatRateShort(r.onTimeRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {result && result.sheetName && result.bulletin && (
        <section className={s.card} aria-labelledby="bulletin-heading">
          <h2 id="bulletin-heading" className={s.sectionTitle}>
            {tx('bulletinHeading')}
          </h2>
          <p style={{ margin: 0, lineHeight: 1.6 }}>{result.bulletin[lang]}</p>
          <div>
            <Button
              size="small"
              onClick={() => {
                // The text an official pastes into a 通报; clipboard access can be refused, then nothing happens.
                void navigator.clipboard?.writeText(result.bulletin[lang]).then(() => setCopied(true), () => undefined);
              }}
            >
              {copied ? tx('bulletinCopied') : tx('copyBulletin')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
