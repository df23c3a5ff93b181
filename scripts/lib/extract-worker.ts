import { parentPort } from 'node:worker_threads';
import { extract } from '../../utils/extract/extract';
import { extractSafely, isExtractRefusal } from '../../utils/page/safe-extract';
import { PressReleaseSchema } from '../../utils/schema/record';
import { loadAnyInput } from './load-any-input';
import { ExtractJobSchema, type ExtractReply, type WorkerReady } from './extract-job';

// The worker thread of extract-pool.ts: reads, decodes, parses and extracts one file per message. Whatever a
// page does to this thread (a heap exhausted inside the HTML parse, a parse that never ends) ends here, and
// the pool starts a fresh worker for the next file.

// The baseline reads the page's text; a megabyte of it is more than any cue needs.
const MAX_TEXT = 1_000_000;

async function run(file: string, url: string | null, alsoClipped: boolean): Promise<ExtractReply> {
  try {
    // A page or text file, or a .pdf/.eml/.docx through the converters; `finish` adds what only an e-mail knows.
    const input = await loadAnyInput(file, url);
    const { doc, finish } = input;
    // The extension refuses a page nested deeper than a real layout is, with the same plain words; 100,000
    // nested elements otherwise overflow the stack in happy-dom's recursive selector code.
    const result = extractSafely(extract, doc, input.url);
    if (isExtractRefusal(result)) return { ok: false, error: `could not analyse the page: ${result.pressclipRefusal}` };
    const record = PressReleaseSchema.parse(finish(result));
    if (!alsoClipped) return { ok: true, record };
    const clipped = PressReleaseSchema.parse(finish(extract(doc, input.url, { contacts: 'always' })));
    return { ok: true, record, clipped, text: (doc.body?.textContent ?? '').slice(0, MAX_TEXT) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (message: unknown) => {
  const job = ExtractJobSchema.parse(message);
  void run(job.file, job.url, job.alsoClipped ?? false).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
