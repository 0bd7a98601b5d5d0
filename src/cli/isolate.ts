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

interface Job {
  id: number;
  request: { id: number; file: string; sheet: string | undefined; keepBuffer: boolean };
  resolve(r: CheckedInput): void;
  reject(e: unknown): void;
}

/**
 * Checks files in a worker thread, one after another; a worker that dies or overruns is replaced and
 * the files queued behind it go to the new one. Several files may be queued, so the worker never waits
 * for this thread between files; a file's time limit starts when the worker starts it (when the file
 * before it is answered).
 */
export class IsolatedChecker {
  private worker: Worker | null = null;
  private ready = false;
  private readonly jobs: Job[] = [];
  private nextId = 1;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly limits: IsolationLimits,
  ) {}

  check(file: string, sheet: string | undefined, keepBuffer: boolean): Promise<CheckedInput> {
    return new Promise<CheckedInput>((resolve, reject) => {
      const id = this.nextId++;
      const job: Job = { id, request: { id, file, sheet, keepBuffer }, resolve, reject };
      this.jobs.push(job);
      if (!this.worker) this.start();
      else if (this.ready) this.send(job);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.stopTimer();
    if (w) await w.terminate();
  }

  private start(): void {
    const worker = new Worker(path.join(__dirname, 'check-worker.js'), {
      workerData: this.setup,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    // Idle between runs, the worker must not keep the process alive (a file's timer does meanwhile).
    worker.unref();
    this.worker = worker;
    this.ready = false;
    worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if (worker !== this.worker) return;
      if ('ready' in reply) {
        this.ready = true;
        for (const job of this.jobs) this.send(job);
        return;
      }
      const job = this.jobs.shift();
      this.stopTimer();
      if (!job) return;
      if ('ok' in reply) job.resolve({ ...reply.ok, buffer: reply.ok.buffer && Buffer.from(reply.ok.buffer) });
      else if ('fileError' in reply) job.reject(new FileError(reply.fileError.id, reply.fileError.data));
      else job.reject(new Error(reply.internal));
      this.startTimer();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (worker === this.worker) this.fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new FileError('out-of-memory') : e);
    });
    worker.on('exit', () => {
      if (worker === this.worker) this.fail(new FileError('out-of-memory'));
    });
  }

  private send(job: Job): void {
    this.worker!.postMessage(job.request);
    if (this.jobs[0] === job) this.startTimer();
  }

  /** The file the worker is on fails; the files behind it go to a fresh worker. */
  private fail(reason: unknown): void {
    this.stopTimer();
    const worker = this.worker;
    this.worker = null;
    if (worker) void worker.terminate();
    this.jobs.shift()?.reject(reason);
    if (this.jobs.length > 0) this.start();
  }

  private startTimer(): void {
    if (this.jobs.length === 0 || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.fail(new FileError('timeout', { seconds: String(this.limits.timeoutMs / 1000) }));
    }, this.limits.timeoutMs);
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
