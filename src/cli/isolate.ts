// One bad file never sinks a run: the command line reads and checks each file in a worker thread
// with its own heap limit and a time limit. The reader's bounds (xlsx-read.ts) should make both
// unreachable; if a file gets past them anyway, an exhausted heap or a hung parse is that file's
// error line (exit 2), and the next file gets a fresh worker.
import { Worker } from 'worker_threads';
import * as path from 'path';
import type { CheckResult } from '../core/engine';
import { FileError, type FileErrorId } from './xlsx';

/** What the worker needs to rebuild the run's options: the parsed arguments and where they apply. */
export interface WorkerSetup {
  argv: readonly string[];
  cwd: string;
  asOf: string;
}

/** A checked file as it crosses from the worker (the file's bytes only when a copy is to be written). */
export interface CheckedInput {
  result: CheckResult;
  buffer?: Buffer;
  macros: boolean;
}

export type WorkerReply =
  | { ok: CheckedInput }
  | { fileError: { id: FileErrorId; data: Record<string, string> } }
  | { internal: string };

export interface IsolationLimits {
  /** The worker's old-generation heap (MB). */
  heapMb: number;
  /** One file's read and check (ms). */
  timeoutMs: number;
}

/**
 * Limits from the environment, for machines with little memory or very slow disks:
 * TASK_LEDGER_WORKER_MB (default 1536) and TASK_LEDGER_FILE_TIMEOUT_S (default 120).
 */
export function isolationLimits(env: Record<string, string | undefined>): IsolationLimits {
  const num = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
  return { heapMb: num(env.TASK_LEDGER_WORKER_MB, 1536), timeoutMs: num(env.TASK_LEDGER_FILE_TIMEOUT_S, 120) * 1000 };
}

/** Checks files one at a time in a worker thread; a worker that dies is replaced for the next file. */
export class IsolatedChecker {
  private worker: { thread: Worker; ready: Promise<void> } | null = null;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly limits: IsolationLimits,
  ) {}

  /** A worker, ready once it has loaded its code and options (its first message). */
  private start(): { thread: Worker; ready: Promise<void> } {
    const thread = new Worker(path.join(__dirname, 'check-worker.js'), {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    // Idle between files, the worker must not keep the process alive (a file's timer does meanwhile).
    thread.unref();
    const ready = new Promise<void>((resolve, reject) => {
      thread.once('message', () => resolve());
      thread.once('error', reject);
      thread.once('exit', () => reject(new FileError('out-of-memory')));
    });
    ready.catch(() => undefined);
    return { thread, ready };
  }

  async check(file: string, sheet: string | undefined, keepBuffer: boolean): Promise<CheckedInput> {
    this.worker ??= this.start();
    const { thread, ready } = this.worker;
    await ready.catch((e: unknown) => {
      this.worker = null;
      throw e;
    });
    return new Promise<CheckedInput>((resolve, reject) => {
      const done = (fn: () => void) => {
        clearTimeout(timer);
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
        fn();
      };
      const replace = () => {
        if (this.worker?.thread === thread) this.worker = null;
        void thread.terminate();
      };
      const onMessage = (reply: WorkerReply) =>
        done(() => {
          if ('ok' in reply) resolve({ ...reply.ok, buffer: reply.ok.buffer && Buffer.from(reply.ok.buffer) });
          else if ('fileError' in reply) reject(new FileError(reply.fileError.id, reply.fileError.data));
          else reject(new Error(reply.internal));
        });
      const onError = (e: Error & { code?: string }) =>
        done(() => {
          replace();
          reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new FileError('out-of-memory') : e);
        });
      const onExit = () =>
        done(() => {
          replace();
          reject(new FileError('out-of-memory'));
        });
      const timer = setTimeout(
        () =>
          done(() => {
            replace();
            reject(new FileError('timeout', { seconds: String(this.limits.timeoutMs / 1000) }));
          }),
        this.limits.timeoutMs,
      );
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.postMessage({ file, sheet, keepBuffer });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.thread.terminate();
  }
}
