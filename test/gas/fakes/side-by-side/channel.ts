import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Wire } from './wire';

/**
 * The threads that run executions, and the synchronous conversation with one of them.
 *
 * Protocol (worker.mjs is the other side). Main → worker: `start` (handler, event, the globals
 * as handles), then one answer per request: `{ value }`, `{ error: { name, message } }`, or
 * `kill` (the worker exits on the spot, so no `catch` or `finally` of the script runs, as when
 * Apps Script stops an execution). Worker → main: `get` / `set` / `has` / `call` / `apply` on a
 * handle, and `end` when the handler returned or threw. Each side posts on a MessagePort and
 * rings its bell (an Int32Array on a SharedArrayBuffer); the other side waits on the bell with
 * Atomics.wait and reads with receiveMessageOnPort, so both stay synchronous. The main thread's
 * waits have a real-time limit: a worker that loops without calling a service, or dies, is
 * terminated and its execution ends as hung — a test never hangs.
 */
export type Request =
  | { readonly kind: 'get' | 'has'; readonly id: number; readonly prop: string }
  | { readonly kind: 'set'; readonly id: number; readonly prop: string; readonly value: Wire }
  | { readonly kind: 'call'; readonly id: number; readonly prop: string; readonly args: readonly Wire[] }
  | { readonly kind: 'apply'; readonly id: number; readonly args: readonly Wire[] };

export type FromWorker =
  | Request
  | {
      readonly kind: 'end';
      readonly ok: boolean;
      readonly value?: unknown;
      readonly error?: { readonly name: string; readonly message: string };
    };

export type Answer =
  { readonly value: Wire } | { readonly error: { readonly name: string; readonly message: string } };

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export class Thread {
  private readonly port: MessagePort;
  private readonly bell = new Int32Array(new SharedArrayBuffer(8));
  private readonly worker: Worker;
  alive = true;

  constructor(code: string, clock: SharedArrayBuffer) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_URL, {
      workerData: { port: port2, code, bell: this.bell.buffer, clock },
      transferList: [port2],
    });
    this.worker.unref();
    this.port.unref();
  }

  private post(message: unknown): void {
    this.port.postMessage(message);
    Atomics.add(this.bell, 0, 1);
    Atomics.notify(this.bell, 0);
  }

  start(handler: string, event: Wire | undefined, globals: Record<string, Wire>): void {
    this.post({ kind: 'start', handler, event, globals });
  }

  answer(answer: Answer): void {
    this.post(answer);
  }

  /** The worker's next message, or undefined when it sent none within `timeoutMs` of real time. */
  next(timeoutMs: number): FromWorker | undefined {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const seen = Atomics.load(this.bell, 1);
      const got = receiveMessageOnPort(this.port);
      if (got) return got.message as FromWorker;
      const left = until - Date.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.bell, 1, seen, left);
    }
  }

  /** Stops the execution where it stands: the worker exits without running another line. */
  kill(): void {
    if (!this.alive) return;
    this.alive = false;
    this.post({ kind: 'kill' });
    void this.worker.terminate();
  }

  quit(): void {
    if (!this.alive) return;
    this.alive = false;
    this.post({ kind: 'quit' });
    void this.worker.terminate();
  }
}

/**
 * Idle threads kept for the next execution (starting a thread and compiling the bundle costs
 * far more than running it). One pool per bundle text; a killed or hung thread is not reused.
 */
export class ThreadPool {
  private readonly idle: Thread[] = [];
  /** The simulated clock every thread reads (only one execution runs at a time). */
  readonly clockBuffer = new SharedArrayBuffer(8);
  readonly clock = new Float64Array(this.clockBuffer);
  started = 0;

  constructor(
    readonly code: string,
    private readonly keep = 8,
  ) {}

  take(): Thread {
    const thread = this.idle.pop();
    if (thread) return thread;
    this.started++;
    return new Thread(this.code, this.clockBuffer);
  }

  give(thread: Thread): void {
    if (!thread.alive) return;
    if (this.idle.length < this.keep) this.idle.push(thread);
    else thread.quit();
  }

  close(): void {
    for (const thread of this.idle.splice(0)) thread.quit();
  }
}

const pools = new Map<string, ThreadPool>();

/** The pool for a bundle text, shared by the worlds of a test file. */
export function poolFor(code: string): ThreadPool {
  let pool = pools.get(code);
  if (!pool) pools.set(code, (pool = new ThreadPool(code)));
  return pool;
}

/** Ends every idle thread (afterAll). */
export function closePools(): void {
  for (const pool of pools.values()) pool.close();
  pools.clear();
}
