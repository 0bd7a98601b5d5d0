/** @jest-environment jsdom */
// The entry: inside Excel it waits for Office.onReady and mounts the pane in the display language;
// outside Office it says so.
import { screen } from '@testing-library/react';
import { act } from 'react';
import { FakeExcel } from '../fakes/excel';
import { wpsSampleWorkbook } from '../fakes/wps-sample';

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
jest.setTimeout(60000);

const g = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  jest.resetModules();
  document.body.innerHTML = '<div id="root"></div>';
  delete g.Office;
  delete g.Excel;
  delete g.Application;
  delete g.wps;
});

async function load() {
  await act(async () => {
    require('../../src/taskpane/index');
    await new Promise((r) => setTimeout(r, 50));
  });
}

test('inside Excel: the pane, in English when Office speaks English', async () => {
  const fx = new FakeExcel({ displayLanguage: 'en-US' });
  fx.addSheet('Sheet1');
  g.Office = fx.office();
  g.Excel = { run: fx.run };
  await load();
  expect(await screen.findByRole('button', { name: 'Check' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
});

test('inside Excel in Chinese', async () => {
  const fx = new FakeExcel({ displayLanguage: 'zh-CN' });
  fx.addSheet('Sheet1');
  g.Office = fx.office();
  g.Excel = { run: fx.run };
  await load();
  expect(await screen.findByRole('button', { name: '校验' })).toBeTruthy();
});

test('inside WPS 表格 (its Application object, no office.js): the pane on the WPS adapter, in Chinese', async () => {
  const fx = wpsSampleWorkbook();
  g.Application = fx.application();
  g.wps = fx.wpsGlobal();
  await load();
  const check = await screen.findByRole('button', { name: '校验' });
  expect(document.documentElement.lang).toBe('zh-CN');
  await act(async () => {
    check.click();
    await new Promise((r) => setTimeout(r, 200));
  });
  expect(await screen.findByText('已校验“执行台账”')).toBeTruthy();
  expect(fx.sheetByName('执行台账')!.conditions.some((c) => c.formula1.includes('task-ledger'))).toBe(true);
});

test('no office.js: the page says it works only in Excel', async () => {
  await load();
  // jsdom's navigator.language is en-US: the notice follows the browser's language.
  expect(await screen.findByText('Open this in Excel')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('office.js in another host (not Excel): the same notice', async () => {
  const fx = new FakeExcel();
  g.Office = { ...fx.office(), onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }) };
  await load();
  // jsdom's navigator.language is en-US: the notice follows the browser's language.
  expect(await screen.findByText('Open this in Excel')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('an Excel older than ExcelApi 1.4: says so instead of failing', async () => {
  const fx = new FakeExcel({ excelApi: 3, displayLanguage: 'zh-CN' });
  g.Office = fx.office();
  g.Excel = { run: fx.run };
  await load();
  expect(await screen.findByText('此版本 Excel 过旧')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
