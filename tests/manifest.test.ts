/**
 * @jest-environment jsdom
 */
// Offline checks of manifest.xml (Microsoft's validation service needs the internet: `npm run validate`).

import { readFileSync } from 'fs';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { hasXmllint, validateManifest } from './manifest-schema';

const root = join(__dirname, '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(root, 'webpack.config.js')) as { MANIFEST_FILES: string[]; DEV_BASE_URL: string };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

const doc = new DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const byLocalName = (name: string) => Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === name);

describe('manifest.xml', () => {
  (hasXmllint ? it : it.skip)("validates against Microsoft's manifest schemas (xmllint, offline)", () => {
    expect(validateManifest(join(root, 'manifest.xml'))).toEqual({ ok: true, errors: [] });
  });

  it('is well-formed XML with the OfficeApp root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has a GUID id and a four-part version matching package.json', () => {
    expect(all('Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const version = all('Version')[0].textContent ?? '';
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    // Rule (docs/addin.md): the manifest version is package.json's version plus a fourth part.
    expect(version.startsWith(pkg.version + '.')).toBe(true);
  });

  it('targets Excel (Workbook) only', () => {
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(['Workbook', 'Workbook']);
  });

  it('defines every resid it uses, once', () => {
    const defined = [...byLocalName('Image'), ...byLocalName('Url'), ...byLocalName('String')]
      .map((e) => e.getAttribute('id'))
      .filter((id): id is string => !!id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = Array.from(doc.getElementsByTagName('*'))
      .map((e) => e.getAttribute('resid'))
      .filter((id): id is string => !!id);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined).toContain(id);
  });

  it('has unique control, group and task pane ids', () => {
    const ids = [...byLocalName('Group'), ...byLocalName('Control')].map((e) => e.getAttribute('id'));
    ids.push(...byLocalName('TaskpaneId').map((e) => e.textContent));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses https URLs only, all on the build base URL and all produced by the build', () => {
    const urls = Array.from(doc.getElementsByTagName('*')).flatMap((e) =>
      ['DefaultValue', 'Value'].map((a) => e.getAttribute(a)).filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v)),
    );
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(u.startsWith('https://')).toBe(true);
      expect(u.startsWith(webpackConfig.DEV_BASE_URL)).toBe(true);
    }
    const files = new Set(urls.map((u) => u.slice(webpackConfig.DEV_BASE_URL.length)));
    expect([...files].sort()).toEqual([...webpackConfig.MANIFEST_FILES].sort());
  });

  it('has the LEDGER namespace, at most 32 characters', () => {
    const nsId = byLocalName('Namespace')[0].getAttribute('resid');
    const ns = byLocalName('String').find((s) => s.getAttribute('id') === nsId)?.getAttribute('DefaultValue') ?? '';
    expect(ns).toBe('LEDGER');
    expect(ns.length).toBeLessThanOrEqual(32);
    expect(ns).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('points zh-CN Excel at the Chinese functions metadata', () => {
    const resid = byLocalName('Metadata')[0].getElementsByTagName('*')[0].getAttribute('resid');
    const url = byLocalName('Url').find((u) => u.getAttribute('id') === resid)!;
    expect(url.getAttribute('DefaultValue')).toMatch(/\/functions\.json$/);
    const overrides = Array.from(url.getElementsByTagName('*')).filter((e) => e.localName === 'Override');
    expect(overrides.map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')])).toEqual([
      ['zh-CN', webpackConfig.DEV_BASE_URL + 'functions.zh-CN.json'],
    ]);
  });

  it('declares custom functions with script, page and metadata, and a task pane', () => {
    const cf = byLocalName('ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'CustomFunctions')!;
    expect(Array.from(cf.children).map((c) => c.localName)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const pane = byLocalName('Action').find((e) => e.getAttribute('xsi:type') === 'ShowTaskpane');
    expect(pane).toBeDefined();
  });

  it('keeps SharedRuntime and CustomFunctionsRuntime out of the top-level requirements', () => {
    const top = Array.from(doc.documentElement.children).find((c) => c.localName === 'Requirements');
    const sets = top ? Array.from(top.getElementsByTagName('*')).filter((e) => e.localName === 'Set') : [];
    for (const s of sets) expect(['SharedRuntime', 'CustomFunctionsRuntime']).not.toContain(s.getAttribute('Name'));
    expect(byLocalName('Runtimes')).toHaveLength(0);
  });

  it('keeps resource strings within Office limits and gives each a zh-CN text', () => {
    for (const [tag, limit] of [['ShortStrings', 125], ['LongStrings', 250]] as const) {
      for (const s of Array.from(byLocalName(tag)[0].children)) {
        expect((s.getAttribute('DefaultValue') ?? '').length).toBeLessThanOrEqual(limit);
        if (s.getAttribute('id') === 'Functions.Namespace') continue;
        const zh = Array.from(s.children).find((o) => o.getAttribute('Locale') === 'zh-CN');
        expect(zh?.getAttribute('Value')).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    for (const tag of ['DisplayName', 'Description']) {
      const zh = Array.from(all(tag)[0].children).find((o) => o.getAttribute('Locale') === 'zh-CN');
      expect(zh?.getAttribute('Value')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('is read by office-addin-manifest info (as a child process)', () => {
    const out = execFileSync(process.execPath, [join(root, 'node_modules/office-addin-manifest/cli.js'), 'info', 'manifest.xml'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out).toContain('Id: ' + all('Id')[0].textContent);
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Source Location: ' + webpackConfig.DEV_BASE_URL + 'taskpane.html');
  });
});
