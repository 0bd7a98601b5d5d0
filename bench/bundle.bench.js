'use strict';
// Sizes of the production add-in bundle: dist/functions.js (Excel loads it alone in its
// JavaScript-only runtime; budget 80 KB) and dist/taskpane.js gzipped (what the pane downloads).
// Builds dist/ first when it is missing (`npm run build`).
const { existsSync, readFileSync, statSync } = require('fs');
const { join } = require('path');
const { execFileSync } = require('child_process');
const { gzipSync } = require('zlib');
const { report } = require('./report');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'functions.js')) || !existsSync(join(dist, 'taskpane.js'))) {
  execFileSync(process.execPath, [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
report('bundle.functions.kb', statSync(join(dist, 'functions.js')).size / 1024, 'KB');
report('bundle.taskpane.gzip_kb', gzipSync(readFileSync(join(dist, 'taskpane.js')), { level: 9 }).length / 1024, 'KB');
