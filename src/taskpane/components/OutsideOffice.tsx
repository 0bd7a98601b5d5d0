import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { paneText } from '../strings';
import { usePaneStyles } from './styles';

/**
 * Shown instead of the pane when it cannot work: opened in a plain browser (reason "outside"), or in an
 * Excel older than ExcelApi 1.4 ("too-old"). Says so plainly instead of failing.
 */
export function OutsideOffice({ lang, reason = 'outside' }: { lang: Lang; reason?: 'outside' | 'too-old' }) {
  const s = usePaneStyles();
  return (
    <main className={s.root}>
      <header className={s.header}>
        <h1 className={s.title}>{paneText('appTitle', lang)}</h1>
        <span className={s.subtitle}>{paneText('appSubtitle', lang)}</span>
      </header>
      <div className={s.body}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{paneText(reason === 'outside' ? 'outsideTitle' : 'tooOldTitle', lang)}</MessageBarTitle>
            {paneText(reason === 'outside' ? 'outsideBody' : 'tooOldBody', lang)}
          </MessageBarBody>
        </MessageBar>
      </div>
    </main>
  );
}
