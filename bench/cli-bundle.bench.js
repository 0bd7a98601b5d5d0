'use strict';
// bundle.cli.kb: the one-file command line (dist/task-ledger.cjs, `npm run build:cli-bundle`), what an
// office copies from a USB stick. Built here each time (about 25 s).
const { statSync } = require('fs');
const { join } = require('path');
const { spawnSync } = require('child_process');
const { report } = require('./report');

const root = join(__dirname, '..');
const r = spawnSync('npm', ['run', '--silent', 'build:cli-bundle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (r.status !== 0) {
  process.stderr.write('build:cli-bundle failed\n');
  process.exit(1);
}
report('bundle.cli.kb', statSync(join(root, 'dist', 'task-ledger.cjs')).size / 1024, 'KB');
