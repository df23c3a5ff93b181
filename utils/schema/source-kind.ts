import { z } from 'zod';

// Where a log entry's release came from: a web page (the popup, the context menu), a PDF (a tab showing one, or
// a file), an e-mail (.eml), a document (.docx, .txt, .md) or text pasted on the log page. Shown in the log
// table and kept in the export; entries saved before PressClip read files are pages.
export const SOURCE_KINDS = ['page', 'pdf', 'email', 'document', 'pasted'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;
