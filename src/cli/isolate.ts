// One bad file never sinks a run: the command line reads and checks files in a child process with
// its own heap limit and a time limit per file. The reader's bounds (xlsx-read.ts) should make both
// unreachable; if a file gets past them anyway, an exhausted heap or a hung parse is that file's
// error line (exit 2), and the next file gets a fresh child.
//
// A child process, not a worker thread: V8 sometimes aborts the whole process when a worker thread
// reaches its heap limit (seen here: 1 run in 12 with a 48 MB limit), which is the crash this exists
// to contain.
import { fork, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { CheckResult } from '../core/engine';
import { FileError, type FileErrorId } from './xlsx';

/** The argument that makes the one-file command line run as the checker child. */
export const CHECKER_ARG = '--task-ledger-checker-child';

/** What the child needs to rebuild the run's options: the arguments and where they apply. */
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

export type WorkerReply = (
  | { ok: CheckedInput }
  | { fileError: { id: FileErrorId; data: Record<string, string> } }
  | { internal: string }
) & {
  /** The child's peak memory (MB) and CPU time (ms) so far, for TASK_LEDGER_DEBUG and the bench. */
  maxRssMb: number;
  cpuMs: number;
};

export interface IsolationLimits {
  /** The child's old-generation heap (MB). */
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
  private child: ChildProcess | null = null;
  private ready = false;
  private readonly jobs: Job[] = [];
  private nextId = 1;
  private timer: NodeJS.Timeout | null = null;
  /** The largest peak memory a child reported (MB). */
  childPeakMb = 0;
  /** CPU time of the children that ended, and of the current one so far (ms). */
  private cpuEnded = 0;
  private cpuCurrent = 0;

  constructor(
    private readonly setup: WorkerSetup,
    private readonly limits: IsolationLimits,
  ) {}

  check(file: string, sheet: string | undefined, keepBuffer: boolean): Promise<CheckedInput> {
    return new Promise<CheckedInput>((resolve, reject) => {
      const id = this.nextId++;
      const job: Job = { id, request: { id, file, sheet, keepBuffer }, resolve, reject };
      this.jobs.push(job);
      if (!this.child) this.start();
      else if (this.ready) this.send(job);
      this.keepAlive();
    });
  }

  /** Ends the child (it has nothing left to do; it exits on the signal, not waited for). */
  close(): void {
    const child = this.child;
    this.child = null;
    this.stopTimer();
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  }

  /** CPU time the children spent (ms), as far as they reported it. */
  get childCpuMs(): number {
    return this.cpuEnded + this.cpuCurrent;
  }

  private start(): void {
    this.cpuEnded += this.cpuCurrent;
    this.cpuCurrent = 0;
    // Its output is dropped: a crash prints V8's GC log and native stack, which is not the user's
    // business; the file's line says what happened.
    // lib/cli/check-worker.js beside this file; in the one-file command line (dist/task-ledger.cjs),
    // that file itself, asked to be the checker.
    const script = path.join(__dirname, 'check-worker.js');
    const own = fs.existsSync(script);
    const child = fork(own ? script : __filename, own ? [] : [CHECKER_ARG], {
      execArgv: [`--max-old-space-size=${this.limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    this.child = child;
    this.ready = false;
    this.keepAlive();
    child.on('message', (reply: WorkerReply | { ready: true }) => {
      if (child !== this.child) return;
      if ('ready' in reply) {
        this.ready = true;
        for (const job of this.jobs) this.send(job);
        return;
      }
      this.childPeakMb = Math.max(this.childPeakMb, reply.maxRssMb);
      this.cpuCurrent = reply.cpuMs;
      const job = this.jobs.shift();
      this.stopTimer();
      if (!job) return;
      if ('ok' in reply) job.resolve({ ...reply.ok, buffer: reply.ok.buffer && Buffer.from(reply.ok.buffer) });
      else if ('fileError' in reply) job.reject(new FileError(reply.fileError.id, reply.fileError.data));
      else job.reject(new Error(reply.internal));
      this.keepAlive();
      this.startTimer();
    });
    child.on('error', (e) => {
      if (child === this.child) this.fail(e);
    });
    child.on('exit', (code, signal) => {
      if (child !== this.child) return;
      // V8's "heap out of memory" aborts the process: SIGABRT, or SIGTRAP when it happens while the
      // heap is being set up (exit codes 134 and 133 through a shell).
      const oom = signal === 'SIGABRT' || signal === 'SIGTRAP' || code === 134 || code === 133;
      const reason = oom ? new FileError('out-of-memory') : new Error(`checker exited (${code ?? signal})`);
      if (!this.ready) {
        // It could not even start (too little memory, or its options failed to load): no file can be
        // checked this way, and starting another would fail the same way.
        this.child = null;
        for (const job of this.jobs.splice(0)) job.reject(reason);
        return;
      }
      this.fail(reason);
    });
    child.send({ setup: this.setup });
  }

  /** A child with files to check keeps this process alive; an idle one must not. */
  private keepAlive(): void {
    const child = this.child;
    if (!child) return;
    const channel = child.channel as unknown as { ref(): void; unref(): void } | undefined;
    if (this.jobs.length > 0) {
      child.ref();
      channel?.ref();
    } else {
      child.unref();
      channel?.unref();
    }
  }

  private send(job: Job): void {
    this.child!.send(job.request);
    if (this.jobs[0] === job) this.startTimer();
  }

  /** The file the child is on fails; the files behind it go to a fresh child. */
  private fail(reason: unknown): void {
    this.stopTimer();
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
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
