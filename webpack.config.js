/* Builds the Excel add-in into dist/:
 *   taskpane.html + taskpane.js      the task pane (React, src/taskpane/index.tsx)
 *   functions.js                     custom functions, self-contained (loads alone in Excel's JS-only runtime)
 *   functions.html                   page for the custom functions runtime (manifest <Page>)
 *   commands.html                    the manifest's FunctionFile (office.js only)
 *   functions.json                   English metadata (generated from the JSDoc in src/functions/functions.ts)
 *   functions.zh-CN.json             Chinese metadata (same structure, words from src/functions/names.ts)
 *   manifest.xml                     the manifest with the base URL of this build
 *   assets/                          icons and the support page
 *   office-js/                       only with --env officejs=package: office.js served by the add-in itself
 *
 * Options (webpack --env NAME=VALUE, or the environment variable in brackets):
 *   officejs=cdn|china|package  (OFFICE_JS)      where office.js comes from; default cdn (Microsoft's CDN)
 *   baseUrl=https://host/path/  (ADDIN_BASE_URL) where dist/ will be served; default https://localhost:3000/
 *   only=functions                               build the custom functions alone (fast; used by tests)
 *   outDir=DIR                                   output folder instead of dist/
 */
'use strict';

const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
const FUNCTIONS_SOURCE = './src/functions/functions.ts';

/** The three places office.js can come from, and the script hosts each one needs in the CSP. */
const OFFICE_JS = {
  cdn: {
    officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    runtimeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js',
    scriptHosts: ['https://appsforoffice.microsoft.com'],
  },
  // Office 365 operated by 21Vianet (世纪互联) serves office.js from its own CDN in China.
  china: {
    officeJs: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
    runtimeJs: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/custom-functions-runtime.js',
    scriptHosts: ['https://appsforoffice.cdn.partner.office365.cn'],
  },
  // Isolated government networks: office.js from the @microsoft/office-js package, copied into dist/office-js/.
  package: {
    officeJs: 'office-js/office.js',
    runtimeJs: 'office-js/custom-functions-runtime.js',
    scriptHosts: [],
  },
};

/** Files of @microsoft/office-js that an Excel add-in can load (office.js fetches them relative to itself). */
const OFFICE_JS_FILES = [
  'office.js',
  'custom-functions-runtime.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  '*/office_strings.js',
  'telemetry/*.js',
  'ariatelemetry/*.js',
];

/** Every file of dist/ the manifest points at (the manifest test checks the two agree). */
const MANIFEST_FILES = [
  'taskpane.html',
  'functions.js',
  'functions.html',
  'functions.json',
  'functions.zh-CN.json',
  'commands.html',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
  'assets/support.html',
];

/** Loads a TypeScript file outside webpack with TypeScript's transpiler (plain data and functions, no bundling). */
function loadTypeScript(file) {
  const out = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const Module = require('module');
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod._compile(out.outputText, file);
  return mod.exports;
}

/** src/functions/names.ts: the functions' names and words in English and Chinese. */
function loadNames() {
  return loadTypeScript(path.join(__dirname, 'src/functions/names.ts'));
}

/** Content-Security-Policy for the add-in's pages. */
function contentSecurityPolicy(scriptHosts, dev) {
  const self = ["'self'"];
  return [
    `default-src 'self'`,
    `script-src ${[...self, ...scriptHosts].join(' ')}`,
    // Fluent UI (Griffel) and office.js inject inline styles.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self' data:`,
    // The add-in sends nothing: no host but its own (and the dev server's live-reload socket in development).
    `connect-src ${dev ? "'self' wss://localhost:3000" : "'self'"}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'none'`,
  ].join('; ');
}

/**
 * After custom-functions-metadata-plugin has emitted functions.json: rewrite it with the English
 * words of names.ts and emit functions.zh-CN.json with the Chinese ones. A mismatch between the
 * JSDoc and names.ts, or a missing functions.json (the metadata generator failed), fails the build.
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LocalizedMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset('functions.json');
          if (!asset) {
            if (!compilation.errors.length) {
              compilation.errors.push(new webpack.WebpackError('functions.json was not generated from ' + FUNCTIONS_SOURCE));
            }
            return;
          }
          try {
            const { localizeMetadata } = loadNames();
            const generated = JSON.parse(asset.source.source().toString());
            const en = localizeMetadata(generated, 'en');
            const zh = localizeMetadata(generated, 'zh');
            const { RawSource } = webpack.sources;
            compilation.updateAsset('functions.json', new RawSource(JSON.stringify(en, null, 2)));
            compilation.emitAsset('functions.zh-CN.json', new RawSource(JSON.stringify(zh, null, 2)));
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(String(e && e.message ? e.message : e)));
          }
        },
      );
    });
  }
}

/** HTTPS options for the dev server; says plainly when the development CA could not be trusted. */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, cert: o.cert, key: o.key };
  } catch (e) {
    const banner = [
      '',
      '==================================================================================',
      ' 开发证书的根证书未能加入系统信任（通常是没有管理员/sudo 权限）。',
      ' The development CA could not be trusted (usually: no administrator/sudo rights).',
      ` ${String(e && e.message ? e.message : e).split('\n')[0]}`,
      ' Excel 和浏览器将拒绝 https://localhost:3000，直到信任该证书：',
      ' Excel and browsers will refuse https://localhost:3000 until the CA is trusted:',
      '   npx office-addin-dev-certs install      (as administrator / with sudo)',
      ` CA: ${files.ca}`,
      '==================================================================================',
      '',
    ].join('\n');
    console.warn(banner);
    if (fs.existsSync(files.cert) && fs.existsSync(files.key)) {
      return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
    }
    console.warn(' 未找到证书文件，改用临时自签名证书 / no certificate files: using a temporary self-signed certificate.\n');
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJsKind = env.officejs || process.env.OFFICE_JS || 'cdn';
  const source = OFFICE_JS[officeJsKind];
  if (!source) throw new Error(`officejs must be one of ${Object.keys(OFFICE_JS).join(', ')}; got "${officeJsKind}"`);
  let baseUrl = env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(baseUrl)) throw new Error(`baseUrl must be https: ${baseUrl}`);
  if (!baseUrl.endsWith('/')) baseUrl += '/';
  const onlyFunctions = env.only === 'functions';
  const outDir = path.resolve(env.outDir || path.join(__dirname, 'dist'));
  const csp = contentSecurityPolicy(source.scriptHosts, dev);

  const tsRule = (target) => ({
    loader: 'ts-loader',
    options: {
      // Types are checked by `npm run lint`; the bundle build only transpiles.
      transpileOnly: true,
      configFile: path.join(__dirname, 'tsconfig.json'),
      compilerOptions: { module: 'esnext', target, sourceMap: dev },
    },
  });

  const entry = { functions: FUNCTIONS_SOURCE };
  const taskpaneEntry = './src/taskpane/index.tsx';
  if (!onlyFunctions) {
    // The dev server's live-reload client goes into the task pane only: injected into functions.js
    // it would touch the DOM, which Excel's JavaScript-only runtime does not have.
    entry.taskpane = serving
      ? [`${require.resolve('webpack-dev-server/client/index.js')}?protocol=wss%3A&hostname=localhost&port=3000&pathname=%2Fws&logging=info&reconnect=10&hot=false&live-reload=true`, taskpaneEntry]
      : taskpaneEntry;
  }

  const plugins = [
    new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
    new LocalizedMetadataPlugin(),
    new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') }),
    new HtmlWebpackPlugin({
      filename: 'functions.html',
      template: './src/functions/functions.html',
      chunks: ['functions'],
      inject: 'head',
      scriptLoading: 'blocking',
      templateParameters: { runtimeJs: source.runtimeJs, csp },
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/functions/commands.html',
      chunks: [],
      inject: false,
      templateParameters: { officeJs: source.officeJs, csp },
    }),
  ];
  if (!onlyFunctions) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
        templateParameters: { officeJs: source.officeJs, csp },
      }),
    );
  }
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'assets/*.html', to: 'assets/[name][ext]' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      // URLs carry the base URL; <AppDomain> carries only its origin.
      transform: (content) =>
        content
          .toString()
          .split(DEV_BASE_URL)
          .join(baseUrl)
          .split(`<AppDomain>${new URL(DEV_BASE_URL).origin}</AppDomain>`)
          .join(`<AppDomain>${new URL(baseUrl).origin}</AppDomain>`),
    },
  ];
  if (officeJsKind === 'package' && !onlyFunctions) {
    const pkg = path.dirname(require.resolve('@microsoft/office-js/package.json'));
    copies.push({
      from: `{${OFFICE_JS_FILES.join(',')}}`,
      context: path.join(pkg, 'dist'),
      to: 'office-js/',
      globOptions: { ignore: ['**/*.debug.js'] },
      // Microsoft's files as shipped: terser must not minify them again.
      info: { minimized: true },
    });
  }
  plugins.push(new CopyWebpackPlugin({ patterns: copies }));

  const config = {
    mode: dev ? 'development' : 'production',
    entry,
    target: ['web', 'es2017'],
    // Never eval: the pages' CSP has no 'unsafe-eval', and Excel's runtimes may refuse it too.
    devtool: dev ? 'source-map' : false,
    output: {
      path: outDir,
      filename: '[name].js',
      publicPath: '',
      globalObject: 'globalThis',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      // ES2017: Edge (WebView2 and legacy EdgeHTML) and Safari run it; IE11 is not supported.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: tsRule('es2017') }],
    },
    // Each entry carries its own runtime; functions.js must load alone, with no other chunk.
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    plugins,
    stats: 'errors-warnings',
  };

  if (serving) {
    config.devServer = {
      port: 3000,
      host: 'localhost',
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devServerHttps() },
      client: false,
      hot: false,
      liveReload: true,
      webSocketServer: 'ws',
    };
  }
  return config;
};

module.exports.MANIFEST_FILES = MANIFEST_FILES;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.loadNames = loadNames;
module.exports.loadTypeScript = loadTypeScript;
