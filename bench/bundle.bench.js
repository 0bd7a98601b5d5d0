'use strict';
// Sizes of the production add-in bundle: dist/functions.js (Excel loads it alone in its
// JavaScript-only runtime; budget 80 KB) and dist/taskpane.js gzipped (what the pane downloads).
// Builds dist/ first when it is missing or older than its sources (`npm run build`).
const { readFileSync, statSync } = require('fs');
const { join } = require('path');
const { gzipSync } = require('zlib');
const { report } = require('./report');
const { freshDist } = require('./dist');

const dist = freshDist();
report('bundle.functions.kb', statSync(join(dist, 'functions.js')).size / 1024, 'KB');
report('bundle.taskpane.gzip_kb', gzipSync(readFileSync(join(dist, 'taskpane.js')), { level: 9 }).length / 1024, 'KB');
