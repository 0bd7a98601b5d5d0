'use strict';
// Bundles tests/e2e/office-fake.ts (the Excel fake + sample workbook), or wps-fake.ts (the WPS one),
// into one browser script.
const path = require('path');
const webpack = require('webpack');

module.exports = function buildFake(outDir, name = 'office-fake') {
  const config = {
    mode: 'development',
    devtool: false,
    entry: path.join(__dirname, `${name}.ts`),
    output: { path: outDir, filename: `${name}.js` },
    resolve: { extensions: ['.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(__dirname, '../../tsconfig.json'), compilerOptions: { module: 'es2020', sourceMap: false, rootDir: path.join(__dirname, '../..') } },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(path.join(outDir, `${name}.js`));
    }),
  );
};
