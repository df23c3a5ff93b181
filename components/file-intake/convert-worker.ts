import '../../utils/schema/zod-no-eval';
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsWorker from 'pdfjs-dist/build/pdf.worker.mjs';
import { convertFile } from '../../utils/inputs/convert-file';
import { ConvertRequestSchema, type ConvertReply } from '../../utils/inputs/converted-schema';

// The file-reading worker of the log page and the popup: pdf.js, postal-mime and mammoth parse a file here, off
// the page's thread, so a 40-page PDF or a broken file never freezes the page. pdf.js's own worker code runs in
// this same thread (its "fake worker", given the bundled WorkerMessageHandler below): no second worker script to
// load, nothing fetched, no eval (isEvalSupported: false).

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ConvertRequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { id, name, bytes } = request.data;
  void convertFile(name, bytes, pdfjs).then(
    (input): ConvertReply => ({ id, ok: true, input }),
    (error: unknown): ConvertReply => ({ id, ok: false, message: error instanceof Error && error.name === 'InputError' ? error.message : `${name} could not be read: ${error instanceof Error ? error.message : String(error)}` }),
  ).then((reply) => self.postMessage(reply));
});
