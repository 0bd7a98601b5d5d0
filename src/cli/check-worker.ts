// The worker thread of isolate.ts: rebuilds the run's options once, then reads and checks one file
// per message and replies with the result (or the reason the file was refused).
import { parentPort, workerData } from 'worker_threads';
import { parseArgs } from './args';
import { checkFile, checkOptions, loadSetup } from './main';
import { FileError } from './xlsx';
import type { WorkerReply, WorkerSetup } from './isolate';

const setup = workerData as WorkerSetup;
const args = parseArgs(setup.argv);
const options = loadSetup(args, { cwd: setup.cwd }).then((engine) => checkOptions(args, engine, setup.asOf));
// Ready: the parent starts a file's time limit from here, not from the worker's start-up.
void options.then(() => parentPort!.postMessage({ ready: true }));

// One file at a time, in the order asked: the replies come back in that order.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: { id: number; file: string; sheet?: string; keepBuffer: boolean }) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const r = await checkFile(m.file, { sheet: m.sheet, check: await options });
      reply = { ok: { result: r.result, buffer: m.keepBuffer ? r.buffer : undefined, macros: r.macros } };
    } catch (e) {
      if (e instanceof FileError) reply = { fileError: { id: e.id, data: e.data } };
      else reply = { internal: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(reply);
  });
});
