import '../utils/schema/zod-no-eval';
import DOMPurify from 'dompurify';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../utils/extract/extract';
import { extractSafely, isExtractRefusal } from '../utils/page/safe-extract';
import { clipBody } from '../utils/body/clip-body';

// Injected on demand by the background (`scripting.executeScript`) when the popup opens; WXT makes the
// script's completion value main()'s return, which comes back as the injection result. Kept out of
// the every-page content script because the full extractor is much heavier than detect().
// The journalist asked for this record (popup, "Clip anyway", context menu): contacts are read whatever the verdict.
// The release's text (Readability on a clone, DOMPurify in this isolated world) rides beside the record as
// `releaseBody`; a failure there costs the text, never the record.
export default defineUnlistedScript(() => {
  const record = extractSafely((doc, url) => extract(doc, url, { contacts: 'always' }), document, location.href);
  if (isExtractRefusal(record)) return record;
  let releaseBody = null;
  try {
    releaseBody = clipBody(document, DOMPurify);
  } catch {
    // Readability or the sanitizer gave up on this page: the entry keeps its record without the text.
  }
  return { ...record, releaseBody };
});
