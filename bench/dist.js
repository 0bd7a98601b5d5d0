'use strict';
// The production bundles the benches measure: dist/ as `npm run build` makes it, rebuilt when it is
// missing or older than any source it is built from (a stale dist/ would report old figures).
const { existsSync, readdirSync, statSync } = require('fs');
const { join } = require('path');
const { execFileSync } = require('child_process');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
const BUNDLES = ['functions.js', 'taskpane.js'];

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds dist/ when needed; returns its path. */
function freshDist() {
  const sources = Math.max(...['src', 'webpack.config.js', 'package.json', 'tsconfig.json', 'manifest.xml'].map((p) => newestMtime(join(root, p))));
  const stale = BUNDLES.some((b) => !existsSync(join(dist, b)) || statSync(join(dist, b)).mtimeMs < sources);
  if (stale) {
    execFileSync(process.execPath, [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return dist;
}

module.exports = { freshDist };
