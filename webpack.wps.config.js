/* Builds the WPS 表格 add-in (WPS 加载项) into one folder, laid out as wpsjs lays out its own:
 *   index.html + main.js      the entry WPS loads at start-up: ribbon callbacks, LEDGER.* functions
 *   ribbon.xml                the 台账助手 tab
 *   manifest.xml              JsPlugin: name, and the functions (functions.json, namespace LEDGER)
 *   ui/taskpane.html + .js    the task pane (the Excel pane's React app on the WPS adapter)
 *   images/task-ledger.png    the ribbon button's icon
 * functions.json and the packages around the folder are made by scripts/build-wps.js.
 *   webpack --config webpack.wps.config.js --env outDir=DIR
 */
'use strict';

const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { contentSecurityPolicy } = require('./webpack.config');

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const outDir = path.resolve(env.outDir || path.join(__dirname, 'dist-wps', 'addin'));
  const common = {
    mode: dev ? 'development' : 'production',
    target: ['web', 'es2017'],
    devtool: false,
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(__dirname, 'tsconfig.json'), compilerOptions: { module: 'esnext', target: 'es2017' } },
        },
      ],
    },
    optimization: { runtimeChunk: false, splitChunks: false },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  const define = new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') });
  return [
    {
      ...common,
      name: 'main',
      entry: { main: './src/wps/addin.ts' },
      output: { path: outDir, filename: '[name].js', publicPath: '', globalObject: 'globalThis', clean: true },
      plugins: [
        define,
        new CopyWebpackPlugin({
          patterns: [
            { from: 'src/wps/addin/index.html', to: 'index.html' },
            { from: 'src/wps/addin/ribbon.xml', to: 'ribbon.xml' },
            { from: 'src/wps/addin/manifest.xml', to: 'manifest.xml' },
            { from: 'assets/icon-64.png', to: 'images/task-ledger.png' },
          ],
        }),
      ],
    },
    {
      ...common,
      name: 'taskpane',
      // The Excel pane's own entry: it sees WPS's Application object and mounts on the WPS adapter.
      entry: { taskpane: './src/taskpane/index.tsx' },
      // Its own folder: the pane's chunks (the Word reader) load relative to ui/taskpane.html.
      output: { path: path.join(outDir, 'ui'), filename: '[name].js', publicPath: '', globalObject: 'globalThis' },
      plugins: [
        define,
        new HtmlWebpackPlugin({
          filename: 'taskpane.html',
          template: './src/wps/addin/ui/taskpane.html',
          chunks: ['taskpane'],
          inject: 'head',
          scriptLoading: 'defer',
          templateParameters: { csp: contentSecurityPolicy([], dev) },
        }),
      ],
    },
  ];
};
