/**
 * The one-file command line: `npm run build:cli-bundle` bundles lib/cli/bundle.js (compiled by
 * `npm run build:cli`) with every dependency into dist/task-ledger.cjs, which a bare Node 20+ runs:
 * `node task-ledger.cjs check 台账.xlsx`. For offices where `npm install` cannot reach the registry.
 */
const path = require('path');
const webpack = require('webpack');
const pkg = require('./package.json');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.join(__dirname, 'lib', 'cli', 'bundle.js'),
  output: {
    path: path.join(__dirname, 'dist'),
    filename: 'task-ledger.cjs',
    library: { type: 'commonjs2' },
    clean: false,
  },
  // __dirname and __filename are the bundle's own: the checker child is this same file.
  node: { __dirname: false, __filename: false },
  devtool: false,
  optimization: { minimize: true },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true }),
    new webpack.DefinePlugin({ 'process.env.TASK_LEDGER_VERSION': JSON.stringify(pkg.version) }),
  ],
  stats: 'errors-warnings',
};
