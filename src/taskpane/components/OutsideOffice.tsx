import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { paneText } from '../strings';
import { usePaneStyles } from './styles';

/** Shown when the page is opened in a plain browser: say so plainly instead of failing. */
export function OutsideOffice({ lang }: { lang: Lang }) {
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
            <MessageBarTitle>{paneText('outsideTitle', lang)}</MessageBarTitle>
            {paneText('outsideBody', lang)}
          </MessageBarBody>
        </MessageBar>
      </div>
    </main>
  );
}
