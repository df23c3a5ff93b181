import { z } from 'zod';
import { DetectionSchema } from '../schema/detection';
import { RenderedPageSchema } from '../schema/rendered-page';
import { PressReleaseSchema } from '../schema/record';
import { EntryFieldsSchema, EntryStatusSchema, InterviewRequestSchema, LogEntrySchema } from '../schema/entry';
import { LogExportSchema } from '../schema/log-export';
import { SourceKindSchema } from '../schema/source-kind';
import { ReleaseBodySchema, StoredBodySchema } from '../body/schema';
import {
  ImportApplyRequestSchema,
  ImportPreviewRequestSchema,
  ImportSessionRequestSchema,
  ImportSummarySchema,
  PairCompanionRequestSchema,
  RestoreRevisionRequestSchema,
  SyncReportSchema,
  SyncStatusSchema,
} from '../sync/messages';
import { ConnectionResultSchema } from '../sync/couch/connection-test';
import { AuthorResponseSchema, HoldRequestSchema, HoldResponseSchema } from '../log/hold-messages';
import { DeskConnectionRequestSchema, DeskSaveResponseSchema, DeskStatusSchema } from '../sync/couch/desk-messages';

// Every message between PressClip's contexts, in one table: who may send it, its payload and its answer.
// The background validates each payload against this table and refuses a sender of the wrong kind
// (uBlock Origin's "privileged channel" idea): a web page's content script may only report what it
// detected; only extension pages (popup, log page, settings) may read or change the log.

export type SenderKind = 'content' | 'extension';

const TabRef = z.object({ tabId: z.number().int().nonnegative() });
const EntryRef = z.object({ id: z.string().min(1).max(100) });

export const contract = {
  'page:snapshot': {
    from: 'content',
    // The page's rendered text, raw; the background turns it into the detector's lines and computes the verdict,
    // off the page's main thread. `page.url`: the address the content script read. Chrome's sender.url keeps the
    // document's first URL after a single-page site's pushState; the background uses this one only when it has
    // the sender's origin.
    // `failed`: reading the page threw (the error's name only; its message may quote the page).
    request: z.object({ page: RenderedPageSchema.nullable(), failed: z.string().max(40).nullable() }),
    response: z.object({}),
  },
  'tab:state': {
    from: 'extension',
    request: TabRef,
    response: z.object({
      url: z.string().nullable(),
      detection: DetectionSchema.nullable(),
      savedEntryId: z.string().nullable(),
      // The detection came from the PDF the tab shows (tab:pdf-verdict).
      pdf: z.boolean().optional(),
    }),
  },
  // The popup read the PDF a tab shows: its verdict goes on the tab's badge, as a page's detector's would. Taken
  // only while the tab still shows that URL.
  'tab:pdf-verdict': {
    from: 'extension',
    request: TabRef.extend({ url: z.string().max(4096), detection: DetectionSchema }),
    response: z.object({ shown: z.boolean() }),
  },
  'tab:extract': {
    from: 'extension',
    request: TabRef,
    // `body`: the release's main text, sanitized in the page's isolated world (utils/body/clip-body.ts) and
    // checked again here against the allowlist; null when the extractor found none.
    response: z.object({ record: PressReleaseSchema, body: ReleaseBodySchema.nullable() }),
  },
  'log:save': {
    from: 'extension',
    // `source`: where the release came from (a PDF tab, a file or pasted text on the log page); a page by default.
    // `body`: the release text to keep with the entry (utils/body/); absent leaves a stored one as it is.
    request: z.object({ fields: EntryFieldsSchema, source: SourceKindSchema.optional(), body: ReleaseBodySchema.nullable().optional() }),
    response: z.object({ entry: LogEntrySchema, created: z.boolean() }),
  },
  'log:list': {
    from: 'extension',
    request: z.object({}),
    response: z.object({ entries: z.array(LogEntrySchema) }),
  },
  'log:get': {
    from: 'extension',
    request: EntryRef,
    response: z.object({ entry: LogEntrySchema.nullable() }),
  },
  // One entry's kept release text, read only when its detail opens: the list never carries bodies.
  'log:get-body': {
    from: 'extension',
    request: EntryRef,
    response: z.object({ body: StoredBodySchema.nullable() }),
  },
  // Ids of the entries whose release text has a word starting with each word of the query (the log page adds
  // them to its own search, which covers the other fields; see utils/log/bodies.ts); complete is false when a
  // query of broad words was answered from a bounded part of the word index.
  'log:search-bodies': {
    from: 'extension',
    request: z.object({ terms: z.array(z.string().min(1).max(100)).min(1).max(20) }),
    response: z.object({ ids: z.array(z.string()), complete: z.boolean() }),
  },
  'log:update': {
    from: 'extension',
    request: EntryRef.extend({ fields: EntryFieldsSchema, expectedUpdatedAt: z.string().nullable() }),
    response: z.object({ entry: LogEntrySchema }),
  },
  'log:delete': {
    from: 'extension',
    request: EntryRef,
    response: z.object({}),
  },
  'log:export': {
    from: 'extension',
    // `bodies: false`: the export leaves the release texts out (a much smaller file).
    request: z.object({ bodies: z.boolean().default(true) }),
    response: z.object({ document: LogExportSchema }),
  },
  // Triage desk (log page). Status changes go through the workflow rules (embargo before "filed");
  // `refused` explains a change that needs the journalist's override.
  'log:set-status': {
    from: 'extension',
    request: EntryRef.extend({ status: EntryStatusSchema, override: z.string().max(300).nullable().default(null) }),
    response: z.object({ entry: LogEntrySchema.nullable(), refused: z.string().nullable() }),
  },
  'log:bulk-update': {
    from: 'extension',
    request: z.object({
      ids: z.array(z.string().min(1).max(100)).min(1).max(100000),
      status: EntryStatusSchema.optional(),
      addTags: z.array(z.string().min(1).max(60)).max(50).default([]),
      removeTags: z.array(z.string().min(1).max(60)).max(50).default([]),
      override: z.string().max(300).nullable().default(null),
    }),
    response: z.object({
      entries: z.array(LogEntrySchema),
      refused: z.array(z.object({ id: z.string(), reason: z.string() })),
    }),
  },
  // After the journalist opened an interview request in their mail program: what was sent, and when to follow up.
  'log:record-request': {
    from: 'extension',
    request: EntryRef.extend({ request: InterviewRequestSchema, followUpAt: z.iso.datetime({ offset: true }).nullable() }),
    response: z.object({ entry: LogEntrySchema }),
  },
  'log:merge': {
    from: 'extension',
    request: z.object({ survivorId: z.string().min(1).max(100), duplicateId: z.string().min(1).max(100) }),
    response: z.object({ entry: LogEntrySchema }),
  },
  // JSON import (utils/sync): a preview that changes nothing, then the confirmed write in one batch. The log
  // page previews the chosen file by a blob: URL the background reads (a big export exceeds one message); the
  // previewed file stays staged under `session` until apply writes it or discard (Cancel) drops it.
  'log:import-preview': {
    from: 'extension',
    request: ImportPreviewRequestSchema,
    response: z.object({ preview: ImportSummarySchema, session: z.string().optional() }),
  },
  'log:import-apply': {
    from: 'extension',
    request: ImportApplyRequestSchema,
    response: z.object({ result: ImportSummarySchema }),
  },
  'log:import-discard': {
    from: 'extension',
    request: ImportSessionRequestSchema,
    response: z.object({}),
  },
  // Restore a kept revision of an entry; the version it replaces becomes a revision (lossless).
  'log:restore-revision': {
    from: 'extension',
    request: RestoreRevisionRequestSchema,
    response: z.object({ entry: LogEntrySchema }),
  },
  // Who holds an entry on the desk (utils/log/assignment.ts): claim it, assign it to a colleague, release it.
  // `refused` says who holds it now when a colleague is contacting the press officer or the holder changed since
  // the page showed it; the page asks, then sends it again with `force`.
  'log:hold': {
    from: 'extension',
    request: HoldRequestSchema,
    response: HoldResponseSchema,
  },
  'log:author': {
    from: 'extension',
    request: z.object({}),
    response: AuthorResponseSchema,
  },
  // Sync with the companion log file service on 127.0.0.1 (companion/).
  'sync:status': {
    from: 'extension',
    request: z.object({}),
    response: SyncStatusSchema,
  },
  'sync:pair': {
    from: 'extension',
    request: PairCompanionRequestSchema,
    response: SyncStatusSchema,
  },
  'sync:now': {
    from: 'extension',
    request: z.object({}),
    response: z.object({ report: SyncReportSchema }),
  },
  // The newsroom log: the desk's CouchDB database (utils/sync/couch/). Only extension pages may configure
  // or run it; the password crosses from the settings page to the background and never back.
  'desk:status': {
    from: 'extension',
    request: z.object({}),
    response: DeskStatusSchema,
  },
  'desk:test': {
    from: 'extension',
    request: DeskConnectionRequestSchema,
    response: ConnectionResultSchema,
  },
  'desk:save': {
    from: 'extension',
    request: DeskConnectionRequestSchema,
    response: DeskSaveResponseSchema,
  },
  'desk:create-database': {
    from: 'extension',
    request: DeskConnectionRequestSchema,
    response: ConnectionResultSchema,
  },
  'desk:sync-now': {
    from: 'extension',
    request: z.object({}),
    response: z.object({ report: SyncReportSchema }),
  },
  'desk:disconnect': {
    from: 'extension',
    request: z.object({}),
    response: DeskStatusSchema,
  },
} as const satisfies Record<
  string,
  { from: SenderKind; request: z.ZodType; response: z.ZodType }
>;

export type Contract = typeof contract;
export type MessageType = keyof Contract;
export type RequestOf<T extends MessageType> = z.input<Contract[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Contract[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Contract[T]['response']>;

// The envelope on the wire. The answer is always an envelope too, so errors cross contexts as data.
export type Envelope<T extends MessageType = MessageType> = { type: T; payload: RequestOf<T> };
export type Reply<T extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<T> }
  | { ok: false; error: string };
