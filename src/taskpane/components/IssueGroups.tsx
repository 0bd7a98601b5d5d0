import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, CounterBadge } from '@fluentui/react-components';
import type { Lang, Severity } from '../../core/types';
import { paneText } from '../strings';
import type { IssueGroup } from '../view-model';
import { usePaneStyles } from './styles';

/** Issues shown per group before "show all": thousands of buttons would slow the pane down. */
export const GROUP_PAGE = 100;

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export function IssueGroups({
  groups,
  lang,
  severityLabel,
  onSelect,
}: {
  groups: IssueGroup[];
  lang: Lang;
  severityLabel: (s: Severity) => string;
  onSelect: (cell: string) => void;
}) {
  const s = usePaneStyles();
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.length === 1 ? [groups[0].rule] : []}>
      {groups.map((g) => {
        const shown = expanded[g.rule] ? g.issues : g.issues.slice(0, GROUP_PAGE);
        return (
          <AccordionItem key={g.rule} value={g.rule}>
            <AccordionHeader size="small">
              <span className={s.groupHeader}>
                <Badge className={s.groupBadge} appearance="tint" color={BADGE[g.severity]} size="small">
                  {severityLabel(g.severity)}
                </Badge>
                <span className={s.groupTitle}>{g.title}</span>
                <CounterBadge className={s.groupCount} count={g.issues.length} overflowCount={9999} appearance="ghost" color="informative" size="small" />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={s.issueList}>
                {shown.map((i) => (
                  <li key={i.key}>
                    {i.cell ? (
                      <Button
                        appearance="subtle"
                        size="small"
                        className={s.issueButton}
                        onClick={() => onSelect(i.cell as string)}
                        aria-label={paneText('goToCell', lang, { cell: i.cell, message: i.message })}
                      >
                        <span className={s.cellRef}>{i.cell}</span>
                        <span>
                          {i.task && <span className={s.issueTask}>{i.task}</span>}
                          {i.message}
                        </span>
                      </Button>
                    ) : (
                      <div className={s.issueButton} style={{ display: 'flex' }}>
                        <span className={s.cellRef}>{paneText('noCell', lang)}</span>
                        <span>{i.message}</span>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
              {shown.length < g.issues.length && (
                <Button appearance="transparent" size="small" onClick={() => setExpanded({ ...expanded, [g.rule]: true })}>
                  {paneText('showAll', lang, { count: g.issues.length })}
                </Button>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
