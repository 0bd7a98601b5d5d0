#!/usr/bin/env node
// Entry point of the command line. The TypeScript sources are compiled to lib/ by `npm install`
// (prepare) or `npm run build:cli`; without lib/ say so instead of printing a stack trace.
'use strict';
const path = require('path');
const fs = require('fs');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  const en = process.argv.includes('en') || process.argv.includes('--lang=en');
  process.stderr.write(
    en
      ? 'task-ledger is not built yet: run npm install (or npm run build:cli) in the repository first.\n'
      : 'task-ledger 尚未编译：请先在仓库目录运行 npm install（或 npm run build:cli）。/ run npm install\n',
  );
  process.exit(2);
}
// `task-ledger check | head`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw e;
});
require(compiled)
  .main(process.argv.slice(2), { isolate: true })
  .then((code) => {
    // exitCode, not exit(): let piped stdout drain first.
    process.exitCode = code;
  });
