import '../utils/schema/zod-no-eval';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../utils/extract/extract';
import { extractSafely } from '../utils/safe-extract';

// Injected on demand by the background (`scripting.executeScript`) when the popup opens; WXT makes the
// script's completion value main()'s return, which comes back as the injection result. Kept out of
// the every-page content script because the full extractor is much heavier than detect().
// The journalist asked for this record (popup, "Clip anyway", context menu): contacts are read whatever the verdict.
export default defineUnlistedScript(() => extractSafely((doc, url) => extract(doc, url, { contacts: 'always' }), document, location.href));
