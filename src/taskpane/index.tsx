/**
 * Task pane entry: mounts the pane into <div id="root"> of taskpane.html. The FluentProvider and the
 * app mount after Office.onReady; outside Office (office.js absent, or not in Excel) the page says so.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { detectCapabilities, type ExcelRun } from '../office/capabilities';
import { App } from './components/App';
import { OutsideOffice } from './components/OutsideOffice';
import { createOfficeActions } from './office-actions';
import { paneLanguage } from './strings';

/** How long to wait for Office.onReady before deciding the page is not inside Office. */
const OFFICE_READY_TIMEOUT_MS = 8000;

function browserLang() {
  return paneLanguage(typeof navigator !== 'undefined' ? navigator.language : null);
}

async function officeHost(): Promise<{ host: string | null } | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then((info) => ({ host: info?.host ? String(info.host) : null }));
  return Promise.race([ready, timeout]);
}

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const info = await officeHost();
  if (!info || info.host !== 'Excel' || typeof Excel === 'undefined') {
    const lang = browserLang();
    document.documentElement.lang = lang;
    root.render(
      <FluentProvider theme={webLightTheme} lang={lang}>
        <OutsideOffice lang={lang} />
      </FluentProvider>,
    );
    return;
  }
  const lang = paneLanguage(Office.context.displayLanguage);
  document.documentElement.lang = lang;
  const caps = detectCapabilities(Office.context.requirements);
  if (!caps.supported) {
    root.render(
      <FluentProvider theme={webLightTheme} lang={lang}>
        <OutsideOffice lang={lang} reason="too-old" />
      </FluentProvider>,
    );
    return;
  }
  const run: ExcelRun = (batch) => Excel.run(batch);
  root.render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <App actions={createOfficeActions(run, caps)} caps={caps} lang={lang} />
    </FluentProvider>,
  );
}

void mount();
