import '../utils/schema/zod-no-eval';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extract } from '../utils/extract/extract';
import { extractSafely } from '../utils/safe-extract';

// Injected on demand by the background (`scripting.executeScript`) when the popup opens; WXT makes the
// script's completion value main()'s return, which comes back as the injection result. Kept out of
// the every-page content script because the full extractor is much heavier than detect().
export default defineUnlistedScript(() => extractSafely(extract, document, location.href));
