#!/usr/bin/env node
// npm run build:wps — the WPS 表格 add-in (WPS 加载项) and its offline package, laid out as wpsjs
// (Kingsoft's own tool) builds and publishes an offline add-in:
//   dist-wps/
//     task-ledger_<version>/   the add-in folder (webpack.wps.config.js, plus functions.json made here)
//     task-ledger.7z           wpsjs build's 离线插件: that folder packed with 7-Zip (7zip-bin, as wpsjs)
//     publish.xml              the list a machine keeps in jsaddons/ (what wpsjs's installer writes)
//     jsplugins.xml            an IT server's list for oem.ini [Server] JSPluginsServer=…/jsplugins.xml
//     install.bat, install.sh  copy the folder into jsaddons/ and add it to publish.xml (Windows; UOS/麒麟)
// Options: --server URL   where the IT department serves task-ledger.7z (default http://127.0.0.1/jsaddons/)
//          --out DIR      instead of dist-wps/
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const NAME = 'task-ledger';
const TYPE = 'et'; // WPS 表格
const VERSION = require('../package.json').version;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const xmlAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function main() {
  const out = path.resolve(option('--out', path.join(ROOT, 'dist-wps')));
  let server = option('--server', 'http://127.0.0.1/jsaddons/');
  if (!server.endsWith('/')) server += '/';
  const folderName = `${NAME}_${VERSION}`;
  const folder = path.join(out, folderName);
  fs.rmSync(out, { recursive: true, force: true });

  // 1. The add-in folder.
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const built = spawnSync(process.execPath, [webpackCli, '--config', 'webpack.wps.config.js', '--env', `outDir=${folder}`], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`webpack failed (exit ${built.status})`);

  // 2. functions.json: Excel's metadata of src/functions (the same JSDoc), Chinese words from names.ts, in WPS's format.
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
  const generated = await generateCustomFunctionsMetadata(path.join(ROOT, 'src/functions/functions.ts'));
  if (generated.errors.length) throw new Error(generated.errors.join('\n'));
  const { loadNames, loadTypeScript } = require('../webpack.config');
  const { localizeMetadata } = loadNames();
  const { wpsFunctionsJson } = loadTypeScript(path.join(ROOT, 'src/wps/functions-json.ts'));
  // Names as WPS requires them (ASCII, from the English metadata), words users read in Chinese.
  const en = localizeMetadata(JSON.parse(generated.metadataJson), 'en');
  const zh = localizeMetadata(JSON.parse(generated.metadataJson), 'zh');
  zh.functions.forEach((f, i) => f.parameters.forEach((p, k) => (p.name = en.functions[i].parameters[k].name)));
  const functions = wpsFunctionsJson(zh);
  fs.writeFileSync(path.join(folder, 'functions.json'), `${JSON.stringify(functions, null, 2)}\n`);

  // 3. The lists WPS reads: publish.xml on a machine, jsplugins.xml on a server.
  const entry = (url) => `name="${NAME}" type="${TYPE}" url="${xmlAttr(url)}" version="${VERSION}"`;
  fs.writeFileSync(path.join(out, 'publish.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin ${entry(folderName)} enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`);
  fs.writeFileSync(path.join(out, 'jsplugins.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin ${entry(`${server}${NAME}.7z`)}/>\n</jsplugins>\n`);

  // 4. The offline package.
  const sevenZip = require('7zip-bin').path7za;
  fs.chmodSync(sevenZip, 0o755);
  const packed = spawnSync(sevenZip, ['a', '-t7z', '-bd', '-y', `${NAME}.7z`, folderName], { cwd: out, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`7-Zip failed (exit ${packed.status}): ${packed.stderr || packed.stdout}`);

  // 5. Installers: copy the folder into jsaddons/ and list it in publish.xml without dropping other add-ins.
  const line = `<jsplugin ${entry(folderName)} enable="enable_dev" install="null" customDomain=""/>`;
  fs.writeFileSync(
    path.join(out, 'install.sh'),
    [
      '#!/bin/sh',
      '# 安装到 WPS 加载项目录（统信 UOS、银河麒麟等 Linux）/ Install into WPS jsaddons (Linux: UOS, Kylin).',
      'set -e',
      'cd "$(dirname "$0")"',
      'dest="$HOME/.local/share/Kingsoft/wps/jsaddons"',
      'mkdir -p "$dest"',
      `rm -rf "$dest/${folderName}" && cp -R "${folderName}" "$dest/"`,
      'if [ ! -f "$dest/publish.xml" ]; then cp publish.xml "$dest/publish.xml";',
      `elif ! grep -q 'name="${NAME}"' "$dest/publish.xml"; then sed -i 's#</jsplugins>#  ${line.replace(/#/g, '\\#')}\\n</jsplugins>#' "$dest/publish.xml";`,
      `else sed -i 's#<jsplugin name="${NAME}"[^>]*/>#${line.replace(/#/g, '\\#')}#' "$dest/publish.xml"; fi`,
      `echo "已安装 ${folderName}，请重新启动 WPS。/ Installed; restart WPS."`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  const ps = [
    `$d=Join-Path $env:APPDATA 'kingsoft\\wps\\jsaddons'; New-Item -ItemType Directory -Force $d | Out-Null;`,
    `Copy-Item -Recurse -Force '${folderName}' $d;`,
    `$p=Join-Path $d 'publish.xml'; $l='${line.replace(/'/g, "''")}';`,
    `if (-not (Test-Path $p)) { Copy-Item publish.xml $p } else { $x=Get-Content -Raw -Encoding UTF8 $p;`,
    `$x=[regex]::Replace($x,'<jsplugin name=\\"${NAME}\\"[^>]*/>\\s*','');`,
    `$x=$x -replace '</jsplugins>',('  '+$l+[Environment]::NewLine+'</jsplugins>'); Set-Content -Encoding UTF8 $p $x }`,
  ].join(' ');
  fs.writeFileSync(
    path.join(out, 'install.bat'),
    ['@echo off', 'rem 安装到 WPS 加载项目录 / Install into %APPDATA%\\kingsoft\\wps\\jsaddons', 'cd /d "%~dp0"', `powershell -NoProfile -ExecutionPolicy Bypass -Command "${ps.replace(/"/g, '\\"')}"`, `echo 已安装 ${folderName}，请重新启动 WPS。/ Installed; restart WPS.`, 'pause', ''].join('\r\n'),
  );
  process.stdout.write(`WPS add-in: ${path.relative(ROOT, folder)}/, ${path.relative(ROOT, path.join(out, `${NAME}.7z`))} (server: ${server})\n`);
}

main().catch((e) => {
  process.stderr.write(`build:wps failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
