/**
 * The task pane in WPS 表格: the same React app as in Excel (components/App), its actions on the WPS
 * adapter. WPS gives the pane's page the Application object (and `wps`); without them the page says
 * it runs only inside WPS 表格 or Excel.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/components/App';
import { OutsideOffice } from '../taskpane/components/OutsideOffice';
import { createPaneActions } from '../taskpane/office-actions';
import { paneLanguage } from '../taskpane/strings';
import { wpsHost, type WpsGlobal } from './host';
import type { WpsApplication } from './object-model';

const g = globalThis as unknown as { Application?: WpsApplication; wps?: WpsGlobal & { EtApplication?: () => WpsApplication } };

function mount(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const app = g.Application ?? g.wps?.EtApplication?.();
  // WPS's pages are Chinese; a ?lang=en in the URL (tests, English-speaking staff) switches.
  const lang = paneLanguage(new URLSearchParams(globalThis.location?.search ?? '').get('lang') ?? 'zh-CN');
  document.documentElement.lang = lang;
  if (!app || !app.ActiveWorkbook) {
    root.render(
      <FluentProvider theme={webLightTheme} lang={lang}>
        <OutsideOffice lang={lang} />
      </FluentProvider>,
    );
    return;
  }
  const host = wpsHost(app, g.wps);
  root.render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <App actions={createPaneActions(host)} caps={host.caps} lang={lang} />
    </FluentProvider>,
  );
}

mount();
