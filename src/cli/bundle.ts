// Entry of the one-file command line, dist/task-ledger.cjs (npm run build:cli-bundle): every
// dependency inside, run with a bare Node 20+. The same file is the checker child when isolate.ts
// forks it with CHECKER_ARG.
import { CHECKER_ARG } from './isolate';

if (process.argv[2] === CHECKER_ARG) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./check-worker');
} else {
  // `task-ledger check | head`: the reader went away; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./main') as typeof import('./main'))
    .main(process.argv.slice(2), { isolate: true })
    .then((code) => {
      process.exitCode = code;
    });
}
