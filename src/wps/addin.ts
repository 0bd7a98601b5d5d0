// The WPS 加载项's start-up script (main.js, loaded by index.html when WPS starts): the LEDGER.*
// worksheet functions, and the ribbon button that opens and closes the task pane.

import { registerWpsFunctions } from './functions';
import type { WpsGlobal } from './host';

/** Application.CreateTaskPane's pane (wps-jsapi: CustomTaskpane). */
interface TaskPane {
  readonly ID: string | number;
  Visible: boolean;
}

/** The add-in's side of WPS's Application object. */
interface AddinApplication {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: string | number): TaskPane | null;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
}

const host = globalThis as unknown as {
  wps?: WpsGlobal;
  Application?: AddinApplication;
  OnAddinLoad?: (ribbon: unknown) => boolean;
  OnAction?: (control: { Id: string }) => void;
  GetImage?: (control: { Id: string }) => string;
  taskLedgerFunctions?: string[];
};

host.taskLedgerFunctions = registerWpsFunctions(host.wps);

/** The add-in's folder: index.html's location without its file name. */
function addinBase(): string {
  return String(globalThis.location?.href ?? '').replace(/[?#].*$/, '').replace(/\/[^/]*$/, '');
}

host.OnAddinLoad = () => true;

host.OnAction = (control) => {
  const app = host.Application;
  if (control.Id !== 'btnTaskPane' || !app) return;
  const id = app.PluginStorage.getItem('taskLedgerPane') as string | number | null;
  const existing = id !== null && id !== undefined ? app.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = app.CreateTaskPane(`${addinBase()}/ui/taskpane.html`, '重点任务台账助手');
  app.PluginStorage.setItem('taskLedgerPane', pane.ID);
  pane.Visible = true;
};

host.GetImage = () => 'images/task-ledger.png';
