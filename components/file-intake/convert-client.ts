import type { ConvertedInput } from '../../utils/inputs/convert-file';
import { ConvertReplySchema } from '../../utils/inputs/converted-schema';
import { checkSize } from '../../utils/inputs/input-error';

// The page's side of the file-reading worker (convert-worker.ts): one worker, started on first use, one
// request per file, answers validated. A file over the cap is refused before it is even read into memory.
// Files go one at a time (the worker reads one at a time anyway): twenty dropped files never sit in memory
// together, and a worker that stops answering (a pathological file) is ended and replaced with only that
// file failing.

const ANSWER_WITHIN_MS = 60_000;

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 0;
const waiting = new Map<number, { resolve(input: ConvertedInput): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();

function failAll(message: string) {
  for (const [id, pending] of waiting) {
    clearTimeout(pending.timer);
    pending.reject(new Error(message));
    waiting.delete(id);
  }
}

function start(): Worker {
  const w = new Worker(new URL('./convert-worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<unknown>) => {
    const reply = ConvertReplySchema.safeParse(event.data);
    if (!reply.success) return;
    const pending = waiting.get(reply.data.id);
    if (!pending) return;
    waiting.delete(reply.data.id);
    clearTimeout(pending.timer);
    if (reply.data.ok) pending.resolve(reply.data.input);
    else pending.reject(new Error(reply.data.message));
  });
  w.addEventListener('error', () => {
    worker = null;
    w.terminate();
    failAll('The file reader stopped unexpectedly.');
  });
  return w;
}

// Starts the worker (its 1.7 MB of pdf.js compiles meanwhile) before the file's bytes are there: the popup calls
// it before fetching a PDF.
export function warmUpWorker(): void {
  worker ??= start();
}

export async function convertInWorker(file: Blob, name: string): Promise<{ input: ConvertedInput; bytes: Uint8Array }> {
  checkSize(file.size, name);
  const turn = queue.then(() => convertOne(file, name));
  queue = turn.catch(() => undefined);
  return turn;
}

async function convertOne(file: Blob, name: string): Promise<{ input: ConvertedInput; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  worker ??= start();
  const id = ++nextId;
  const running = worker;
  const input = await new Promise<ConvertedInput>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      if (worker === running) worker = null;
      running.terminate();
      failAll(`${name} took too long to read and was stopped.`);
      reject(new Error(`${name} took too long to read and was stopped.`));
    }, ANSWER_WITHIN_MS);
    waiting.set(id, { resolve, reject, timer });
    // A copy goes to the worker: the caller keeps `bytes` for the file's address (a hash of its content).
    running.postMessage({ id, name, bytes: bytes.slice() });
  });
  return { input, bytes };
}
