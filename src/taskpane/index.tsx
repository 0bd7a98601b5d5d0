/**
 * Task pane entry: mounts the pane into <div id="root"> of taskpane.html, on the host that loaded it.
 * In Excel the FluentProvider and the app mount after Office.onReady, with the office.js adapter; in
 * WPS 表格 (the page has WPS's Application object, no office.js) with the WPS adapter; anywhere else
 * the page says it works only inside Excel or WPS.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { detectCapabilities, type ExcelRun } from '../office/capabilities';
import { App } from './components/App';
import { OutsideOffice } from './components/OutsideOffice';
import { createOfficeActions, createPaneActions } from './office-actions';
import { paneLanguage } from './strings';
import { wpsHost, type WpsGlobal } from '../wps/host';
import type { WpsApplication } from '../wps/object-model';

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

/** WPS 表格 gives an add-in's pages its Application object (and `wps`); office.js is not loaded there. */
function wpsApplication(): { app: WpsApplication; wps?: WpsGlobal } | null {
  if (typeof Office !== 'undefined') return null;
  const g = globalThis as unknown as { Application?: WpsApplication; wps?: WpsGlobal & { EtApplication?: () => WpsApplication } };
  const app = g.Application ?? g.wps?.EtApplication?.();
  return app && app.ActiveWorkbook ? { app, wps: g.wps } : null;
}

async function mount(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const wps = wpsApplication();
  if (wps) {
    // WPS's pages are Chinese; ?lang=en in the page's URL switches.
    const lang = paneLanguage(new URLSearchParams(location.search).get('lang') ?? 'zh-CN');
    document.documentElement.lang = lang;
    const host = wpsHost(wps.app, wps.wps);
    root.render(
      <FluentProvider theme={webLightTheme} lang={lang}>
        <App actions={createPaneActions(host)} caps={host.caps} lang={lang} />
      </FluentProvider>,
    );
    return;
  }
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
