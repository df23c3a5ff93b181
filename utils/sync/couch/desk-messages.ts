import { z } from 'zod';
import { ConnectionResultSchema } from './connection-test';
import { InvalidDocSchema } from './entry-document';
import { BodyProblemsSchema } from '../messages';

// Payloads and answers of the newsroom-log messages (Settings → "Newsroom log", the log page's status line),
// for the one message contract. The password goes from the settings page to the background only; no
// answer ever carries it back.

export const DeskConnectionRequestSchema = z.object({
  serverUrl: z.string().min(1).max(2000),
  database: z.string().min(1).max(238),
  user: z.string().min(1).max(200),
  // Empty: keep the password stored for this server and user (basic), or use the session this browser has (session).
  password: z.string().max(1000),
  // 'session': sign in with CouchDB's cookie session and keep no password (session-auth.ts).
  auth: z.enum(['basic', 'session']).default('basic'),
});
// As sent: `auth` may be left out (basic).
export type DeskConnectionRequest = z.input<typeof DeskConnectionRequestSchema>;

export const DeskStatusSchema = z.object({
  configured: z.boolean(),
  enabled: z.boolean(),
  serverUrl: z.string(),
  database: z.string(),
  user: z.string(),
  hasPassword: z.boolean(),
  auth: z.enum(['basic', 'session']),
  state: z.enum(['ready', 'unpaired', 'unreachable', 'error']),
  detail: z.string(),
  pending: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  lastWrittenAt: z.string().nullable(),
  // Documents the last round skipped because they are not valid entries.
  invalid: z.array(InvalidDocSchema).max(100),
  // Release texts the last round with any refused or did not send (as the local log file's status).
  bodyProblems: BodyProblemsSchema.default([]),
  bodyProblemsAt: z.string().nullable().default(null),
});
export type DeskStatus = z.infer<typeof DeskStatusSchema>;

export const DeskSaveResponseSchema = z.object({ result: ConnectionResultSchema, status: DeskStatusSchema });
