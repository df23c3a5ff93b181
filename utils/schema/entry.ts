import { z } from 'zod';
import { PressReleaseSchema } from './record';
import { SourceKindSchema } from './source-kind';

// A log entry: an extracted record plus the journalist's own triage fields.
// Stored in IndexedDB and exported as JSON; `schemaVersion` lets later versions migrate old data.

export const ENTRY_SCHEMA_VERSION = 1;

export const ENTRY_STATUSES = [
  'new',
  'to-contact',
  'requested',
  'scheduled',
  'interviewed',
  'filed',
  'declined',
  'no-response',
  'not-pursuing',
] as const;
export const EntryStatusSchema = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof EntryStatusSchema>;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

const isoInstant = z.iso.datetime({ offset: true });

// Who made a change on a shared desk: the journalist's name from Settings (or their newsroom-log user name).
// Optional everywhere it appears, so entries and exports written before the newsroom desk stay valid as they are.
export const AuthorSchema = z.string().min(1).max(200);

export const StatusChangeSchema = z.object({
  at: isoInstant,
  from: EntryStatusSchema.nullable(),
  to: EntryStatusSchema,
  // Set when the journalist overrode a rule (e.g. marked "filed" before the embargo lifted).
  override: z.string().max(500).nullable().default(null),
  by: AuthorSchema.optional(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const InterviewRequestSchema = z.object({
  at: isoInstant,
  contactName: z.string().max(200).nullable(),
  email: z.email().max(254),
  subject: z.string().max(1000),
  body: z.string().max(20000),
  handler: z.enum(['mailto', 'gmail', 'outlook']),
  kind: z.enum(['request', 'follow-up', 'thank-you']).default('request'),
  by: AuthorSchema.optional(),
});
export type InterviewRequest = z.infer<typeof InterviewRequestSchema>;

// The journalist-editable part of an entry, without bookkeeping.
export const EntryFieldsSchema = z.object({
  record: PressReleaseSchema,
  status: EntryStatusSchema.default('new'),
  priority: PrioritySchema.default('normal'),
  deadline: z.iso.date().nullable().default(null),
  followUpAt: isoInstant.nullable().default(null),
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  notes: z.string().max(100000).default(''),
});
export type EntryFields = z.infer<typeof EntryFieldsSchema>;

// A version of an entry that lost a merge or was overwritten by a concurrent edit; kept so it can be restored.
export const RevisionSchema = z.object({
  savedAt: isoInstant,
  reason: z.string().max(300),
  fields: EntryFieldsSchema,
  updatedAt: isoInstant,
  // Who wrote that version (its entry's changedBy), when known.
  by: AuthorSchema.optional(),
});
export type Revision = z.infer<typeof RevisionSchema>;

// Who holds an entry on the desk (utils/log/assignment.ts): each claim, assignment or release is an event, and
// the holder is the latest. Events only accumulate (two browsers' lists merge as a union), so a claim made at the
// same moment as a colleague's is kept and shown, never silently dropped.
export const AssignmentEventSchema = z.object({
  // The colleague now holding the entry; null: released, nobody holds it.
  to: AuthorSchema.nullable(),
  by: AuthorSchema,
  at: isoInstant,
  // The `at` of the event its author saw as current (null: none). Two events that saw the same one were made
  // without knowing of each other.
  seen: isoInstant.nullable(),
});
export type AssignmentEvent = z.infer<typeof AssignmentEventSchema>;

export const LogEntrySchema = EntryFieldsSchema.extend({
  schemaVersion: z.literal(ENTRY_SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  // Tombstone: a deleted entry keeps its id so the deletion travels through sync and import.
  deletedAt: isoInstant.nullable().default(null),
  history: z.array(StatusChangeSchema).max(1000).default([]),
  requests: z.array(InterviewRequestSchema).max(500).default([]),
  revisions: z.array(RevisionSchema).max(50).default([]),
  // Lineage for sync: tags ("<updatedAt>#<fingerprint>", utils/sync/version-tag.ts) of earlier versions
  // this one was built on. Merge uses it to tell "the other side just has an older copy" from "both
  // sides edited since they last met". Optional so older entries stay valid; utils/sync keeps the newest 100.
  supersedes: z.array(z.string().max(80)).max(100).optional(),
  // Where the release came from (utils/schema/source-kind.ts). Absent means a web page: every entry saved before
  // PressClip read PDFs, e-mails and documents is one, and leaving it out keeps those entries byte-identical in
  // the store, in sync and in a re-import. Export version 2 carries it (utils/sync/migrations.ts).
  source: SourceKindSchema.optional(),
  // Who made this version (see AuthorSchema). Absent on entries from before the newsroom desk and from a browser
  // where no name is set.
  changedBy: AuthorSchema.optional(),
  // Claims and assignments, oldest first. Absent until someone claims or assigns the entry, so entries that never
  // were stay byte-identical. Not part of the editable fields: a claim is not a version of the entry (it does not
  // change updatedAt or the version tag), so a claim and a colleague's edit of the notes never conflict.
  assignments: z.array(AssignmentEventSchema).max(200).optional(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;
