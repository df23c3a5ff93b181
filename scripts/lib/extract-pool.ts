import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { isBinaryInput } from './input-kinds';
import { ExtractReplySchema, WorkerReadySchema, type ExtractJob, type ExtractReply } from './extract-job';

// Runs the extractor on files in a worker thread, so that no input can stop a batch: the CLI promises one line
// per file with the rest going on, and the eval a score over every page. Before, one 20 MB page exhausted the
// V8 heap inside happy-dom's HTML parse, the process aborted and every later file printed nothing.
// - A size cap refuses what happy-dom cannot parse in reasonable time and memory, before reading it: it
//   needs roughly 150 MB of heap and 0.5-2 s (by the machine's load) per MB of ordinary markup, and about 3 GB
//   for 20 MB (scripts/bench/cli-parse-size.ts).
// - The worker's heap is capped (resourceLimits), so a page that still blows up ends the worker, not the batch.
// - A timer ends a file that takes too long.
// After any of these the worker is dropped and the next file gets a fresh one; otherwise one worker serves
// the whole batch, since starting one costs about a second (tsx compiling the extractor again in the thread).

export interface ExtractLimits {
  maxBytes: number;
  heapMb: number;
  timeoutMs: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxBytes: 8 * 1024 * 1024,
  heapMb: 3072,
  timeoutMs: 60_000,
};

const WORKER_ENTRY = new URL('./extract-worker-boot.mjs', import.meta.url);

interface StartedWorker {
  worker: Worker;
  ready: Promise<string | null>;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export class ExtractPool {
  private started: StartedWorker | null = null;

  constructor(private readonly limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS) {}

  async extractFile(file: string, url: string | null, options: { alsoClipped?: boolean } = {}): Promise<ExtractReply> {
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // A .pdf/.eml/.docx has the converters' own cap (utils/inputs/input-error.ts), checked in the worker.
    if (size > this.limits.maxBytes && !isBinaryInput(file)) {
      return { ok: false, error: `the file is ${megabytes(size)} MB; pages over ${megabytes(this.limits.maxBytes)} MB are not read (--max-mb raises the cap)` };
    }
    return this.inWorker({ file, url, ...options });
  }

  async close(): Promise<void> {
    const started = this.started;
    this.started = null;
    await started?.worker.terminate();
  }

  // Resolves when the worker has loaded the extractor (null) or with why it could not (its time is not the file's).
  private startWorker(): StartedWorker {
    const worker = new Worker(WORKER_ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb } });
    // An idle worker must not keep a finished CLI alive; the timer below keeps the process up while a file runs.
    worker.unref();
    // A worker stopped for its time can still report running out of memory while it dies; its file already has
    // its line, and an 'error' event nobody listens to would abort the whole CLI (seen with a 20 MB page).
    worker.on('error', () => undefined);
    const ready = new Promise<string | null>((resolve) => {
      const done = (why: string | null) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(why);
      };
      const onMessage = (message: unknown) => done(WorkerReadySchema.safeParse(message).success ? null : 'it sent something else first');
      const onError = (error: Error) => done(error.message);
      const onExit = (code: number) => done(`exit code ${code}`);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    return { worker, ready };
  }

  private async inWorker(job: ExtractJob): Promise<ExtractReply> {
    const started = (this.started ??= this.startWorker());
    const { worker } = started;
    const notStarted = await started.ready;
    if (notStarted !== null) {
      this.dropWorker(started);
      return { ok: false, error: `the extractor could not start: ${notStarted}` };
    }
    return new Promise((resolve) => {
      const finish = (reply: ExtractReply, workerFailed: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (workerFailed) this.dropWorker(started);
        resolve(reply);
      };
      const onMessage = (message: unknown) => {
        const reply = ExtractReplySchema.safeParse(message);
        finish(reply.success ? reply.data : { ok: false, error: 'the extractor returned an invalid record' }, !reply.success);
      };
      const onError = (error: Error) => {
        const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ ok: false, error: outOfMemory ? `reading the page ran out of memory (the limit is ${this.limits.heapMb} MB)` : error.message }, true);
      };
      const onExit = (code: number) => finish({ ok: false, error: `the extractor stopped (exit code ${code})` }, true);
      const timer = setTimeout(
        () => finish({ ok: false, error: `reading the page took longer than ${this.limits.timeoutMs / 1000} s; stopped` }, true),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  private dropWorker(started: StartedWorker): void {
    if (this.started === started) this.started = null;
    void started.worker.terminate();
  }
}
