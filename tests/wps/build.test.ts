// npm run build:wps: the WPS 加载项 folder and offline package, laid out as wpsjs builds and publishes
// an offline add-in (a <name>_<version> folder packed as <name>.7z; publish.xml entries with name,
// type, url, version), and the built main.js doing in a WPS-like global scope what WPS asks of it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { spawnSync } from 'child_process';
import { FakeWps } from '../fakes/wps';

const ROOT = path.join(__dirname, '..', '..');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const FOLDER = `task-ledger_${VERSION}`;
jest.setTimeout(240000);

let out = '';
beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-wps-'));
  const r = spawnSync(process.execPath, ['scripts/build-wps.js', '--out', out, '--server', 'http://jsaddons.example.gov.cn/wps'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:wps failed: ${r.stderr}\n${r.stdout}`);
});

const read = (...p: string[]) => fs.readFileSync(path.join(out, ...p), 'utf8');

test('the add-in folder holds what WPS loads: entry page, main.js, ribbon, manifest, functions.json, pane, icon', () => {
  for (const f of ['index.html', 'main.js', 'ribbon.xml', 'manifest.xml', 'functions.json', 'ui/taskpane.html', 'ui/taskpane.js', 'ui/plan-document.js', 'images/task-ledger.png']) {
    expect(fs.existsSync(path.join(out, FOLDER, f))).toBe(true);
  }
  expect(read(FOLDER, 'index.html')).toMatch(/src=["']?\.\/main\.js/);
  expect(read(FOLDER, 'ribbon.xml')).toMatch(/<customUI [^>]*onLoad="OnAddinLoad"/);
  expect(read(FOLDER, 'ribbon.xml')).toMatch(/<button id="btnTaskPane"[^>]*onAction="OnAction"/);
  const manifest = read(FOLDER, 'manifest.xml');
  expect(manifest).toContain('<Uri>/functions.json</Uri>');
  expect(manifest).toContain('<Namespace>LEDGER</Namespace>');
  expect(read(FOLDER, 'ui', 'taskpane.html')).toMatch(/<script defer(="defer")? src="?taskpane\.js"?>/);
  expect(read(FOLDER, 'ui', 'taskpane.html')).not.toContain('office.js');
});

test('functions.json: the five functions, ASCII names, Chinese descriptions, optional and range parameters marked', () => {
  const json = JSON.parse(read(FOLDER, 'functions.json')) as { functions: Array<{ name: string; description: string; parameters: Array<{ name: string; type: string }> }> };
  expect(json.functions.map((f) => f.name)).toEqual(['TASKSTATUS', 'TASKDUE', 'TASKLEAD', 'UNITWORKLOAD', 'WORKLOADTABLE']);
  for (const f of json.functions) {
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of f.parameters) expect(p.name).toMatch(/^[a-z_]+$/);
  }
  const status = json.functions[0].parameters.map((p) => p.type);
  expect(status[0]).toBe('any');
  expect(status.slice(1).every((t) => t.endsWith('?'))).toBe(true);
  expect(json.functions[3].parameters.map((p) => p.type)).toEqual(['any', 'any[][]', 'any?']);
});

test('publish.xml, jsplugins.xml and the .7z as wpsjs makes them', () => {
  expect(read('publish.xml')).toContain(`<jsplugin name="task-ledger" type="et" url="${FOLDER}" version="${VERSION}" enable="enable_dev" install="null" customDomain=""/>`);
  expect(read('jsplugins.xml')).toContain(`<jsplugin name="task-ledger" type="et" url="http://jsaddons.example.gov.cn/wps/task-ledger.7z" version="${VERSION}"/>`);
  const sevenZip = require('7zip-bin').path7za as string;
  const list = spawnSync(sevenZip, ['l', '-ba', path.join(out, 'task-ledger.7z')], { encoding: 'utf8' });
  expect(list.status).toBe(0);
  const names = list.stdout.split('\n').map((l) => l.trim().split(/\s+/).pop()).filter(Boolean);
  for (const f of ['index.html', 'main.js', 'ribbon.xml', 'manifest.xml', 'functions.json', 'ui/taskpane.html', 'ui/taskpane.js']) expect(names).toContain(`${FOLDER}/${f}`);
});

test('main.js in WPS: registers LEDGER.* (answering from the built bundle) and opens, then hides, the task pane', () => {
  const fx = new FakeWps();
  const panes: Array<{ url: string; ID: number; Visible: boolean }> = [];
  const storage = new Map<string, unknown>();
  const Application = {
    CreateTaskPane: (url: string) => {
      const p = { url, ID: panes.length + 1, Visible: false };
      panes.push(p);
      return p;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) },
  };
  const context: Record<string, unknown> = { wps: fx.wpsGlobal(), Application, location: { href: 'file:///jsaddons/task-ledger_0.1.0/index.html' }, console };
  context.globalThis = context;
  vm.runInNewContext(read(FOLDER, 'main.js'), context);
  expect([...fx.functions.keys()]).toEqual(['LEDGER.TASKSTATUS', 'LEDGER.TASKDUE', 'LEDGER.TASKLEAD', 'LEDGER.UNITWORKLOAD', 'LEDGER.WORKLOADTABLE']);
  expect(fx.functions.get('LEDGER.TASKSTATUS')!('2019年6月底前完成', undefined, undefined, '2019-12-06')).toBe('逾期');
  expect(fx.functions.get('LEDGER.TASKLEAD')!('省财政厅、省发改委（牵头）')).toBe('省发展改革委');
  expect(fx.functions.get('LEDGER.TASKSTATUS')!('#N/A')).toBe('#N/A');
  const onAction = context.OnAction as (c: { Id: string }) => void;
  expect((context.OnAddinLoad as (r: unknown) => boolean)({})).toBe(true);
  onAction({ Id: 'btnTaskPane' });
  expect(panes).toEqual([{ url: 'file:///jsaddons/task-ledger_0.1.0/ui/taskpane.html', ID: 1, Visible: true }]);
  onAction({ Id: 'btnTaskPane' });
  expect(panes).toHaveLength(1);
  expect(panes[0].Visible).toBe(false);
});

test('install.sh (UOS/麒麟) copies the folder into jsaddons and adds itself to publish.xml, keeping other add-ins', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-home-'));
  const jsaddons = path.join(home, '.local/share/Kingsoft/wps/jsaddons');
  fs.mkdirSync(jsaddons, { recursive: true });
  fs.writeFileSync(path.join(jsaddons, 'publish.xml'), '<jsplugins>\n  <jsplugin name="oa-assist" type="wps" url="oa_1.0.0" version="1.0.0"/>\n</jsplugins>\n');
  for (let i = 0; i < 2; i++) {
    const r = spawnSync('sh', [path.join(out, 'install.sh')], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
    expect(r.status).toBe(0);
  }
  expect(fs.existsSync(path.join(jsaddons, FOLDER, 'main.js'))).toBe(true);
  const publish = fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8');
  expect(publish).toContain('name="oa-assist"');
  expect(publish.match(/name="task-ledger"/g)).toHaveLength(1);
  expect(publish).toContain(`url="${FOLDER}"`);
});
