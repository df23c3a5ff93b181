import { z } from 'zod';

// The parts of CouchDB 3.x's HTTP answers PressClip reads (docs.couchdb.org, "API Reference"), validated
// like any other input: a broken or hostile server must not be able to feed the log arbitrary data.
// Unknown keys are allowed (servers add their own), and pouchdb-server's answers fit too (its `seq` is a
// number where CouchDB 3 sends an opaque string).

export const SeqSchema = z.union([z.string().max(4000), z.number().int().nonnegative()]).transform(String);

const RevSchema = z.string().min(3).max(200);
const DocIdSchema = z.string().min(1).max(1000);

// A document body as stored: CouchDB's underscore fields plus, for PressClip's documents, the entry.
export const RawDocSchema = z
  .object({
    _id: DocIdSchema,
    _rev: RevSchema,
    _deleted: z.boolean().optional(),
    _conflicts: z.array(RevSchema).max(1000).optional(),
  })
  .loose();
export type RawDoc = z.infer<typeof RawDocSchema>;

// GET /{db}/_changes?include_docs=true&conflicts=true
export const ChangesResponseSchema = z.object({
  results: z.array(
    z.object({
      id: DocIdSchema,
      seq: SeqSchema,
      deleted: z.boolean().optional(),
      // Validated per document below, so one broken document is skipped instead of the whole page.
      doc: z.unknown().optional(),
    }),
  ),
  last_seq: SeqSchema,
});

// POST /{db}/_all_docs?include_docs=true with {"keys": [...]}
export const AllDocsResponseSchema = z.object({
  rows: z.array(
    z.union([
      z.object({ key: z.string(), error: z.string() }),
      z.object({
        id: DocIdSchema,
        key: z.string(),
        value: z.object({ rev: RevSchema, deleted: z.boolean().optional() }),
        doc: z.unknown().nullable().optional(),
      }),
    ]),
  ),
});

// POST /{db}/_bulk_docs: one answer per document, in order.
export const BulkDocsResponseSchema = z.array(
  z.union([
    z.object({ id: DocIdSchema, rev: RevSchema, ok: z.literal(true).optional() }),
    z.object({ id: DocIdSchema.optional(), error: z.string().max(200), reason: z.string().max(2000).optional() }),
  ]),
);

// POST /{db}/_bulk_get with {"docs": [{id, rev}]}
export const BulkGetResponseSchema = z.object({
  results: z.array(
    z.object({
      id: DocIdSchema,
      docs: z.array(z.union([z.object({ ok: z.unknown() }), z.object({ error: z.unknown() })])),
    }),
  ),
});

// GET /_session
export const SessionResponseSchema = z.object({
  ok: z.boolean().optional(),
  userCtx: z.object({ name: z.string().max(500).nullable(), roles: z.array(z.string().max(500)).max(1000) }),
});

// GET / (the welcome message): CouchDB says {"couchdb":"Welcome",...}, pouchdb-server {"express-pouchdb":"Welcome!",...}.
export const WelcomeSchema = z.union([
  z.object({ couchdb: z.string().max(100), version: z.string().max(100).optional() }).loose(),
  z.object({ 'express-pouchdb': z.string().max(100), version: z.string().max(100).optional() }).loose(),
]);

// GET /{db}
export const DatabaseInfoSchema = z.object({ db_name: z.string().max(300) }).loose();

export const CouchErrorSchema = z.object({ error: z.string().max(200), reason: z.string().max(2000).optional() }).loose();
