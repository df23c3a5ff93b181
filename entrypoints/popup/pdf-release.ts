import { convertInWorker, warmUpWorker } from '../../components/file-intake/convert-client';
import { isPdfContentType } from '../../utils/inputs/pdf-tab';
import type { PressRelease } from '../../utils/schema/record';
import type { ReleaseBody } from '../../utils/body/schema';

// A PDF tab's release: the popup fetches the document itself (the toolbar click granted activeTab, so this one
// origin is readable; no host permission beyond the manifest's), pdf.js reads it in the file-reading worker, and
// the extractor runs here. The record keeps the PDF's own URL, so saving it files the PDF under its address.

export async function fetchPdf(url: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new Error(url.startsWith('file:')
      ? 'PressClip cannot read this local PDF: allow it access to file URLs in the browser’s extension settings, or drop the file on the log page.'
      : // Firefox grants no activeTab access on its PDF viewer, so the fetch is refused there whatever the site says.
        'The browser did not let PressClip fetch this PDF (Firefox gives extensions no access to a PDF it shows; elsewhere the site or the connection refused). Download it and drop it on the log page.');
  }
  if (!response.ok) throw new Error(`The site answered ${response.status} when PressClip fetched this PDF.`);
  return response.blob();
}

// For an address that does not end in .pdf: ask the server what it is, without downloading it.
export async function servesPdf(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', credentials: 'include' });
    return isPdfContentType(response.headers.get('content-type'));
  } catch {
    return false;
  }
}

// The record, and the PDF's text as the entry's release text.
export async function readPdfRelease(url: string): Promise<{ record: PressRelease; body: ReleaseBody | null }> {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'release.pdf');
  // The worker starts, the PDF downloads and the extractor's code loads at the same time.
  warmUpWorker();
  const extractor = import('../../utils/inputs/extract-input');
  const bodies = import('../../utils/body/from-text');
  const { input } = await convertInWorker(await fetchPdf(url), name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`);
  const { extractInput } = await extractor;
  // The journalist opened the popup on this PDF: its contacts are read whatever the verdict.
  const makers = {
    parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
    createDocument: () => document.implementation.createHTMLDocument(''),
  };
  const { bodyFromText } = await bodies;
  return { record: extractInput(input, url, makers, { contacts: 'always' }), body: input.kind === 'pdf' ? bodyFromText(input.text) : null };
}
