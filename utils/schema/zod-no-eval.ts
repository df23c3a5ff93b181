import { z } from 'zod';

// Imported first by every extension context. Extension pages forbid `new Function` by CSP; zod 4 would
// otherwise probe for it (and Chrome logs the refused probe as a CSP violation) before falling back to its
// interpreter. Node-side code (CLI, companion) keeps zod's faster compiled validators.
z.config({ jitless: true });
