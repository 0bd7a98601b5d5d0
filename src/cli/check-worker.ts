// The child process of isolate.ts: rebuilds the run's options once, then reads and checks one file
// per message, in the order asked, and replies with the result (or the reason the file was refused).
import { parseArgs } from './args';
import { checkFile, checkOptions, loadSetup } from './main';
import { FileError } from './xlsx';
import type { WorkerReply, WorkerSetup } from './isolate';

type Request = { id: number; file: string; sheet?: string; keepBuffer: boolean };

let options: ReturnType<typeof checkOptions> | null = null;
let queue: Promise<void> = Promise.resolve();
const send = (m: unknown) => process.send!(m);
const usage = () => {
  const u = process.resourceUsage();
  return { maxRssMb: Math.round(u.maxRSS / 1024), cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) };
};

process.on('message', (m: { setup: WorkerSetup } | Request) => {
  if ('setup' in m) {
    const args = parseArgs(m.setup.argv);
    queue = loadSetup(args, { cwd: m.setup.cwd }).then((engine) => {
      options = checkOptions(args, engine, m.setup.asOf);
      // Ready: the parent starts a file's time limit from here, not from this process's start-up.
      send({ ready: true });
    });
    return;
  }
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      const r = await checkFile(m.file, { sheet: m.sheet, check: options! });
      reply = { ok: { result: r.result, buffer: m.keepBuffer ? r.buffer : undefined, macros: r.macros }, ...usage() };
    } catch (e) {
      if (e instanceof FileError) reply = { fileError: { id: e.id, data: e.data }, ...usage() };
      else reply = { internal: e instanceof Error ? e.message : String(e), ...usage() };
    }
    send(reply);
  });
});
// The parent went away: so does this process.
process.on('disconnect', () => process.exit(0));
