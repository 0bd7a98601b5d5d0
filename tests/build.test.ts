// The built custom functions, as Excel gets them: one production build of the functions entry
// (the task pane is left out to keep this fast; `npm run build` builds both) with the 21Vianet
// office.js option and a deployment base URL, then functions.js loaded alone in a plain vm context.

import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vm from 'vm';
import { makeCfStub, outcome, type CfStub } from './functions/cf-stub';
import { FUNCTION_WORDS } from '../src/functions/names';
import { hasXmllint, validateManifest } from './manifest-schema';
import { PLAN_2018 } from '../src/core/plan';

const root = join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(root, 'webpack.config.js')) as {
  MANIFEST_FILES: string[];
  OFFICE_JS: Record<string, { officeJs: string; runtimeJs: string; scriptHosts: string[] }>;
  contentSecurityPolicy(hosts: string[], dev: boolean): string;
};
const BASE = 'https://ledger.example.gov.cn/addin/';

let out = '';
let stub: CfStub;

interface Meta {
  functions: Array<{
    id: string;
    name: string;
    description: string;
    options?: { volatile?: boolean };
    parameters: Array<{ name: string; description: string; optional?: boolean; dimensionality?: string; type?: string }>;
    result: { dimensionality?: string; type?: string };
  }>;
}
const readJson = (f: string) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Meta;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'task-ledger-build-'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', 'only=functions',
      '--env', `outDir=${out}`, '--env', 'officejs=china', '--env', `baseUrl=${BASE}`],
    { cwd: root, stdio: 'pipe', timeout: 240_000 },
  );
  stub = makeCfStub();
  const context = vm.createContext({ CustomFunctions: stub });
  vm.runInContext(readFileSync(join(out, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
}, 250_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('dist/functions.js', () => {
  it('is at most 80 KB and self-contained (no other chunk)', () => {
    expect(statSync(join(out, 'functions.js')).size).toBeLessThanOrEqual(80 * 1024);
    const js = readFileSync(join(out, 'functions.js'), 'utf8');
    expect(js).not.toMatch(/\bimportScripts\b|__webpack_require__\.e\(|webpackChunk/);
  });

  it('has no eval and touches no DOM', () => {
    const js = readFileSync(join(out, 'functions.js'), 'utf8');
    expect(js).not.toMatch(/\beval\(|new Function\(/);
    expect(js).not.toMatch(/\bdocument\.|\bwindow\.|\blocalStorage\b/);
  });

  it('registers all five functions with CustomFunctions.associate when loaded alone', () => {
    expect([...stub.associated.keys()].sort()).toEqual(FUNCTION_WORDS.map((w) => w.id).sort());
  });

  it('answers as the spec says', () => {
    const call = (id: string, ...args: unknown[]) => outcome(() => stub.associated.get(id)!(...args));
    const asOf = 43466; // 2019-01-01
    expect(call('TASKSTATUS', '2018年9月底前出台', null, null, asOf, null)).toBe('逾期');
    expect(call('TASKSTATUS', '2018年9月底前出台', '已完成', 43374, asOf, null)).toBe('逾期完成'); // done 2018-10-01, due 09-30
    expect(call('TASKSTATUS', '2018年9月底前出台', '已完成', 43373, asOf, null)).toBe('已完成'); // done on 09-30
    expect(call('TASKSTATUS', '执行国家规定', null, null, asOf, null)).toBe('长期');
    expect(call('TASKSTATUS', '', null, null, null, null)).toBe('');
    expect(call('TASKDUE', '2018年底前', null)).toBe(43465);
    expect(call('TASKDUE', '尽快', null)).toMatchObject({ error: '#VALUE!' });
    expect(call('TASKDUE', '根据实际需要制订', null)).toMatchObject({ error: '#N/A' });
    expect(call('TASKLEAD', '省财政厅、省发改委（牵头）')).toBe('省发展改革委');
    expect(call('UNITWORKLOAD', '省人力社保厅', [['省人社厅'], ['省财政厅、省人社保厅'], ['']], '牵头')).toBe(1);
    expect(call('WORKLOADTABLE', [['省财政厅']], null)).toEqual([['单位', '牵头', '配合', '合计'], ['省财政厅', 1, 0, 1]]);
  });

  it('gives every plan phrase a status label', () => {
    const labels = new Set(['已完成', '逾期完成', '逾期', '临期', '进行中', '未开始', '长期', '无法识别']);
    for (const t of PLAN_2018.tasks) {
      expect(labels.has(stub.associated.get('TASKSTATUS')!(t.time, null, null, 43466, null) as string)).toBe(true);
    }
  });
});

describe('functions metadata', () => {
  it('writes English and Chinese files with the same structure and ASCII ids', () => {
    const en = readJson('functions.json');
    const zh = readJson('functions.zh-CN.json');
    expect(en.functions.map((f) => f.id)).toEqual(zh.functions.map((f) => f.id));
    for (const f of en.functions) expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    const shape = (m: Meta) => m.functions.map((f) => [f.id, f.options, f.result, f.parameters.map((p) => [p.type, p.optional, p.dimensionality])]);
    expect(shape(zh)).toEqual(shape(en));
  });

  it('takes names and descriptions from names.ts in each language', () => {
    const en = readJson('functions.json');
    const zh = readJson('functions.zh-CN.json');
    for (const w of FUNCTION_WORDS) {
      const e = en.functions.find((f) => f.id === w.id)!;
      const z = zh.functions.find((f) => f.id === w.id)!;
      expect([e.name, e.description]).toEqual([w.en.name, w.en.description]);
      expect([z.name, z.description]).toEqual([w.zh.name, w.zh.description]);
      expect(z.parameters.map((p) => p.name)).toEqual(w.params.map((p) => p.zh.name));
      expect(e.parameters.map((p) => p.name)).toEqual(w.params.map((p) => p.en.name));
    }
    expect(zh.functions.map((f) => f.name)).toEqual(['任务状态', '任务到期日', '牵头单位', '单位任务数', '工作量表']);
  });

  it('marks optional parameters, ranges, the spilled result and volatility', () => {
    const en = readJson('functions.json');
    const get = (id: string) => en.functions.find((f) => f.id === id)!;
    const optional = (id: string) => get(id).parameters.map((p) => p.optional === true);
    expect(optional('TASKSTATUS')).toEqual([false, true, true, true, true, true]); // …, 预警天数, 完成进度
    expect(optional('TASKDUE')).toEqual([false, true]);
    expect(optional('TASKLEAD')).toEqual([false]);
    expect(optional('UNITWORKLOAD')).toEqual([false, false, true]);
    expect(optional('WORKLOADTABLE')).toEqual([false, true]);
    expect(get('UNITWORKLOAD').parameters[1].dimensionality).toBe('matrix');
    expect(get('WORKLOADTABLE').parameters.map((p) => p.dimensionality)).toEqual(['matrix', 'matrix']);
    expect(get('WORKLOADTABLE').result.dimensionality).toBe('matrix');
    expect(get('TASKSTATUS').result.dimensionality ?? 'scalar').toBe('scalar');
    expect(get('TASKSTATUS').options?.volatile).toBe(true);
    expect(get('TASKDUE').options?.volatile).toBe(true);
    expect(get('TASKLEAD').options?.volatile).toBeUndefined();
  });
});

describe('build options', () => {
  (hasXmllint ? it : it.skip)("writes a manifest that validates against Microsoft's schemas, with the deployment origin as AppDomain", () => {
    expect(validateManifest(join(out, 'manifest.xml'))).toEqual({ ok: true, errors: [] });
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toContain('<AppDomain>https://ledger.example.gov.cn</AppDomain>');
  });

  it('writes the manifest with the deployment base URL', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${BASE}functions.zh-CN.json`);
    for (const f of webpackConfig.MANIFEST_FILES) {
      expect(manifest).toContain(BASE + f);
      if (f !== 'taskpane.html') expect(existsSync(join(out, f))).toBe(true);
    }
  });

  it('loads the runtime from the 21Vianet CDN and allows only that host', () => {
    const html = readFileSync(join(out, 'functions.html'), 'utf8');
    expect(html).toContain('https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/custom-functions-runtime.js');
    expect(html).not.toContain('appsforoffice.microsoft.com');
    expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.cdn\.partner\.office365\.cn;/);
    expect(readFileSync(join(out, 'commands.html'), 'utf8')).toContain('office365.cn/appsforoffice/lib/1/hosted/office.js');
  });

  it.each([
    ['cdn', "script-src 'self' https://appsforoffice.microsoft.com"],
    ['china', "script-src 'self' https://appsforoffice.cdn.partner.office365.cn"],
    ['package', "script-src 'self';"],
  ])('CSP for office.js from %s', (kind, scriptSrc) => {
    const csp = webpackConfig.contentSecurityPolicy(webpackConfig.OFFICE_JS[kind].scriptHosts, false) + ';';
    expect(csp).toContain(scriptSrc);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('webpack configuration', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(root, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{
    devtool: unknown;
    entry: Record<string, unknown>;
    optimization: { runtimeChunk: unknown; splitChunks: unknown };
  }>;

  it('never uses an eval devtool and keeps functions.js in one chunk', async () => {
    for (const mode of ['production', 'development']) {
      const c = await makeConfig({}, { mode });
      expect(String(c.devtool)).not.toMatch(/eval/);
      expect(c.optimization).toMatchObject({ runtimeChunk: false, splitChunks: false });
      expect(Object.keys(c.entry).sort()).toEqual(['functions', 'taskpane']);
    }
  });
  it('rejects an unknown office.js source and a non-https base URL', async () => {
    await expect(makeConfig({ officejs: 'mirror' }, { mode: 'production' })).rejects.toThrow(/officejs/);
    await expect(makeConfig({ baseUrl: 'http://intranet/ledger/' }, { mode: 'production' })).rejects.toThrow(/https/);
  });
});

describe('taskpane.html template', () => {
  const html = readFileSync(join(root, 'src/taskpane/taskpane.html'), 'utf8');
  it('has the root element, the CSP meta tag and office.js in <head>', () => {
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(html).toMatch(/<div id="root"><\/div>/);
    expect(head).toContain('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect(head).toContain('<script src="<%= officeJs %>"');
    // office.js before anything else that runs: the CSP meta must come first to cover it.
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script'));
  });
});
