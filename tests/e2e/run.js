#!/usr/bin/env node
'use strict';
// npm run test:e2e: the production build served on localhost, opened in headless Debian Chromium
// with office.js answered by the in-memory Excel fake. Clicks 校验, checks the list and the marked
// cells, clicks 清除标记, checks every format is back, and saves screenshots (zh-CN and English)
// to tests/e2e/screenshots/. Not part of `npm test`.
const assert = require('assert/strict');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const buildFake = require('./build-fake');

const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PANE_SIZE = { width: 380, height: 900 };

function log(msg) {
  process.stdout.write(`e2e: ${msg}\n`);
}

function buildProduction(outDir) {
  // The add-in engineer's production build, into a folder of our own.
  const r = spawnSync('npm', ['run', 'build', '--silent', '--', `--env`, `outDir=${outDir}`], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed (exit ${r.status})\n${r.stdout}`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function openPane(context, base, fakeJs, lang) {
  const page = await context.newPage();
  await page.setViewportSize(PANE_SIZE);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // office.js (from whichever CDN the build names) is answered by the fake; nothing else leaves localhost.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/\/office\.js(\?|$)/.test(url)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeJs });
    if (url.startsWith(base)) return route.continue();
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html?lang=${lang}`);
  return { page, errors };
}

async function checkFlow(page, lang) {
  const L = lang === 'en'
    ? { check: 'Check', clear: 'Remove marks', checked: /^Checked "执行台账"$/, detail: /^49 tasks · as of 2019-12-06$/, cleared: 'Marks removed; cell formats are as they were.', goTo: /^Go to [A-Z]+\d+: / }
    : { check: '校验', clear: '清除标记', checked: /^已校验“执行台账”$/, detail: /^49 项任务 · 基准日期 2019-12-06$/, cleared: '已清除标记，单元格格式已恢复原样。', goTo: /^转到 [A-Z]+\d+：/ };
  await page.getByRole('button', { name: L.check, exact: true }).click();
  await page.getByText(L.checked).waitFor();
  await page.getByText(L.detail).waitFor();

  // The list: groups by rule, each with its issues; every issue with a cell is painted in its severity colour.
  const issues = await page.evaluate(() => {
    const fx = window.__fake;
    const sheet = fx.sheetByName('执行台账');
    return { rules: sheet.conditionalFormats.length, marks: sheet.conditionalFormats.map((c) => c.formula) };
  });
  assert.ok(issues.rules > 0, 'conditional-format marks were added');
  const groups = page.locator('.fui-AccordionHeader__button');
  const groupCount = await groups.count();
  assert.ok(groupCount >= 3, `issues grouped by rule (${groupCount} groups)`);
  await groups.first().click();
  const goTo = page.getByRole('button', { name: L.goTo });
  const n = await goTo.count();
  assert.ok(n > 0, 'the first group lists issues');
  const cells = [];
  for (let i = 0; i < n; i++) cells.push(/([A-Z]+\d+)/.exec(await goTo.nth(i).getAttribute('aria-label'))[1]);
  const fills = await page.evaluate((cs) => cs.map((c) => window.__fake.displayedFill('执行台账', c)), cells);
  fills.forEach((f, i) => assert.ok(['#FFC7CE', '#FFEB9C', '#DDEBF7'].includes(f), `cell ${cells[i]} is marked (${f})`));
  // Clicking an issue selects the cell.
  await goTo.first().click();
  await page.waitForFunction((c) => window.__fake.model.selection && window.__fake.model.selection.address === c, cells[0]);
  // Values untouched by the check.
  assert.equal(await page.evaluate(() => window.__fake.valueSnapshot() === window.__initialValues), true, 'values unchanged by the check');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-checked.png`), fullPage: true });

  // The unit filter: one unit's progress alerts only, then written as a 问题清单 sheet.
  const unitBox = page.getByRole('combobox', { name: lang === 'en' ? 'Unit' : '单位' });
  await unitBox.selectOption('省统计局');
  await page.getByRole('combobox', { name: lang === 'en' ? 'Category' : '类别' }).selectOption('progress');
  await page.getByRole('heading', { name: lang === 'en' ? 'Ledger mistakes, by rule' : '填报问题（按规则）' }).waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-filtered.png`), fullPage: true });

  await page.getByRole('button', { name: L.clear, exact: true }).click();
  await page.getByText(L.cleared).waitFor();
  const same = await page.evaluate(() => window.__fake.formatSnapshot() === window.__initialFormats);
  assert.equal(same, true, 'every format is back as before the check');
  const after = await page.evaluate((cs) => cs.map((c) => window.__fake.displayedFill('执行台账', c)), cells);
  assert.deepEqual(after, await page.evaluate((cs) => cs.map((c) => { const m = window.__fake.cell('执行台账', c); return m.fill ? m.fill.color : null; }), cells), 'marks gone: cells show their own fill');
  // The filtered list written as a sheet (after the format check: a new sheet is a change).
  await page.getByRole('button', { name: lang === 'en' ? 'Write the issue list (new sheet)' : '写入问题清单（新工作表）' }).click();
  await page.waitForFunction(() => window.__fake.model.sheets.some((s) => s.name.startsWith('问题清单')));
  return cells;
}

/** A county's notice: title, 文号, then the 重点任务清单 (made with the docx library, as a tester would in Word). */
async function noticeDocx(file) {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = require('docx');
  const row = (cells) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('某县人民政府办公室'),
          new Paragraph('某政办发〔2026〕8号'),
          new Paragraph('2026年民生实事项目实施方案'),
          new Table({
            rows: [
              row(['序号', '重点任务', '责任单位', '时间要求']),
              row(['1', '新建城乡公交候车亭50个', '县交通运输局', '2026年10月底前']),
              row(['2', '改造老旧小区3个', '县住房和城乡建设局', '2026年年底前']),
            ],
          }),
        ],
      },
    ],
  });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}

/** 设置 → 参照计划: a sheet of the workbook, then a Word notice read in the pane; each used by the next check. */
async function planFlow(context, base, fakeJs, work) {
  const { page, errors } = await openPane(context, base, fakeJs, 'zh-CN');
  await page.goto(`${base}/taskpane.html?lang=zh-CN&planSheet=1`);
  await page.getByRole('tab', { name: '设置' }).click();
  const plan = page.getByRole('combobox', { name: /参照计划/ });
  await page.getByRole('option', { name: '本工作簿的工作表：计划清单' }).waitFor({ state: 'attached' });
  await plan.selectOption({ label: '本工作簿的工作表：计划清单' });
  await page.getByRole('button', { name: '保存到工作簿' }).click();
  await page.getByText(/设置已保存/).waitFor();
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByText('参照计划：修订后的行动计划重点任务执行台账').waitFor();
  // The sheet's task 5 is led by 省统计局: the ledger's row 9 now differs from the plan in its units.
  await page.getByRole('button', { name: /与计划不一致/ }).first().click();
  await page.getByRole('button', { name: /^转到 C9：.*省统计局/ }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'pane-zh-CN-plan-sheet.png'), fullPage: true });

  // A Word notice: read in the pane (its reader is a chunk of its own, loaded now), stored on save.
  const docx = path.join(work, '民生实事方案.docx');
  await noticeDocx(docx);
  await page.getByRole('tab', { name: '设置' }).click();
  await page.locator('input[type=file]').setInputFiles(docx);
  await page.getByText('已读取《2026年民生实事项目实施方案》：2 项任务，0 个类别；保存后存入本工作簿。').waitFor();
  assert.equal(await plan.inputValue(), 'document');
  await page.getByRole('button', { name: '保存到工作簿' }).click();
  await page.getByText(/设置已保存/).waitFor();
  await page.getByRole('tab', { name: '校验' }).click();
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByText('参照计划：某政办发〔2026〕8号').waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'pane-zh-CN-plan-document.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no page errors');
  await page.close();
}

/** The same pane in WPS 表格 (the WPS fake): check, marks, select, clear, plan sheet, 考评 sheet; then main.js's functions. */
async function wpsFlow(context, work) {
  log('building the WPS add-in (npm run build:wps)…');
  const out = path.join(work, 'wps');
  const r = spawnSync(process.execPath, ['scripts/build-wps.js', '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:wps failed (exit ${r.status})\n${r.stdout}`);
  const folder = fs.readdirSync(out).find((f) => f.startsWith('task-ledger_'));
  const wpsJs = fs.readFileSync(await buildFake(path.join(work, 'wps-fake'), 'wps-fake'), 'utf8');
  const server = await serve(path.join(out, folder));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const page = await context.newPage();
    await page.setViewportSize(PANE_SIZE);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // WPS gives the add-in's pages its Application and wps objects before their scripts run.
    await page.addInitScript(wpsJs);
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await page.goto(`${base}/ui/taskpane.html`);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^已校验“执行台账”$/).waitFor();
    await page.getByText(/^49 项任务 · 基准日期 2019-12-06$/).waitFor();
    const marks = await page.evaluate(() => window.__wps.sheetByName('执行台账').conditions.filter((c) => c.formula1.includes('task-ledger')).length);
    assert.ok(marks > 0, 'marks are conditions of ours');
    await page.locator('.fui-AccordionHeader__button').first().click();
    const goTo = page.getByRole('button', { name: /^转到 [A-Z]+\d+：/ }).first();
    const cell = /([A-Z]+\d+)/.exec(await goTo.getAttribute('aria-label'))[1];
    const fill = await page.evaluate((c) => window.__wps.displayedFill('执行台账', c), cell);
    assert.ok([0xcec7ff, 0x9cebff, 0xf7ebdd].includes(fill), `cell ${cell} shows a severity colour (BGR ${fill})`);
    await goTo.click();
    await page.waitForFunction((c) => window.__wps.selection && window.__wps.selection.address === c, cell);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'pane-wps-checked.png'), fullPage: true });
    await page.getByRole('button', { name: '清除标记', exact: true }).click();
    await page.getByText('已清除标记，单元格格式已恢复原样。').waitFor();
    assert.equal(await page.evaluate(() => window.__wps.formatSnapshot() === window.__initialFormats), true, 'every format is back (WPS)');
    assert.equal(await page.evaluate(() => window.__wps.valueSnapshot() === window.__initialValues), true, 'values unchanged (WPS)');
    await page.getByRole('button', { name: '插入任务清单', exact: true }).click();
    await page.getByText('已插入工作表“重点任务台账”。').waitFor();
    await page.getByRole('tab', { name: '考评汇总' }).click();
    await page.getByRole('button', { name: '统计', exact: true }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: '写入新工作表', exact: true }).click();
    await page.waitForFunction(() => window.__wps.sheets.some((s) => s.name === '考评汇总'));
    await page.screenshot({ path: path.join(SHOTS, 'pane-wps-evaluation.png'), fullPage: true });
    assert.deepEqual(errors, [], 'no page errors (WPS pane)');
    await page.close();

    // main.js, as WPS loads index.html: the five functions answer from the WPS registration.
    const entry = await context.newPage();
    await entry.addInitScript(wpsJs);
    await entry.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await entry.goto(`${base}/index.html`);
    const answers = await entry.evaluate(() => {
      const f = (n) => window.__wps.functions.get(`LEDGER.${n}`);
      return {
        names: [...window.__wps.functions.keys()],
        status: f('TASKSTATUS')('2019年6月底前完成', undefined, undefined, '2019-12-06'),
        lead: f('TASKLEAD')('省财政厅、省发改委（牵头）'),
      };
    });
    assert.deepEqual(answers, { names: ['LEDGER.TASKSTATUS', 'LEDGER.TASKDUE', 'LEDGER.TASKLEAD', 'LEDGER.UNITWORKLOAD', 'LEDGER.WORKLOADTABLE'], status: '逾期', lead: '省发展改革委' });
    await entry.close();
  } finally {
    server.close();
  }
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'task-ledger-e2e-'));
  log('bundling the Excel fake…');
  const fakeJs = fs.readFileSync(await buildFake(path.join(work, 'fake')), 'utf8');
  // E2E_DIST: reuse an existing production build (for iterating on the test itself).
  let dist = process.env.E2E_DIST;
  if (!dist) {
    dist = path.join(work, 'dist');
    log('building production bundle (npm run build)…');
    buildProduction(dist);
  }
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
  });
  let failed = false;
  try {
    for (const lang of ['zh-CN', 'en']) {
      log(`pane in ${lang}…`);
      const { page, errors } = await openPane(context, base, fakeJs, lang === 'en' ? 'en-US' : 'zh-CN');
      await checkFlow(page, lang);
      // One more view: the evaluation tab.
      await page.getByRole('tab', { name: lang === 'en' ? 'Evaluation' : '考评汇总' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Compute' : '统计', exact: true }).click();
      await page.getByRole('table').waitFor();
      // 督办单: one notice per unit into a new sheet, a page break before each.
      await page.getByRole('button', { name: lang === 'en' ? /^Write 督办单 \(\d+ units\)$/ : /^写出督办单（\d+ 个单位）$/ }).click();
      await page.waitForFunction(() => {
        const s = window.__fake.model.sheets.find((x) => x.name.startsWith('督办单'));
        return s && s.pageBreakRows.length > 0;
      });
      await page.getByText(lang === 'en' ? /督办通知单 of \d+ units/ : /个单位的督办通知单/).waitFor();
      await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-evaluation.png`), fullPage: true });
      // And the settings, read back from the workbook's custom XML part.
      await page.getByRole('tab', { name: lang === 'en' ? 'Settings' : '设置' }).click();
      const asOf = page.getByLabel(lang === 'en' ? 'As-of date (empty: today)' : '基准日期（留空为今天）');
      await page.waitForFunction(() => document.querySelector('input[placeholder="YYYY-MM-DD"]') && document.querySelector('input[placeholder="YYYY-MM-DD"]').value === '2019-12-06');
      assert.equal(await asOf.inputValue(), '2019-12-06', 'settings come from the workbook');
      await page.screenshot({ path: path.join(SHOTS, `pane-${lang}-settings.png`), fullPage: true });
      assert.deepEqual(errors, [], 'no page errors');
      await page.close();
    }
    log('reference plan: a sheet, then a Word notice…');
    await planFlow(context, base, fakeJs, work);
    log('WPS 表格: the same pane on the WPS adapter…');
    await wpsFlow(context, work);
    // Outside Office: the same page without office.js says so plainly.
    const page = await context.newPage();
    await page.setViewportSize(PANE_SIZE);
    await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    await page.goto(`${base}/taskpane.html`);
    await page.getByText('请在 Excel 中打开').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'pane-outside-office.png'), fullPage: true });
    log(`ok; screenshots in ${path.relative(ROOT, SHOTS)}/`);
  } catch (e) {
    failed = true;
    process.stderr.write(`e2e FAILED: ${e && e.stack ? e.stack : e}\n`);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  process.stderr.write(`e2e FAILED: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
